package id.pembina.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The first sheet of a workbook as the CSV the registry's import reads: the header row names the columns,
 * every later row is a participant, and the line numbers of the errors are the sheet's row numbers. Date
 * cells become YYYY-MM-DD; whole numbers lose Excel's ".0".
 */
final class XlsxToCsv {

    private XlsxToCsv() {
    }

    /** An uploaded file as CSV text: an XLSX workbook (a zip archive, starting with "PK") converted, else UTF-8 CSV. */
    static java.io.Reader csv(InputStream upload) throws IOException {
        java.io.PushbackInputStream in = new java.io.PushbackInputStream(upload, 2);
        byte[] head = new byte[2];
        int n = in.readNBytes(head, 0, 2);
        if (n > 0) {
            in.unread(head, 0, n);
        }
        return n == 2 && head[0] == 'P' && head[1] == 'K' ? new java.io.StringReader(convert(in))
                : new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String convert(InputStream xlsx) throws IOException {
        StringWriter out = new StringWriter();
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx, new ReadingOptions(true, false));
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            Sheet first = workbook.getFirstSheet();
            int width = 0;
            int expectedRow = 1;
            try (var rows = first.openStream()) {
                for (Row row : (Iterable<Row>) rows::iterator) {
                    // blank rows in between keep their line so that errors name the sheet's own row numbers
                    for (; expectedRow < row.getRowNum(); expectedRow++) {
                        csv.printRecord(new ArrayList<>(java.util.Collections.nCopies(width, "")));
                    }
                    expectedRow = row.getRowNum() + 1;
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        values.add(text(row.getCell(i)));
                    }
                    if (width == 0) {
                        while (!values.isEmpty() && values.get(values.size() - 1).isEmpty()) {
                            values.remove(values.size() - 1);
                        }
                        width = values.size();
                    }
                    while (values.size() < width) {
                        values.add("");
                    }
                    while (values.size() > width && values.get(values.size() - 1).isEmpty()) {
                        values.remove(values.size() - 1);
                    }
                    csv.printRecord(values);
                }
            }
        }
        return out.toString();
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            String format = cell.getDataFormatString();
            if (format != null && (format.contains("d") || format.contains("y")) && !format.contains("0")) {
                return cell.asDate().toLocalDate().toString();
            }
            BigDecimal n = cell.asNumber();
            return n.stripTrailingZeros().toPlainString();
        }
        return cell.getText().trim();
    }
}
