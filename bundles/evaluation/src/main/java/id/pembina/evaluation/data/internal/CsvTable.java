package id.pembina.evaluation.data.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ImportResult.RowError;

/**
 * Reads a CSV file with a header row into rows of named cells, each with its physical line number (the header
 * is line 1). Only the file's shape is checked here (the same checks and codes as the registry's participant
 * import: {@code csv.*}); the importers check the data. A UTF-8 byte order mark is skipped; values are
 * trimmed; empty lines and lines of separators only are skipped; broken quoting is reported on the line where
 * the record holding it starts. No parser text reaches the messages.
 */
final class CsvTable {

    /** A data row: its line and its cells by column name, blank cells as null. */
    record Row(long line, Map<String, String> cells) {

        String get(String column) {
            return cells.get(column);
        }
    }

    /**
     * What could be read.
     *
     * @param header the column names in file order (empty when there is no header)
     * @param rows   the data rows that could be read, up to the end of the file or the first unreadable record
     * @param errors the file's own errors (header, a row with the wrong number of cells, why reading stopped)
     * @param count  the data rows seen, including those with the wrong number of cells
     */
    record Result(List<String> header, List<Row> rows, List<RowError> errors, int count) {

        boolean headerBroken() {
            return errors.stream().anyMatch(e -> e.line() == 1);
        }
    }

    private CsvTable() {
    }

    static Result read(Reader in) {
        Objects.requireNonNull(in, "csv");
        // Empty lines are not left to the parser to skip: the line number taken before each record would then
        // point at the skipped lines instead of the record. They come back as blank records, skipped below.
        // Unnamed and repeated columns are let through so that checkHeader names them.
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(false).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).get();
        EndAwareReader source = new EndAwareReader(in);
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(stripBom(source)).setFormat(format).get();
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            return new Result(List.of(), List.of(), List.of(stopped(e, source, 1)), 0);
        }
        List<Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        int count = 0;
        try (parser) {
            List<String> header = parser.getHeaderNames();
            if (header.stream().allMatch(h -> h == null || h.isBlank())) {
                // No header (an empty file, or a first line without names): there is nothing to read by name.
                return new Result(List.of(), List.of(), List.of(new RowError(1, FieldError.of("", "csv.empty"))), 0);
            }
            errors.addAll(checkHeader(header));
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                // Where the next record starts: past the previous record's line break.
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord r;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    r = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // Nothing after this point can be read; the rows before it are still checked.
                    errors.add(stopped(e, source, line));
                    break;
                }
                if (blank(r)) {
                    continue;
                }
                count++;
                if (r.size() != header.size()) {
                    errors.add(new RowError(line, FieldError.of("", "csv.columnCount", r.size(), header.size())));
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String v = r.get(i);
                    cells.putIfAbsent(header.get(i), v == null || v.isBlank() ? null : v.strip());
                }
                rows.add(new Row(line, cells));
            }
            return new Result(List.copyOf(header), rows, errors, count);
        } catch (IOException e) {
            // Closing the reader failed; everything was read already.
            return new Result(List.of(), rows, errors, count);
        }
    }

    /**
     * Checks that the header names each column once and holds the required columns.
     *
     * @return the errors, all on line 1
     */
    static List<RowError> requireColumns(List<String> header, List<String> required) {
        List<RowError> errors = new ArrayList<>();
        for (String r : required) {
            if (!header.contains(r)) {
                errors.add(new RowError(1, FieldError.of(r, "csv.missingColumn", r)));
            }
        }
        return errors;
    }

    private static List<RowError> checkHeader(List<String> header) {
        List<RowError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (h == null || h.isBlank()) {
                errors.add(new RowError(1, FieldError.of("", "csv.unnamedColumn", i + 1)));
            } else if (!seen.add(h)) {
                // Otherwise one of the columns would silently win.
                errors.add(new RowError(1, FieldError.of(h, "csv.duplicateColumn", h)));
            }
        }
        return errors;
    }

    /**
     * Broken quoting is reported where the record that holds it starts; a reader failure (e.g. bad UTF-8) on
     * the line where reading stopped.
     */
    private static RowError stopped(Exception e, EndAwareReader source, long recordLine) {
        FieldError why = unreadable(e, source);
        boolean quoting = why.code().equals("csv.unclosedQuote") || why.code().equals("csv.badQuote");
        return new RowError(quoting ? recordLine : source.lineReached(), why);
    }

    /** @return why reading stopped, in the registry's terms (no library text) */
    private static FieldError unreadable(Exception e, EndAwareReader source) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return FieldError.of("", "csv.encoding");
            }
        }
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        if (cause instanceof CSVException) {
            // The parser refuses only broken quoting: a quoted value still open at the end of the file, or a
            // closing quote followed by something other than a separator.
            return FieldError.of("", source.reachedEnd ? "csv.unclosedQuote" : "csv.badQuote");
        }
        return FieldError.of("", "csv.unreadable");
    }

    /** @return true for an empty line, or a line of separators only (as spreadsheets export) */
    private static boolean blank(CSVRecord r) {
        for (String value : r) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static Reader stripBom(Reader in) throws IOException {
        PushbackReader r = new PushbackReader(in, 1);
        int first = r.read();
        if (first != -1 && first != '\uFEFF') {
            r.unread(first);
        }
        return r;
    }

    /**
     * Notes whether the end of the input was reached, which tells an unclosed quote from other broken quoting,
     * and on which line the text delivered so far ends.
     */
    private static final class EndAwareReader extends FilterReader {
        boolean reachedEnd;
        private long lineBreaks;
        private boolean afterCr;

        EndAwareReader(Reader in) {
            super(in);
        }

        /** @return the physical line (1-based) on which the text delivered so far ends */
        long lineReached() {
            return lineBreaks + 1;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c < 0) {
                reachedEnd = true;
            } else {
                count((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n < 0) {
                reachedEnd = true;
            }
            for (int i = 0; i < n; i++) {
                count(buffer[offset + i]);
            }
            return n;
        }

        /** CR LF, LF and CR each end a line, as for the parser. */
        private void count(char c) {
            if (c == '\r' || (c == '\n' && !afterCr)) {
                lineBreaks++;
            }
            afterCr = c == '\r';
        }
    }
}
