package id.pembina.reporting.internal;

import java.util.ArrayList;
import java.util.List;

import id.pembina.reporting.api.Cell;
import id.pembina.reporting.api.ReportDocument;
import id.pembina.reporting.api.ReportDocument.Block;
import id.pembina.reporting.api.ReportDocument.Column;
import id.pembina.reporting.api.ReportDocument.Fact;
import id.pembina.reporting.api.ReportDocument.Section;

/** Collects a report's basis and sections in order; a short way to write the report types. */
final class Doc {

    private final List<Fact> basis = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private String heading;
    private List<Object> blocks; // Blocks, and tables still being filled

    Doc basis(String label, Cell value) {
        basis.add(new Fact(label, value));
        return this;
    }

    Doc section(String title) {
        close();
        heading = title;
        blocks = new ArrayList<>();
        return this;
    }

    Doc add(Block block) {
        blocks.add(block);
        return this;
    }

    Doc paragraph(String text) {
        return add(new ReportDocument.Paragraph(text));
    }

    /** Starts a table; add rows to the list returned, which the document keeps. */
    List<List<Cell>> table(String caption, Column... columns) {
        List<List<Cell>> rows = new ArrayList<>();
        blocks.add(new LazyTable(caption, List.of(columns), rows));
        return rows;
    }

    ReportDocument build(String fileStem, String title) {
        close();
        return new ReportDocument(fileStem, title, basis, sections);
    }

    private void close() {
        if (heading != null) {
            List<Block> done = blocks.stream().map(b -> b instanceof LazyTable t
                    ? new ReportDocument.Table(t.caption, t.columns, t.rows) : (Block) b).toList();
            sections.add(new Section(heading, done));
            heading = null;
        }
    }

    static Column col(String heading, Cell.Kind kind) {
        return new Column(heading, kind);
    }

    /** A table whose rows are still being added; replaced by an immutable one when its section closes. */
    private static final class LazyTable {
        final String caption;
        final List<Column> columns;
        final List<List<Cell>> rows;

        LazyTable(String caption, List<Column> columns, List<List<Cell>> rows) {
            this.caption = caption;
            this.columns = columns;
            this.rows = rows;
        }
    }
}
