package id.pembina.participant.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import id.pembina.participant.api.Education;
import id.pembina.platform.api.FieldError;
import id.pembina.participant.api.Gender;
import id.pembina.platform.api.ImportResult.RowError;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;

/**
 * Turns a CSV file whose header names the JSON fields into participants, one per row, keeping
 * each row's line number. Only the file's shape is checked here; the registry checks the data.
 */
final class CsvParticipantReader {

    static final List<String> COLUMNS = List.of("nip", "name", "gender", "birthDate", "unitCode", "positionTitle",
            "positionType", "rank", "education", "supervisorNip", "active");
    static final List<String> REQUIRED = List.of("nip", "name", "unitCode", "positionTitle", "positionType", "rank",
            "education");

    /** A data row: its participant when it could be read, else its errors. */
    record Row(long line, Participant participant, List<FieldError> errors) {
    }

    /**
     * What could be read: the rows up to the end of the file or up to the first record that could
     * not be read, and the errors of the file itself (header, or the reason reading stopped).
     */
    record Result(List<Row> rows, List<RowError> errors) {
    }

    private CsvParticipantReader() {
    }

    static Result read(Reader in) {
        // Empty lines are not left to the parser to skip: the line number taken before each record
        // would then point at the skipped lines instead of the record. They come back as blank
        // records, skipped below. Unnamed columns are let through so that checkHeader names them.
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(false).setAllowMissingColumnNames(true).get();
        EndAwareReader source = new EndAwareReader(in);
        CSVParser parser;
        try {
            // Reads the header record.
            parser = CSVParser.builder().setReader(stripBom(source)).setFormat(format).get();
        } catch (IOException | UncheckedIOException e) {
            return new Result(List.of(), List.of(stopped(e, source, 1)));
        }
        List<Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        try (parser) {
            List<String> header = parser.getHeaderNames();
            errors.addAll(checkHeader(header));
            if (!errors.isEmpty()) {
                return new Result(List.of(), errors);
            }
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
                    // Nothing after this point can be read; the rows before it keep their errors.
                    errors.add(stopped(e, source, line));
                    break;
                }
                if (blank(r)) {
                    continue;
                }
                if (r.size() != header.size()) {
                    rows.add(new Row(line, null, List.of(FieldError.of("", "csv.columnCount", r.size(), header.size()))));
                    continue;
                }
                rows.add(toRow(line, r.toMap()));
            }
        } catch (IOException e) {
            // Closing the reader failed; everything was read already.
        }
        return new Result(rows, errors);
    }

    /**
     * Broken quoting is reported where the record that holds it starts; a reader failure (e.g. bad
     * UTF-8) on the line where reading stopped.
     *
     * @param recordLine the line on which the record being read starts
     */
    private static RowError stopped(Exception e, EndAwareReader source, long recordLine) {
        FieldError why = unreadable(e, source);
        boolean quoting = why.code().equals("csv.unclosedQuote") || why.code().equals("csv.badQuote");
        return new RowError(quoting ? recordLine : source.lineReached(), why);
    }

    /** @return why reading stopped, in the registry's own terms (no library text) */
    private static FieldError unreadable(Exception e, EndAwareReader source) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return FieldError.of("", "csv.encoding");
            }
        }
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        if (cause instanceof CSVException) {
            // The parser refuses only broken quoting: a quoted value still open at the end of the
            // file, or a closing quote followed by something other than a separator.
            return FieldError.of("", source.reachedEnd ? "csv.unclosedQuote" : "csv.badQuote");
        }
        return FieldError.of("", "csv.unreadable");
    }

    private static List<RowError> checkHeader(List<String> header) {
        List<RowError> errors = new ArrayList<>();
        if (header == null || header.isEmpty()) {
            return List.of(new RowError(1, FieldError.of("", "csv.empty")));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (Texts.isBlank(h)) {
                errors.add(new RowError(1, FieldError.of("", "csv.unnamedColumn", i + 1)));
            } else if (!COLUMNS.contains(h)) {
                errors.add(new RowError(1, FieldError.of(h, "csv.unknownColumn", h)));
            } else if (!seen.add(h)) {
                // Otherwise the last of the columns would silently win.
                errors.add(new RowError(1, FieldError.of(h, "csv.duplicateColumn", h)));
            }
        }
        for (String r : REQUIRED) {
            if (!seen.contains(r)) {
                errors.add(new RowError(1, FieldError.of(r, "csv.missingColumn", r)));
            }
        }
        return errors;
    }

    private static Row toRow(long line, Map<String, String> v) {
        List<FieldError> errors = new ArrayList<>();
        Gender gender = enumValue(Gender.class, v.get("gender"), "gender", errors);
        PositionType type = enumValue(PositionType.class, v.get("positionType"), "positionType", errors);
        Education education = enumValue(Education.class, v.get("education"), "education", errors);
        Rank rank = null;
        String rankText = Texts.trimToNull(v.get("rank"));
        if (rankText != null) {
            try {
                rank = Rank.fromCode(rankText);
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("rank", "invalidValue", rankText,
                        Arrays.stream(Rank.values()).map(Rank::code).collect(Collectors.joining(", "))));
            }
        }
        LocalDate birth = null;
        String birthText = Texts.trimToNull(v.get("birthDate"));
        if (birthText != null) {
            try {
                birth = LocalDate.parse(birthText);
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of("birthDate", "invalidDate", birthText));
            }
        }
        Boolean active = null;
        String activeText = Texts.trimToNull(v.get("active"));
        if (activeText != null) {
            if ("true".equalsIgnoreCase(activeText)) {
                active = Boolean.TRUE;
            } else if ("false".equalsIgnoreCase(activeText)) {
                active = Boolean.FALSE;
            } else {
                errors.add(FieldError.of("active", "invalidValue", activeText, "true, false"));
            }
        }
        if (!errors.isEmpty()) {
            return new Row(line, null, errors);
        }
        return new Row(line, new Participant(v.get("nip"), v.get("name"), gender, birth, v.get("unitCode"),
                v.get("positionTitle"), type, rank, education, Texts.trimToNull(v.get("supervisorNip")), active), List.of());
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String field, List<FieldError> errors) {
        String t = Texts.trimToNull(text);
        if (t == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(field, "invalidValue", t,
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    /** @return true for an empty line, or a line of separators only (as spreadsheets export) */
    private static boolean blank(CSVRecord r) {
        for (String value : r) {
            if (!Texts.isBlank(value)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Notes whether the end of the input was reached, which tells an unclosed quote from other
     * broken quoting, and on which line the text delivered so far ends. The parser buffers ahead,
     * but a reader failure surfaces only once the parser has used up what came before it.
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

    private static Reader stripBom(Reader in) throws IOException {
        java.io.PushbackReader r = new java.io.PushbackReader(in, 1);
        int first = r.read();
        if (first != -1 && first != '\uFEFF') {
            r.unread(first);
        }
        return r;
    }
}
