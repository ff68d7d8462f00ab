package id.pembina.catalog.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.pembina.catalog.api.AbsenceReason;
import id.pembina.catalog.api.Enrollment;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.platform.api.FieldError;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.ValidationException;

/** One enrollment request: capacity, waitlist, overlap and active-participant rules in one transaction. */
final class Enrolment {

    private final CatalogServiceImpl catalog;
    private final SessionStore sessions;
    private final ParticipantRegistry registry;
    private final Clock clock;

    Enrolment(CatalogServiceImpl catalog, SessionStore sessions, ParticipantRegistry registry, Clock clock) {
        this.catalog = catalog;
        this.sessions = sessions;
        this.registry = registry;
        this.clock = clock;
    }

    Enrollment run(long sessionId, String nipText, EnrollmentStatus requested, AbsenceReason reason, String note) {
        String nip = nipText == null ? "" : nipText.replace(" ", "");
        if (requested == null) {
            throw new ValidationException(List.of(FieldError.of("status", "required")));
        }
        FieldError noteError = SessionRules.noteError("note", note);
        if (noteError != null) {
            throw new ValidationException(List.of(noteError));
        }
        // Looked up before the transaction: the registry takes a connection of its own, and holding
        // one (and the session's lock) while waiting for another can exhaust the pool under load.
        Optional<Participant> participant = registry.find(nip);
        return catalog.inTransaction(c -> {
            SessionStore.Row session = sessions.lock(c, sessionId).orElseThrow(() -> CatalogServiceImpl.notFound(sessionId));
            return admit(c, session, nip, participant, requested, reason, note);
        });
    }

    /**
     * Enrolls every participant as REGISTERED in a session just created on this connection, or refuses with the
     * reasons of all refused participants (the caller's transaction then rolls back, session included).
     */
    void all(java.sql.Connection c, long sessionId, List<String> nips, java.util.Map<String, Participant> people)
            throws java.sql.SQLException {
        SessionStore.Row session = sessions.lock(c, sessionId).orElseThrow(() -> CatalogServiceImpl.notFound(sessionId));
        List<FieldError> refused = new java.util.ArrayList<>();
        for (String nip : nips) {
            try {
                Enrollment e = admit(c, session, nip, Optional.ofNullable(people.get(nip)), EnrollmentStatus.REGISTERED,
                        null, null);
                if (e.status() != EnrollmentStatus.REGISTERED) {
                    refused.add(FieldError.of("nips", "enrollment.noSeat", nip));
                }
            } catch (ValidationException e) {
                refused.addAll(e.errors());
            }
        }
        if (!refused.isEmpty()) {
            throw new ValidationException(refused);
        }
    }

    private Enrollment admit(java.sql.Connection c, SessionStore.Row session, String nip, Optional<Participant> participant,
            EnrollmentStatus requested, AbsenceReason reason, String note) throws java.sql.SQLException {
        long sessionId = session.id();
        Optional<Enrollment> current = sessions.enrollment(c, sessionId, nip);
        EnrollmentStatus was = current.map(Enrollment::status).orElse(null);
        if (was == null || (!was.holdsTime() && requested.holdsTime())) {
            checkParticipant(nip, participant);
        }
        if (requested.holdsTime() && (was == null || !was.holdsTime())) {
            // Serialises this person's enrollments across sessions (each request locks only its own session).
            sessions.lockParticipant(c, nip);
            List<Long> clashes = sessions.overlapping(c, nip, sessionId, session.start(), session.end());
            if (!clashes.isEmpty()) {
                throw new ValidationException(List.of(FieldError.of("nip", "enrollment.overlap", nip, clashes.get(0))));
            }
        }
        EnrollmentStatus next = SessionRules.admit(requested, was,
                sessions.seatsTaken(c, sessionId, nip), session.capacity());
        if (next == was && reason == null && note == null) {
            return current.get();
        }
        Long seq = null;
        if (next == EnrollmentStatus.WAITLISTED) {
            seq = was == EnrollmentStatus.WAITLISTED ? waitlistSeq(c, sessionId, nip)
                    : sessions.nextWaitlistSeq(c, sessionId);
        }
        Instant now = clock.instant();
        boolean absent = next == EnrollmentStatus.CANCELLED || next == EnrollmentStatus.NO_SHOW;
        sessions.saveEnrollment(c, sessionId, nip, next, absent ? reason : null, SessionStore.blankToNull(note), seq, now);
        if (was != null && was.takesSeat() && !next.takesSeat()) {
            catalog.promote(c, sessionId, session.capacity());
        }
        return sessions.enrollment(c, sessionId, nip).orElseThrow();
    }

    private static void checkParticipant(String nip, Optional<Participant> p) {
        if (p.isEmpty()) {
            throw new ValidationException(List.of(FieldError.of("nip", "enrollment.participantUnknown", nip)));
        }
        if (!p.get().isActive()) {
            throw new ValidationException(List.of(FieldError.of("nip", "enrollment.participantInactive", nip)));
        }
    }

    private static Long waitlistSeq(java.sql.Connection c, long sessionId, String nip) throws java.sql.SQLException {
        return Jdbc.number(c, "SELECT waitlist_seq FROM cat_enrollment WHERE session_id = ? AND nip = ?", sessionId, nip);
    }
}
