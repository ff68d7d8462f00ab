package id.pembina.audit.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ValidationException;

/**
 * The filters of the audit trail as REST and the console read them. A period's end is a date
 * ({@code 2026-11-27}, a whole day in WIB), a local date and time ({@code 2026-11-27T10:00}, WIB) or an
 * instant with its offset ({@code 2026-11-27T03:00:00Z}). {@code from} is inclusive; {@code to} is
 * exclusive, except that a date as {@code to} includes that whole day, as people mean it.
 */
public final class AuditFilters {

    /** The agency's time zone, in which dates and local times are read. */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    public static final int DEFAULT_LIMIT = 50;
    /** The longest page the trail returns. */
    public static final int MAX_LIMIT = 500;

    private AuditFilters() {
    }

    /** @return the first instant of the period, or null for none; @throws ValidationException {@code audit.time} */
    public static Instant from(String field, String text) {
        return read(field, text, false);
    }

    /** @return the first instant after the period, or null for none; @throws ValidationException {@code audit.time} */
    public static Instant to(String field, String text) {
        return read(field, text, true);
    }

    private static Instant read(String field, String text, boolean end) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            if (t.length() == 10) {
                LocalDate day = LocalDate.parse(t);
                return (end ? day.plusDays(1) : day).atStartOfDay(WIB).toInstant();
            }
            if (t.endsWith("Z") || t.endsWith("z") || t.matches(".*[+-][0-9]{2}:?[0-9]{2}$")) {
                return OffsetDateTime.parse(t.toUpperCase(java.util.Locale.ROOT)).toInstant();
            }
            return LocalDateTime.parse(t).atZone(WIB).toInstant();
        } catch (DateTimeParseException e) {
            throw new ValidationException(FieldError.of(field, "audit.time", t));
        }
    }
}
