package id.pembina.reporting.formats.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import id.pembina.reporting.api.Cell;
import id.pembina.reporting.api.CellText;
import id.pembina.reporting.api.ReportDocument;
import id.pembina.reporting.api.ReportDocument.Block;

/**
 * A document as the template's context: texts already written in the language's conventions, numbers marked
 * for right alignment, each chart as SVG geometry or (for the PDF) a PNG.
 */
final class HtmlModel {

    private HtmlModel() {
    }

    /**
     * @param chart turns a chart's geometry into the template's chart context: {@code svg} (the geometry) for
     *              HTML, {@code png} (a data URI) for the PDF
     */
    static Map<String, Object> of(ReportDocument doc, Locale locale, Function<ChartGeometry, Map<String, Object>> chart) {
        Map<String, Object> m = new HashMap<>();
        m.put("lang", locale.getLanguage());
        m.put("title", doc.title());
        m.put("basisHeading", FormatTexts.text(locale, "format.basis"));
        m.put("pageWord", FormatTexts.text(locale, "format.page"));
        m.put("basis", doc.basis().stream().map(f -> fact(f, locale)).toList());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (ReportDocument.Section s : doc.sections()) {
            List<Map<String, Object>> blocks = new ArrayList<>();
            for (Block b : s.blocks()) {
                blocks.add(block(b, locale, chart));
            }
            sections.add(Map.of("heading", s.heading(), "blocks", blocks));
        }
        m.put("sections", sections);
        return m;
    }

    private static Map<String, Object> block(Block b, Locale locale, Function<ChartGeometry, Map<String, Object>> chart) {
        if (b instanceof ReportDocument.Paragraph p) {
            return Map.of("paragraph", p.text());
        }
        if (b instanceof ReportDocument.Facts f) {
            return Map.of("facts", Map.of("items", f.facts().stream().map(x -> fact(x, locale)).toList()));
        }
        if (b instanceof ReportDocument.Table t) {
            Map<String, Object> table = new HashMap<>();
            table.put("caption", t.caption() == null ? "" : t.caption());
            table.put("columns", t.columns().stream().map(c -> Map.of("heading", c.heading(), "align", align(c.kind())))
                    .toList());
            table.put("rows", t.rows().stream().map(r -> Map.of("cells", r.stream().map(c -> Map.of(
                    "text", CellText.of(c, locale), "align", align(c.kind()))).toList())).toList());
            table.put("empty", t.rows().isEmpty() ? FormatTexts.text(locale, "format.noRows") : "");
            table.put("span", t.columns().size());
            // Many columns: the whole page width, headings wrapping, rather than running off the page.
            table.put("wide", t.columns().size() > 4);
            return Map.of("table", table);
        }
        ReportDocument.Chart c = (ReportDocument.Chart) b;
        return Map.of("chart", chart.apply(ChartGeometry.of(c, locale)));
    }

    private static Map<String, Object> fact(ReportDocument.Fact f, Locale locale) {
        return Map.of("label", f.label(), "value", CellText.of(f.value(), locale), "align", align(f.value().kind()));
    }

    static String align(Cell.Kind kind) {
        return switch (kind) {
            case INTEGER, DECIMAL, PERCENT, MONEY -> "num";
            default -> "text";
        };
    }
}
