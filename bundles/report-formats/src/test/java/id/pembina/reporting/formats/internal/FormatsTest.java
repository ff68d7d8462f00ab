package id.pembina.reporting.formats.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.Test;

import id.pembina.platform.api.Languages;
import id.pembina.reporting.api.ReportFormat;

/** Each format's output read back with a real reader. */
public class FormatsTest {

    private static final Locale ID = Languages.INDONESIAN;

    private static byte[] write(ReportFormat f, Locale l) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.write(SampleDocument.of(), l, out);
        return out.toByteArray();
    }

    @Test
    public void pdfReadsBackWithIndonesianConventionsAndTheFontEmbedded() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(write(new PdfFormat(), ID))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text, text.contains("Evaluasi program KOM-PELAYANAN: Pelayanan Prima"));
            assertTrue(text, text.contains("1 Januari 2026 – 31 Desember 2026"));
            assertTrue(text, text.contains("3 Maret 2026 09:30 WIB"));
            assertTrue(text, text.contains("Aula <Kantor> Camat & Lurah"));
            assertTrue(text, text.contains("Rp 1.250.000"));
            assertTrue(text, text.contains("87,5 %"));
            assertTrue(text, text.contains("1.234,5"));
            assertTrue(text, text.contains("Halaman 1 / " + pdf.getNumberOfPages()));
            List<String> fonts = new java.util.ArrayList<>();
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : ""));
            }
            assertTrue(fonts.toString(), fonts.stream().allMatch(f -> f.matches("[A-Z]{6}\\+DejaVuSans(-Bold)? embedded")));
            assertEquals(2, countImages(pdf)); // the bar and the line chart
        }
    }

    private static int countImages(PDDocument pdf) throws Exception {
        int n = 0;
        for (var page : pdf.getPages()) {
            for (var name : page.getResources().getXObjectNames()) {
                n += page.getResources().isImageXObject(name) ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    public void xlsxKeepsNumbersAsNumbers() throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(write(new XlsxFormat(), ID)),
                new ReadingOptions(true, false))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals("Laporan", wb.getFirstSheet().getName());
            assertEquals("Evaluasi program KOM-PELAYANAN: Pelayanan Prima", rows.get(0).getCellText(0));
            Row data = rows.stream().filter(r -> r.getCellCount() > 1 && "Aula <Kantor> Camat & Lurah".equals(r.getCellText(1)))
                    .findFirst().orElseThrow();
            assertEquals(CellType.NUMBER, data.getCell(2).getType());
            assertEquals(new BigDecimal("1234"), data.getCellAsNumber(2).orElseThrow());
            assertEquals(CellType.NUMBER, data.getCell(3).getType());
            assertEquals(new BigDecimal("1250000"), data.getCellAsNumber(3).orElseThrow());
            assertEquals(new BigDecimal("0.875"), data.getCellAsNumber(4).orElseThrow());
            assertEquals(java.time.LocalDate.of(2026, 3, 3), data.getCellAsDate(0).orElseThrow().toLocalDate());
            assertEquals(XlsxFormat.MONEY, data.getCell(3).getDataFormatString());
        }
    }

    @Test
    public void csvGuardsAgainstFormulasAndSpeaksTheLanguage() throws Exception {
        byte[] bytes = write(new CsvFormat(), Locale.ENGLISH);
        assertEquals((byte) 0xEF, bytes[0]); // UTF-8 byte order mark
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new InputStreamReader(new ByteArrayInputStream(bytes, 3,
                bytes.length - 3), StandardCharsets.UTF_8)).getRecords();
        assertEquals("Evaluasi program KOM-PELAYANAN: Pelayanan Prima", records.get(0).get(0));
        CSVRecord first = records.stream().filter(r -> r.size() == 6 && r.get(1).startsWith("Aula")).findFirst().orElseThrow();
        assertEquals(List.of("3 March 2026", "Aula <Kantor> Camat & Lurah", "1,234", "Rp 1,250,000", "87.5 %", "1,234.5"),
                first.toList());
        CSVRecord second = records.get((int) first.getRecordNumber());
        assertEquals(List.of("", "'=SUM(A1:A9)", "-5", "", "", ""), second.toList()); // numbers are no formulas
        assertEquals("'+Libatkan pimpinan.", records.get(records.size() - 1).get(0));
    }

    @Test
    public void htmlEscapesTextAndDrawsChartsAsSvg() throws Exception {
        String html = new String(write(new HtmlFormat(), ID), StandardCharsets.UTF_8);
        assertTrue(html, html.contains("<td class=\"text\">Aula &lt;Kantor&gt; Camat &amp; Lurah</td>"));
        assertTrue(html, html.contains("<td class=\"num\">Rp 1.250.000</td>"));
        assertTrue(html, html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(html, html.contains(">4,5</text>"));
        assertTrue(html, html.contains("<polyline points="));
        assertFalse(html, html.contains("<img"));
        assertTrue(html, html.startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"id\">"));
    }
}
