package id.pembina.reporting.api;

import java.util.List;

/**
 * A report's content, independent of format.
 *
 * @param fileStem the file name without extension, e.g. {@code evaluasi-KOM-PELAYANAN-2026}
 * @param title the report's title in the request's language
 * @param basis what the report was made from: period, filters, generated at, rule set used
 * @param sections the body in order
 */
public record ReportDocument(String fileStem, String title, List<Fact> basis, List<Section> sections) {

    public ReportDocument {
        basis = List.copyOf(basis);
        sections = List.copyOf(sections);
    }

    /** A heading and its blocks. */
    public record Section(String heading, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** A part of a section. */
    public sealed interface Block permits Paragraph, Facts, Table, Chart {
    }

    /** Running text. */
    public record Paragraph(String text) implements Block {
    }

    /** Label-value pairs, e.g. the totals of a section. */
    public record Facts(List<Fact> facts) implements Block {
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    /** A labelled value. */
    public record Fact(String label, Cell value) {
    }

    /** A table; each row has one cell per column. */
    public record Table(String caption, List<Column> columns, List<List<Cell>> rows) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A column of a table. */
    public record Column(String heading, Cell.Kind kind) {
    }

    /**
     * A chart; every series has one value per category (null for none).
     *
     * @param valueLabel what the values are, e.g. "Skor rata-rata"
     */
    public record Chart(String title, ChartKind kind, List<String> categories, List<Series> series,
                        String valueLabel) implements Block {
        public Chart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }

    /** How a chart is drawn. */
    public enum ChartKind {
        BAR, LINE
    }

    /** A named row of chart values. */
    public record Series(String name, List<Double> values) {
        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }
}
