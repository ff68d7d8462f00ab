package id.pembina.web.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import id.pembina.evaluation.api.BehaviourResult;
import id.pembina.evaluation.api.IndicatorBehaviour;
import id.pembina.evaluation.api.ItemReaction;
import id.pembina.evaluation.api.LearningResult;
import id.pembina.evaluation.api.ReactionResult;
import id.pembina.evaluation.api.RoiResult;
import id.pembina.evaluation.api.UnitIndicatorChange;
import id.pembina.evaluation.data.api.LevelResults;

/**
 * The five Kirkpatrick/Phillips levels as charts with their figures: each level a chart (Chart.js JSON)
 * and a table of the same numbers for those who do not see the chart; a level without data says so.
 */
final class LevelCharts {

    private LevelCharts() {
    }

    static List<Map<String, Object>> levels(LevelResults r, Locale locale, Function<String, String> text) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(reaction(r.reaction(), r.reactionResponses(), locale, text));
        out.add(learning(r.learning(), locale, text));
        out.add(behaviour(r.behaviour(), locale, text));
        out.add(results(r, locale, text));
        out.add(roi(r.roi(), locale, text));
        return out;
    }

    private static Map<String, Object> level(int n, String figureCode, String figure) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", n);
        m.put("name", "web.level." + n);
        m.put("figureCode", figureCode);
        m.put("figure", figure);
        return m;
    }

    private static Map<String, Object> reaction(ReactionResult r, int responses, Locale locale, Function<String, String> text) {
        Map<String, Object> m = level(1, "web.eval.reaction", responses + "");
        if (r != null && responses > 0) {
            chart(m, r.items(), i -> i.item().code(), i -> i.item().wording(), List.of("web.eval.mean"),
                    List.of(i -> i.statistics().mean()), 1.0, 5.0, locale, text);
            m.put("figure", responses + " · " + Wib.decimal(r.overall().mean(), locale));
        }
        return m;
    }

    private static Map<String, Object> learning(LearningResult l, Locale locale, Function<String, String> text) {
        Map<String, Object> m = level(2, "web.eval.learning", "–");
        if (l != null && l.n() > 0) {
            chart(m, List.of("pre", "post"), s -> s, s -> s.equals("pre") ? "Pre-test" : "Post-test",
                    List.of("web.eval.meanPercent"), List.of(s -> s.equals("pre") ? l.meanPrePercent() : l.meanPostPercent()),
                    0.0, 100.0, locale, text);
            m.put("figure", "n = " + l.n() + " · g = " + Wib.decimal(l.classGain().value(), locale));
        }
        return m;
    }

    private static Map<String, Object> behaviour(BehaviourResult b, Locale locale, Function<String, String> text) {
        Map<String, Object> m = level(3, "web.eval.behaviour", "–");
        if (b != null && b.afterRatings() > 0) {
            chart(m, b.indicators(), i -> i.indicator().code(), i -> i.indicator().wording(),
                    List.of("web.eval.before", "web.eval.after"),
                    List.<Function<IndicatorBehaviour, Double>>of(IndicatorBehaviour::meanBefore, IndicatorBehaviour::meanAfter),
                    1.0, 5.0, locale, text);
            m.put("figure", Wib.percent(b.shareApplying()));
        }
        return m;
    }

    private static Map<String, Object> results(LevelResults r, Locale locale, Function<String, String> text) {
        Map<String, Object> m = level(4, "web.eval.results", "–");
        if (r.results() != null && !r.results().changes().isEmpty()) {
            chart(m, r.results().changes(), c -> c.unitCode() + " " + c.indicatorCode(), c -> c.indicatorCode(),
                    List.of("web.eval.before", "web.eval.after"),
                    List.<Function<UnitIndicatorChange, Double>>of(UnitIndicatorChange::before, UnitIndicatorChange::after),
                    null, null, locale, text);
            m.put("figure", r.results().changes().size() + "");
        }
        return m;
    }

    private static Map<String, Object> roi(RoiResult roi, Locale locale, Function<String, String> text) {
        Map<String, Object> m = level(5, "web.eval.roi", "–");
        if (roi != null && roi.costLines() > 0) {
            chart(m, List.of("costs", "benefits"), s -> s, s -> s, List.of("web.eval.rupiah"),
                    List.of(s -> number(s.equals("costs") ? roi.totalCosts() : roi.benefits())), 0.0, null, locale, text);
            m.put("figure", roi.roiPercent() == null ? "–" : roi.roiPercent().toPlainString() + "%");
        }
        return m;
    }

    private static Double number(BigDecimal d) {
        return d == null ? null : d.doubleValue();
    }

    /** Fills the level's chart JSON and its table rows; the data set names are message codes. */
    private static <T> void chart(Map<String, Object> m, List<T> items, Function<T, String> label,
            Function<T, String> description, List<String> seriesCodes, List<Function<T, Double>> series,
            Double min, Double max, Locale locale, Function<String, String> text) {
        ChartJson chart = new ChartJson().range(min, max).labels(items.stream().map(label).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (T item : items) {
            List<String> values = new ArrayList<>();
            for (Function<T, Double> s : series) {
                values.add(Wib.decimal(s.apply(item), locale));
            }
            rows.add(Map.of("label", label.apply(item), "description", description.apply(item) == null ? "" : description.apply(item),
                    "values", values));
        }
        for (int i = 0; i < series.size(); i++) {
            Function<T, Double> s = series.get(i);
            chart.dataset(text.apply(seriesCodes.get(i)), items.stream().map(s).toList());
        }
        m.put("chart", chart.toJson());
        m.put("series", seriesCodes);
        m.put("rows", rows);
    }
}
