package id.pembina.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import id.pembina.reporting.api.Cell;
import id.pembina.reporting.api.CellText;
import id.pembina.reporting.api.ReportDocument;
import id.pembina.reporting.api.ReportFormat;

/** Reading a built document in tests: sections, facts and tables as the text a reader sees. */
final class Docs {

    private Docs() {
    }

    static ReportDocument.Section section(ReportDocument doc, String heading) {
        return doc.sections().stream().filter(s -> s.heading().equals(heading)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + heading + " in "
                        + doc.sections().stream().map(ReportDocument.Section::heading).toList()));
    }

    static <T extends ReportDocument.Block> List<T> blocks(ReportDocument.Section s, Class<T> kind) {
        return s.blocks().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** @return the fact's value as text in the language */
    static String fact(ReportDocument.Section s, String label, Locale l) {
        return blocks(s, ReportDocument.Facts.class).stream().flatMap(f -> f.facts().stream())
                .filter(f -> f.label().equals(label)).findFirst().map(f -> CellText.of(f.value(), l))
                .orElseThrow(() -> new AssertionError("no fact " + label));
    }

    /** @return the rows of the n-th table as text */
    static List<List<String>> rows(ReportDocument.Section s, int table, Locale l) {
        return blocks(s, ReportDocument.Table.class).get(table).rows().stream()
                .map(r -> r.stream().map(c -> CellText.of(c, l)).toList()).toList();
    }

    static List<String> paragraphs(ReportDocument.Section s) {
        return blocks(s, ReportDocument.Paragraph.class).stream().map(ReportDocument.Paragraph::text).toList();
    }

    static Cell basis(ReportDocument doc, String label) {
        return doc.basis().stream().filter(f -> f.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no basis " + label)).value();
    }

    /** A format writing the title: enough to make reports through the registry. */
    static final class TitleFormat implements ReportFormat {
        private final String id;

        TitleFormat(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public String extension() {
            return "txt";
        }

        @Override
        public String title(Locale locale) {
            return "Text " + id;
        }

        @Override
        public void write(ReportDocument document, Locale locale, OutputStream out) throws IOException {
            out.write(document.title().getBytes(StandardCharsets.UTF_8));
        }
    }
}
