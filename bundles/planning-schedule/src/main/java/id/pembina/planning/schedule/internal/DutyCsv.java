package id.pembina.planning.schedule.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import id.pembina.planning.schedule.api.CandidateSession;
import id.pembina.planning.schedule.api.DeliveryMode;
import id.pembina.planning.schedule.api.DutyBlock;
import id.pembina.planning.schedule.api.DutyKind;
import id.pembina.planning.schedule.api.StaffingRule;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ImportResult.RowError;

/** Reads and checks duty data from CSV: every line, every error with its line number. */
final class DutyCsv {

    record Parsed<T>(int lines, List<T> rows, List<RowError> errors) {
    }

    private DutyCsv() {
    }

    /** {@code nip,from,to,kind} with ISO dates and PIKET, FIELD or LEAVE. */
    static Parsed<DutyBlock> duties(Reader csv, Predicate<String> knownNip) {
        return parse(csv, List.of("nip", "from", "to", "kind"), r -> {
            DutyBlock b = new DutyBlock(r.get("nip").trim(), date(r.get("from")), date(r.get("to")),
                    DutyKind.valueOf(r.get("kind").trim().toUpperCase(Locale.ROOT)));
            List<FieldError> errors = new ArrayList<>(check(b));
            if (errors.isEmpty() && !knownNip.test(b.nip())) {
                errors.add(FieldError.of("nip", "schedule.nip.unknown", b.nip()));
            }
            return new Object[] {b, errors};
        });
    }

    /** {@code unit,weekday,from,to,minimum}, weekday as MONDAY..SUNDAY, times as 08:00. */
    static Parsed<StaffingRule> staffing(Reader csv, Predicate<String> knownUnit) {
        return parse(csv, List.of("unit", "weekday", "from", "to", "minimum"), r -> {
            StaffingRule s = new StaffingRule(r.get("unit").trim(),
                    DayOfWeek.valueOf(r.get("weekday").trim().toUpperCase(Locale.ROOT)),
                    LocalTime.parse(r.get("from").trim()), LocalTime.parse(r.get("to").trim()),
                    Integer.parseInt(r.get("minimum").trim()));
            List<FieldError> errors = new ArrayList<>(check(s));
            if (errors.isEmpty() && !knownUnit.test(s.unitCode())) {
                errors.add(FieldError.of("unit", "schedule.unit.unknown", s.unitCode()));
            }
            return new Object[] {s, errors};
        });
    }

    /** Candidate sessions: {@code id,program,starts,lengthDays,jp,capacity,cost,mode,location}. */
    static Parsed<CandidateSession> candidates(Reader csv) {
        return parse(csv, List.of("id", "program", "starts", "lengthDays", "jp", "capacity", "cost", "mode",
                "location"), r -> {
                    List<LocalDate> starts = new ArrayList<>();
                    for (String d : r.get("starts").split(";")) {
                        starts.add(date(d));
                    }
                    String location = r.get("location").trim();
                    CandidateSession c = new CandidateSession(r.get("id").trim(), r.get("program").trim(), starts,
                            Integer.parseInt(r.get("lengthDays").trim()), Integer.parseInt(r.get("jp").trim()),
                            Integer.parseInt(r.get("capacity").trim()), new BigDecimal(r.get("cost").trim()),
                            DeliveryMode.valueOf(r.get("mode").trim().toUpperCase(Locale.ROOT)),
                            location.isEmpty() ? null : location);
                    return new Object[] {c, List.<FieldError>of()};
                });
    }

    static List<FieldError> check(DutyBlock b) {
        List<FieldError> errors = new ArrayList<>();
        if (b.nip() == null || b.nip().isBlank()) {
            errors.add(FieldError.of("nip", "schedule.required"));
        }
        if (b.from() == null || b.to() == null || b.kind() == null) {
            errors.add(FieldError.of(b.kind() == null ? "kind" : "from", "schedule.required"));
        } else if (b.to().isBefore(b.from())) {
            errors.add(FieldError.of("to", "schedule.dates.order", b.from().toString()));
        } else if (b.from().getYear() < 1900 || b.to().getYear() > 2999) {
            errors.add(FieldError.of("from", "schedule.dates.range"));
        }
        return errors;
    }

    static List<FieldError> check(StaffingRule s) {
        List<FieldError> errors = new ArrayList<>();
        if (s.unitCode() == null || s.unitCode().isBlank() || s.weekday() == null || s.from() == null
                || s.to() == null) {
            errors.add(FieldError.of("unit", "schedule.required"));
        } else if (!s.to().isAfter(s.from())) {
            errors.add(FieldError.of("to", "schedule.times.order", s.from().toString()));
        }
        if (s.minimum() == null || s.minimum() < 0) {
            errors.add(FieldError.of("minimum", "schedule.minimum.negative"));
        }
        return errors;
    }

    @SuppressWarnings("unchecked")
    private static <T> Parsed<T> parse(Reader csv, List<String> header, Function<CSVRecord, Object[]> row) {
        List<T> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        int lines = 0;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get().parse(csv)) {
            if (!parser.getHeaderNames().containsAll(header)) {
                errors.add(new RowError(1, FieldError.of("header", "schedule.csv.header", String.join(",", header))));
                return new Parsed<>(0, rows, errors);
            }
            for (CSVRecord r : parser) {
                lines++;
                long line = parser.getCurrentLineNumber();
                try {
                    Object[] parsed = row.apply(r);
                    List<FieldError> rowErrors = (List<FieldError>) parsed[1];
                    if (rowErrors.isEmpty()) {
                        rows.add((T) parsed[0]);
                    } else {
                        rowErrors.forEach(e -> errors.add(new RowError(line, e)));
                    }
                } catch (IllegalArgumentException | IllegalStateException | DateTimeParseException e) {
                    errors.add(new RowError(line, FieldError.of("line", "schedule.csv.value")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Parsed<>(lines, rows, errors);
    }

    private static LocalDate date(String s) {
        return LocalDate.parse(s.trim());
    }
}
