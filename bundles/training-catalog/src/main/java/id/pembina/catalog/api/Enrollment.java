package id.pembina.catalog.api;

import java.time.Instant;

/**
 * A participant's enrollment in a session. {@code waitlistPosition} is 1 for the next to get a
 * seat and null unless WAITLISTED.
 */
public record Enrollment(long sessionId, String nip, EnrollmentStatus status, AbsenceReason absenceReason,
        String note, Integer waitlistPosition, Instant updatedAt) {
}
