package id.pembina.planning.schedule.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import id.pembina.planning.schedule.api.CandidateSession;
import id.pembina.planning.schedule.api.PersonNeed;
import id.pembina.planning.schedule.api.ScheduleRequest;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ValidationException;

/** Checks a schedule request before anything is read or computed; every problem at once. */
final class Requests {

    static final int MAX_SECONDS = 600;
    /** Bounds that keep one request's model within memory: a session of at most 60 working days, ... */
    static final int MAX_DAYS = 60;
    static final int MAX_JP = 1000;
    static final int MAX_SEATS = 100_000;
    /** Widths of the job tables' columns (schedule-2-*): a longer value is refused here, never at storage. */
    static final int MAX_ID = 100;
    static final int MAX_CODE = 40;
    static final int NIP_LENGTH = 18;
    /** Remote units are stored joined; this many codes of 40 characters stay far below H2's 1,000,000. */
    static final int MAX_REMOTE_UNITS = 10_000;

    private Requests() {
    }

    static void check(ScheduleRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.year() == null || r.year() < 2000 || r.year() > 2100) {
            errors.add(FieldError.of("year", "schedule.year.range"));
        }
        if (r.unitCode() == null || r.unitCode().isBlank()) {
            errors.add(FieldError.of("unitCode", "schedule.required"));
        }
        if (r.sessions().isEmpty()) {
            errors.add(FieldError.of("sessions", "schedule.sessions.none"));
        }
        if (r.budget() != null && r.budget().compareTo(BigDecimal.ZERO) < 0) {
            errors.add(FieldError.of("budget", "schedule.negative"));
        }
        if (r.timeLimitSeconds() != null && (r.timeLimitSeconds() < 1 || r.timeLimitSeconds() > MAX_SECONDS)) {
            errors.add(FieldError.of("timeLimitSeconds", "schedule.seconds.range", Integer.toString(MAX_SECONDS)));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < r.sessions().size(); i++) {
            CandidateSession s = r.sessions().get(i);
            if (s == null) {
                continue;
            }
            String f = "sessions[" + i + "]";
            if (s.id() == null || s.id().isBlank() || !ids.add(s.id())) {
                errors.add(FieldError.of(f + ".id", "schedule.session.id"));
            }
            tooLong(errors, f + ".id", s.id(), MAX_ID);
            if (s.programCode() == null || s.programCode().isBlank() || s.mode() == null || s.cost() == null) {
                errors.add(FieldError.of(f, "schedule.required"));
            } else if (s.cost().compareTo(BigDecimal.ZERO) < 0) {
                errors.add(FieldError.of(f + ".cost", "schedule.negative"));
            }
            tooLong(errors, f + ".programCode", s.programCode(), MAX_CODE);
            tooLong(errors, f + ".locationUnit", s.locationUnit(), MAX_CODE);
            if (s.capacity() < 1 || s.lengthDays() < 1 || s.jp() < 1 || s.capacity() > MAX_SEATS
                    || s.lengthDays() > MAX_DAYS || s.jp() > MAX_JP) {
                errors.add(FieldError.of(f, "schedule.session.sizes"));
            }
            if (s.possibleStarts() == null || s.possibleStarts().isEmpty()) {
                errors.add(FieldError.of(f + ".possibleStarts", "schedule.session.starts"));
            }
            for (LocalDate d : s.possibleStarts()) {
                if (d == null || r.year() == null || d.getYear() != r.year()) {
                    errors.add(FieldError.of(f + ".possibleStarts", "schedule.session.year", String.valueOf(d)));
                    break;
                }
            }
            // distinct dates of one year: at most 366, which the stored list always holds
            Set<LocalDate> starts = new HashSet<>();
            for (int k = 0; k < s.possibleStarts().size(); k++) {
                if (!starts.add(s.possibleStarts().get(k))) {
                    errors.add(FieldError.of(f + ".possibleStarts[" + k + "]", "schedule.session.starts.twice",
                            s.possibleStarts().get(k).toString()));
                    break;
                }
            }
        }
        checkPeople(r.people(), errors);
        checkRemoteUnits(r.remoteUnits(), errors);
        if (r.sessions().stream().anyMatch(java.util.Objects::isNull)) {
            errors.add(FieldError.of("sessions", "schedule.required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void checkPeople(List<PersonNeed> people, List<FieldError> errors) {
        Set<String> nips = new HashSet<>();
        for (int i = 0; i < people.size(); i++) {
            PersonNeed p = people.get(i);
            String f = "people[" + i + "]";
            if (p == null || p.nip() == null || p.nip().isBlank() || p.unitCode() == null || p.unitCode().isBlank()
                    || p.jpShortfall() < 0 || p.jpShortfall() > MAX_JP || p.needSize() < 0) {
                errors.add(FieldError.of(f, "schedule.person.invalid"));
            }
            if (p == null) {
                continue;
            }
            if (p.nip() != null && !p.nip().isBlank()) {
                if (p.nip().length() != NIP_LENGTH) {
                    errors.add(FieldError.of(f + ".nip", "schedule.nip.length"));
                } else if (!nips.add(p.nip())) {
                    errors.add(FieldError.of(f + ".nip", "schedule.person.twice", p.nip()));
                }
            }
            if (p.supervisorNip() != null && p.supervisorNip().length() != NIP_LENGTH) {
                errors.add(FieldError.of(f + ".supervisorNip", "schedule.nip.length"));
            }
            tooLong(errors, f + ".unitCode", p.unitCode(), MAX_CODE);
        }
    }

    private static void checkRemoteUnits(Set<String> units, List<FieldError> errors) {
        if (units.size() > MAX_REMOTE_UNITS) {
            errors.add(FieldError.of("remoteUnits", "schedule.remote.many", Integer.toString(MAX_REMOTE_UNITS)));
            return;
        }
        for (String u : new TreeSet<>(units)) {
            // stored joined by commas
            if (u.isBlank() || u.contains(",") || u.length() > MAX_CODE) {
                errors.add(FieldError.of("remoteUnits", "schedule.remote.code", u));
            }
        }
    }

    private static void tooLong(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(FieldError.of(field, "schedule.length.max", Integer.toString(max)));
        }
    }
}
