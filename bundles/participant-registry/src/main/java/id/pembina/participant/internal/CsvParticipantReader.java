package id.pembina.participant.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
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

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import id.pembina.participant.api.Education;
import id.pembina.participant.api.FieldError;
import id.pembina.participant.api.Gender;
import id.pembina.participant.api.ImportResult.RowError;
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

    /** The file could not be used at all (no header, unknown columns, broken quoting). */
    static final class FileError extends Exception {
        private static final long serialVersionUID = 1L;
        final List<RowError> errors;

        FileError(List<RowError> errors) {
            super(errors.toString());
            this.errors = errors;
        }
    }

    private CsvParticipantReader() {
    }

    static List<Row> read(Reader in) throws FileError {
        // Empty lines are not left to the parser to skip: the line number taken before each record
        // would then point at the skipped lines instead of the record. They come back as blank
        // records, skipped below.
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(false).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(stripBom(in)).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            checkHeader(header);
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                if (!it.hasNext()) {
                    break;
                }
                CSVRecord r = it.next();
                if (blank(r)) {
                    continue;
                }
                if (r.size() != header.size()) {
                    rows.add(new Row(line, null, List.of(FieldError.of("", "csv.columnCount", r.size(), header.size()))));
                    continue;
                }
                rows.add(toRow(line, r.toMap()));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new FileError(List.of(new RowError(0, FieldError.of("", "csv.malformed", why))));
        }
        return rows;
    }

    private static void checkHeader(List<String> header) throws FileError {
        List<RowError> errors = new ArrayList<>();
        if (header == null || header.isEmpty()) {
            throw new FileError(List.of(new RowError(1, FieldError.of("", "csv.empty"))));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String h : header) {
            if (!COLUMNS.contains(h)) {
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
        if (!errors.isEmpty()) {
            throw new FileError(errors);
        }
    }

    private static Row toRow(long line, Map<String, String> v) {
        List<FieldError> errors = new ArrayList<>();
        Gender gender = enumValue(Gender.class, v.get("gender"), "gender", errors);
        PositionType type = enumValue(PositionType.class, v.get("positionType"), "positionType", errors);
        Education education = enumValue(Education.class, v.get("education"), "education", errors);
        Rank rank = null;
        String rankText = blankToNull(v.get("rank"));
        if (rankText != null) {
            try {
                rank = Rank.fromCode(rankText);
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("rank", "invalidValue", rankText,
                        Arrays.stream(Rank.values()).map(Rank::code).collect(Collectors.joining(", "))));
            }
        }
        LocalDate birth = null;
        String birthText = blankToNull(v.get("birthDate"));
        if (birthText != null) {
            try {
                birth = LocalDate.parse(birthText);
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of("birthDate", "invalidDate", birthText));
            }
        }
        Boolean active = null;
        String activeText = blankToNull(v.get("active"));
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
                v.get("positionTitle"), type, rank, education, blankToNull(v.get("supervisorNip")), active), List.of());
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String field, List<FieldError> errors) {
        String t = blankToNull(text);
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
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
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
