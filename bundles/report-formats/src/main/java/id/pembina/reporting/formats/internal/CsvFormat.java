package id.pembina.reporting.formats.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Component;

import id.pembina.reporting.api.Cell;
import id.pembina.reporting.api.CellText;
import id.pembina.reporting.api.ReportDocument;
import id.pembina.reporting.api.ReportFormat;

/**
 * {@code csv}: the report's text and tables as rows (UTF-8 with a byte order mark, so spreadsheets read it as
 * UTF-8); charts are left out, their figures are in the tables. Text that a spreadsheet would take for a formula
 * (starting with = + - @, tab or carriage return) is prefixed with an apostrophe.
 */
@Component(immediate = true, service = ReportFormat.class)
public class CsvFormat implements ReportFormat {

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=UTF-8";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public String title(Locale locale) {
        return FormatTexts.text(locale, "format.csv");
    }

    @Override
    public void write(ReportDocument document, Locale locale, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        csv.printRecord(safe(document.title()));
        for (ReportDocument.Fact f : document.basis()) {
            csv.printRecord(safe(f.label()), value(f.value(), locale));
        }
        for (ReportDocument.Section s : document.sections()) {
            csv.println();
            csv.printRecord(safe(s.heading()));
            for (ReportDocument.Block b : s.blocks()) {
                if (b instanceof ReportDocument.Paragraph p) {
                    csv.printRecord(safe(p.text()));
                } else if (b instanceof ReportDocument.Facts f) {
                    for (ReportDocument.Fact x : f.facts()) {
                        csv.printRecord(safe(x.label()), value(x.value(), locale));
                    }
                } else if (b instanceof ReportDocument.Table t) {
                    if (t.caption() != null) {
                        csv.printRecord(safe(t.caption()));
                    }
                    csv.printRecord(t.columns().stream().map(c -> safe(c.heading())).toList());
                    for (List<Cell> row : t.rows()) {
                        List<String> cells = new ArrayList<>();
                        row.forEach(c -> cells.add(value(c, locale)));
                        csv.printRecord(cells);
                    }
                }
            }
        }
        csv.flush();
    }

    /** Numbers, money, percentages and dates are written by Pembina and cannot be formulas; text can. */
    private static String value(Cell c, Locale locale) {
        String text = CellText.of(c, locale);
        return c.kind() == Cell.Kind.TEXT ? safe(text) : text;
    }

    /** @return the text with an apostrophe before a leading = + - @ tab or carriage return */
    static String safe(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        char first = s.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + s : s;
    }
}
