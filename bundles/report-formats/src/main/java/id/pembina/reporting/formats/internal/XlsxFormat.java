package id.pembina.reporting.formats.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.osgi.service.component.annotations.Component;

import id.pembina.reporting.api.Cell;
import id.pembina.reporting.api.CellText;
import id.pembina.reporting.api.ReportDocument;
import id.pembina.reporting.api.ReportFormat;

/**
 * {@code xlsx}: one worksheet with the basis, then each section's text and tables; numbers, money, shares and
 * dates stay numbers and dates with a number format, so a spreadsheet can add them up (fastexcel, streaming).
 */
@Component(immediate = true, service = ReportFormat.class)
public class XlsxFormat implements ReportFormat {

    private static final int COLUMNS_WIDE = 8;

    /** Rupiah in Indonesian (locale 0x421); no quotes, which fastexcel would not escape in the XML. */
    static final String MONEY = "[$Rp-421]\\ #,##0";

    @Override
    public String id() {
        return "xlsx";
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public String title(Locale locale) {
        return FormatTexts.text(locale, "format.xlsx");
    }

    @Override
    public void write(ReportDocument document, Locale locale, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Pembina", "1.0");
        Worksheet ws = wb.newWorksheet("en".equals(locale.getLanguage()) ? "Report" : "Laporan");
        ws.width(0, 42);
        for (int c = 1; c < COLUMNS_WIDE; c++) {
            ws.width(c, 18);
        }
        int r = 0;
        ws.value(r, 0, document.title());
        ws.style(r, 0).bold().fontSize(14).set();
        r += 2;
        for (ReportDocument.Fact f : document.basis()) {
            ws.value(r, 0, f.label());
            put(ws, r++, 1, f.value(), locale);
        }
        for (ReportDocument.Section s : document.sections()) {
            r++;
            ws.value(r, 0, s.heading());
            ws.style(r++, 0).bold().fontSize(12).set();
            for (ReportDocument.Block b : s.blocks()) {
                r = block(ws, r, b, locale);
            }
        }
        wb.finish();
    }

    private static int block(Worksheet ws, int r, ReportDocument.Block b, Locale locale) {
        if (b instanceof ReportDocument.Paragraph p) {
            ws.value(r++, 0, p.text());
        } else if (b instanceof ReportDocument.Facts f) {
            for (ReportDocument.Fact x : f.facts()) {
                ws.value(r, 0, x.label());
                put(ws, r++, 1, x.value(), locale);
            }
        } else if (b instanceof ReportDocument.Table t) {
            if (t.caption() != null) {
                ws.value(r, 0, t.caption());
                ws.style(r++, 0).italic().set();
            }
            for (int c = 0; c < t.columns().size(); c++) {
                ws.value(r, c, t.columns().get(c).heading());
                ws.style(r, c).bold().fillColor("E8EEF4").set();
            }
            r++;
            for (List<Cell> row : t.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    put(ws, r, c, row.get(c), locale);
                }
                r++;
            }
            r++;
        }
        return r;
    }

    /** Writes a typed cell: numbers as numbers with a format, dates as dates, text as text. */
    private static void put(Worksheet ws, int r, int c, Cell cell, Locale locale) {
        Object v = cell.value();
        if (v == null) {
            return;
        }
        switch (cell.kind()) {
            case TEXT -> ws.value(r, c, (String) v);
            case INTEGER -> {
                ws.value(r, c, (Long) v);
                ws.style(r, c).format("#,##0").set();
            }
            case DECIMAL -> {
                ws.value(r, c, (BigDecimal) v);
                ws.style(r, c).format("#,##0.00").set();
            }
            case PERCENT -> {
                ws.value(r, c, (BigDecimal) v);
                ws.style(r, c).format("0.0%").set();
            }
            case MONEY -> {
                ws.value(r, c, (BigDecimal) v);
                ws.style(r, c).format(MONEY).set();
            }
            case DATE -> {
                ws.value(r, c, (LocalDate) v);
                ws.style(r, c).format("d mmmm yyyy").set();
            }
            case TIMESTAMP -> ws.value(r, c, CellText.of(Cell.timestamp((Instant) v), locale));
        }
    }
}
