package id.pembina.catalog.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import id.pembina.catalog.api.AttendanceSummary;
import id.pembina.catalog.api.CostLine;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.catalog.api.Meeting;
import id.pembina.catalog.api.SessionRole;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.platform.api.FieldError;

/** The catalog's rules as pure functions: sessions, capacity and waitlist, overlap, attendance. */
final class SessionRules {

    static final int MAX_TEXT = 300;
    /** Sessions lie in these years (WIB) and last at most {@link #MAX_DAYS} days. */
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    static final int MAX_DAYS = 366;

    /** At most this many roles per session. */
    static final int MAX_ROLES = 100;

    /** Roles name a NIP of 18 digits and a part; each person and part once. */
    private static void roles(List<SessionRole> roles, List<FieldError> errors) {
        if (roles.size() > MAX_ROLES) {
            errors.add(FieldError.of("roles", "session.roles", MAX_ROLES));
            return;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < roles.size(); i++) {
            SessionRole r = roles.get(i);
            String field = "roles[" + i + "]";
            if (r == null || r.nip() == null || !r.nip().matches("[0-9]{18}")) {
                errors.add(FieldError.of(field + ".nip", "session.roleNip"));
            }
            if (r == null || r.role() == null) {
                errors.add(FieldError.of(field + ".role", "required"));
            } else if (r.nip() != null && !seen.add(r.nip() + "/" + r.role())) {
                errors.add(FieldError.of(field, "session.roleTwice"));
            }
        }
    }

    private static boolean outOfRange(java.time.LocalDateTime t) {
        return t.getYear() < MIN_YEAR || t.getYear() > MAX_YEAR;
    }
    /** Room for the facilitators in their one stored column. */
    static final int MAX_FACILITATORS = 4000;
    static final int MAX_NOTE = 1000;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999999.99");

    private SessionRules() {
    }

    /**
     * Checks a session and returns its meetings, numbered 1.. in time order (one meeting from start
     * to end when none are given), or null when {@code errors} received an error.
     */
    static List<Meeting> validate(TrainingSession s, List<FieldError> errors) {
        int before = errors.size();
        if (s.programCode() == null || s.programCode().isBlank()) {
            errors.add(FieldError.of("programCode", "required"));
        } else if (hasControl(s.programCode())) {
            errors.add(FieldError.of("programCode", "text.control"));
        }
        if (s.start() == null) {
            errors.add(FieldError.of("start", "required"));
        }
        if (s.end() == null) {
            errors.add(FieldError.of("end", "required"));
        }
        if (s.start() != null && outOfRange(s.start())) {
            errors.add(FieldError.of("start", "session.yearRange", MIN_YEAR, MAX_YEAR));
        }
        if (s.end() != null && outOfRange(s.end())) {
            errors.add(FieldError.of("end", "session.yearRange", MIN_YEAR, MAX_YEAR));
        }
        if (s.start() != null && s.end() != null && !s.end().isAfter(s.start())) {
            errors.add(FieldError.of("end", "session.endBeforeStart"));
        } else if (s.start() != null && s.end() != null && s.end().isAfter(s.start().plusDays(MAX_DAYS))) {
            errors.add(FieldError.of("end", "session.tooLong", MAX_DAYS));
        }
        if (s.capacity() == null) {
            errors.add(FieldError.of("capacity", "required"));
        } else if (s.capacity() < 1 || s.capacity() > 10_000) {
            errors.add(FieldError.of("capacity", "session.capacity"));
        }
        boolean venue = s.venue() != null && !s.venue().isBlank();
        boolean online = s.onlineLink() != null && !s.onlineLink().isBlank();
        if (!venue && !online) {
            errors.add(FieldError.of("venue", "session.venueOrLink"));
        }
        if (venue && s.venue().length() > MAX_TEXT) {
            errors.add(FieldError.of("venue", "tooLong", MAX_TEXT));
        } else if (venue && hasControl(s.venue())) {
            errors.add(FieldError.of("venue", "text.control"));
        }
        if (online && (s.onlineLink().length() > 1000 || !s.onlineLink().matches("(?i)https?://\\S+")
                || hasControl(s.onlineLink()))) {
            errors.add(FieldError.of("onlineLink", "session.link"));
        }
        for (int i = 0; i < s.facilitators().size(); i++) {
            String f = s.facilitators().get(i);
            String field = "facilitators[" + i + "]";
            if (f == null || f.isBlank()) {
                errors.add(FieldError.of(field, "required"));
            } else if (f.length() > MAX_TEXT) {
                errors.add(FieldError.of(field, "tooLong", MAX_TEXT));
            } else if (hasControl(f)) {
                // Also keeps out U+001F, which separates the stored list.
                errors.add(FieldError.of(field, "text.control"));
            }
        }
        if (String.join(Jdbc.SEP, s.facilitators()).length() > MAX_FACILITATORS) {
            errors.add(FieldError.of("facilitators", "tooLong", MAX_FACILITATORS));
        }
        roles(s.roles(), errors);
        for (int i = 0; i < s.costs().size(); i++) {
            CostLine c = s.costs().get(i);
            String field = "costs[" + i + "]";
            if (c == null || c.category() == null) {
                errors.add(FieldError.of(field + ".category", "required"));
            }
            if (c != null && (c.description() == null || c.description().isBlank() || c.description().length() > MAX_TEXT)) {
                errors.add(FieldError.of(field + ".description", "required"));
            } else if (c != null && hasControl(c.description())) {
                errors.add(FieldError.of(field + ".description", "text.control"));
            }
            if (c != null && (c.amount() == null || c.amount().signum() < 0 || c.amount().scale() > 2
                    || c.amount().compareTo(MAX_AMOUNT) > 0)) {
                errors.add(FieldError.of(field + ".amount", "session.amount"));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        List<Meeting> given = s.meetings();
        if (given.isEmpty()) {
            return List.of(new Meeting(1, s.start(), s.end()));
        }
        // Checked in time order, but errors name the meeting by its index in the input.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> given.get(i) == null ? null : given.get(i).start(),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        List<Meeting> numbered = new ArrayList<>();
        LocalDateTime latestEnd = null;
        for (int i : order) {
            Meeting m = given.get(i);
            String field = "meetings[" + i + "]";
            if (m == null || m.start() == null || m.end() == null || !m.end().isAfter(m.start())) {
                errors.add(FieldError.of(field, "session.endBeforeStart"));
                continue;
            }
            if (m.start().isBefore(s.start()) || m.end().isAfter(s.end())) {
                errors.add(FieldError.of(field, "session.meetingOutside"));
            }
            // Against the latest end so far: a long meeting can contain several later ones.
            if (latestEnd != null && m.start().isBefore(latestEnd)) {
                errors.add(FieldError.of(field, "session.meetingOverlap"));
            }
            if (latestEnd == null || m.end().isAfter(latestEnd)) {
                latestEnd = m.end();
            }
            numbered.add(new Meeting(numbered.size() + 1, m.start(), m.end()));
        }
        return errors.size() > before ? null : numbered;
    }

    /**
     * @return true when the text holds a control character (Unicode Cc, U+0000 to U+001F and U+007F
     *         to U+009F): PostgreSQL refuses U+0000 in text outright, and U+001F separates stored lists
     */
    static boolean hasControl(String s) {
        return s != null && s.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL);
    }

    /** @return true when a free-text note holds a control character other than tab and line breaks */
    static boolean hasControlInNote(String s) {
        return s != null && s.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                && c != '\t' && c != '\n' && c != '\r');
    }

    /** @return the refusal of a free-text note, or null when it can be stored */
    static FieldError noteError(String field, String note) {
        if (note != null && note.length() > MAX_NOTE) {
            return FieldError.of(field, "tooLong", MAX_NOTE);
        }
        return hasControlInNote(note) ? FieldError.of(field, "text.control") : null;
    }

    /** @return true when the half-open periods [s1, e1) and [s2, e2) share a moment */
    static boolean overlaps(LocalDateTime s1, LocalDateTime e1, LocalDateTime s2, LocalDateTime e2) {
        return s1.isBefore(e2) && s2.isBefore(e1);
    }

    /**
     * The status an enrollment gets when {@code requested} is asked for.
     *
     * @param seatsTaken seats taken by others (REGISTERED or ATTENDED, not counting this participant)
     */
    static EnrollmentStatus admit(EnrollmentStatus requested, EnrollmentStatus current, int seatsTaken, int capacity) {
        if (requested == EnrollmentStatus.REGISTERED || requested == EnrollmentStatus.WAITLISTED) {
            if (current != null && current.takesSeat()) {
                return current == EnrollmentStatus.ATTENDED ? EnrollmentStatus.ATTENDED : EnrollmentStatus.REGISTERED;
            }
            return seatsTaken < capacity ? EnrollmentStatus.REGISTERED : EnrollmentStatus.WAITLISTED;
        }
        return requested;
    }

    /** @return how many waitlisted participants get a seat */
    static int seatsToFill(int seatsTaken, int capacity, int waitlisted) {
        return Math.max(0, Math.min(capacity - seatsTaken, waitlisted));
    }

    static long minutes(Meeting m) {
        return Duration.between(m.start(), m.end()).toMinutes();
    }

    /** JP that the schedule of a session holds: whole JP of {@code jpMinutes} minutes. */
    static int scheduledJp(List<Meeting> meetings, int jpMinutes) {
        return (int) (meetings.stream().mapToLong(SessionRules::minutes).sum() / jpMinutes);
    }

    /**
     * Attendance weighted by meeting minutes; the programme's JP are credited when the share of
     * minutes present reaches {@code threshold}.
     */
    static AttendanceSummary summarize(String nip, List<Meeting> meetings, Map<Integer, Boolean> presence,
            int programJp, BigDecimal threshold) {
        long scheduled = 0;
        long present = 0;
        int meetingsPresent = 0;
        for (Meeting m : meetings) {
            long minutes = minutes(m);
            scheduled += minutes;
            if (Boolean.TRUE.equals(presence.get(m.number()))) {
                present += minutes;
                meetingsPresent++;
            }
        }
        // Rounded down, so that a ratio just short of the threshold never reads as reaching it.
        BigDecimal ratio = scheduled == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(present).divide(BigDecimal.valueOf(scheduled), 4, RoundingMode.DOWN);
        return new AttendanceSummary(nip, meetingsPresent, meetings.size(), present, scheduled, ratio,
                jpCredited(present, scheduled, programJp, threshold));
    }

    /** The programme's JP when the minutes present reach {@code threshold} of those scheduled, else 0. */
    static int jpCredited(long present, long scheduled, int programJp, BigDecimal threshold) {
        return scheduled > 0 && BigDecimal.valueOf(present).compareTo(threshold.multiply(BigDecimal.valueOf(scheduled))) >= 0
                ? programJp : 0;
    }

    static BigDecimal total(List<CostLine> costs) {
        return costs.stream().map(CostLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }
}
