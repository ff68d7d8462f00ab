package id.pembina.planning.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ImportRefusedException;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.ImportResult.RowError;

/**
 * A small CSV table for the planning imports: a header row naming the columns, data rows with their line
 * (the header is line 1), values trimmed, blank values null, blank lines skipped. The shape errors use the
 * platform's {@code csv.*} codes; no parser text reaches the messages.
 */
final class Csv {

    record Row(long line, Map<String, String> cells, int size) {

        String get(String column) {
            return cells.get(column);
        }
    }

    private Csv() {
    }

    /**
     * @return the rows
     * @throws ImportRefusedException when a required column is missing or the file cannot be read
     */
    static List<Row> read(Reader in, List<String> required) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
            List<RowError> missing = new ArrayList<>();
            for (String r : required) {
                if (!header.contains(r)) {
                    missing.add(new RowError(1, FieldError.of(r, "csv.missingColumn", r)));
                }
            }
            if (!missing.isEmpty()) {
                throw new ImportRefusedException(new ImportResult(0, 0, missing));
            }
            for (CSVRecord r : parser) {
                long line = r.getRecordNumber() + 1;
                if (r.size() != header.size()) {
                    rows.add(new Row(line, null, r.size()));
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String v = r.get(i);
                    cells.put(header.get(i), v == null || v.isBlank() ? null : v.strip());
                }
                rows.add(new Row(line, cells, r.size()));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new ImportRefusedException(new ImportResult(rows.size(), 0,
                    List.of(new RowError(rows.size() + 2L, FieldError.of("", "csv.unreadable")))));
        }
    }

    /** @return the integer in the cell, or null (with an error added) when it is missing or not in range */
    static Integer integer(Row row, String column, int min, int max, List<RowError> errors) {
        String v = row.get(column);
        if (v == null) {
            errors.add(new RowError(row.line(), FieldError.of(column, "required")));
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new RowError(row.line(), FieldError.of(column, "planning.range", min, max)));
        return null;
    }

    /** @return the text in the cell, or null (with an error added) when required and missing or too long */
    static String text(Row row, String column, boolean required, int maxLength, List<RowError> errors) {
        String v = row.get(column);
        if (v == null) {
            if (required) {
                errors.add(new RowError(row.line(), FieldError.of(column, "required")));
            }
            return null;
        }
        if (v.length() > maxLength || v.chars().anyMatch(Character::isISOControl)) {
            errors.add(new RowError(row.line(), FieldError.of(column, "tooLong", maxLength)));
            return null;
        }
        return v;
    }

    /** A row with the wrong number of cells. */
    static boolean broken(Row row, int columns, List<RowError> errors) {
        if (row.cells() == null) {
            errors.add(new RowError(row.line(), FieldError.of("", "csv.columnCount", row.size(), columns)));
            return true;
        }
        return false;
    }
}
