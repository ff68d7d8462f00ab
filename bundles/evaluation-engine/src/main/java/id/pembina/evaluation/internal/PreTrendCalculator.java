package id.pembina.evaluation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import id.pembina.evaluation.api.IndicatorValue;
import id.pembina.evaluation.api.Phase;
import id.pembina.evaluation.api.PreTrend;
import id.pembina.evaluation.api.UnitIndicatorChange;

/** The parallel-trends check of one indicator's difference-in-differences (definition on {@link PreTrend}). */
final class PreTrendCalculator {

    private PreTrendCalculator() {
    }

    static PreTrend compute(String indicatorCode, List<UnitIndicatorChange> unitChanges, List<IndicatorValue> values) {
        // The units the estimate uses: those with values in both phases.
        Set<String> treated = units(unitChanges, false);
        Set<String> comparison = units(unitChanges, true);
        // period -> values of each group, periods in order ("2026-01" < "2026-02")
        Map<String, List<Double>> treatedByPeriod = new TreeMap<>();
        Map<String, List<Double>> comparisonByPeriod = new TreeMap<>();
        for (IndicatorValue v : values) {
            if (!v.indicatorCode().equals(indicatorCode) || v.phase() != Phase.BEFORE) {
                continue;
            }
            if (treated.contains(v.unitCode())) {
                treatedByPeriod.computeIfAbsent(v.period(), p -> new ArrayList<>()).add(v.value());
            } else if (comparison.contains(v.unitCode())) {
                comparisonByPeriod.computeIfAbsent(v.period(), p -> new ArrayList<>()).add(v.value());
            }
        }
        List<String> common = treatedByPeriod.keySet().stream().filter(comparisonByPeriod::containsKey).toList();
        if (common.size() < 2) {
            return null;
        }
        double treatedSlope = slope(common, treatedByPeriod);
        double comparisonSlope = slope(common, comparisonByPeriod);
        return new PreTrend(common, treatedSlope, comparisonSlope, treatedSlope - comparisonSlope);
    }

    private static Set<String> units(List<UnitIndicatorChange> changes, boolean comparison) {
        return changes.stream().filter(c -> c.comparisonUnit() == comparison && c.change() != null)
                .map(UnitIndicatorChange::unitCode).collect(Collectors.toSet());
    }

    /** Least-squares slope of the per-period group means against positions 0..k-1. */
    private static double slope(List<String> periods, Map<String, List<Double>> byPeriod) {
        int k = periods.size();
        double meanX = (k - 1) / 2.0;
        double[] y = new double[k];
        for (int i = 0; i < k; i++) {
            y[i] = Stats.mean(byPeriod.get(periods.get(i)).stream().mapToDouble(Double::doubleValue).toArray());
        }
        double meanY = Stats.mean(y);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < k; i++) {
            sxy += (i - meanX) * (y[i] - meanY);
            sxx += (i - meanX) * (i - meanX);
        }
        return sxy / sxx;
    }
}
