package id.pembina.planning.internal;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.Enrollment;
import id.pembina.catalog.api.Program;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.planning.api.LineOutcome;
import id.pembina.planning.api.PlanLine;
import id.pembina.planning.api.PlannedSession;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ValidationException;

/**
 * Turns accepted plan lines into catalog sessions and enrollments, through the catalog's own operations (so its
 * rules hold: programme installed, session shape, capacity, no overlapping enrollments, active participants).
 * Before creating anything for a line it checks what the catalog would refuse (programme, participants, their
 * other sessions in those days) to report every reason; the session and its enrollments are then created in one
 * catalog transaction ({@code createSessionWithEnrollments}), so a refused line leaves nothing behind even when
 * someone is booked between the check and the write. Sessions run 08:00-16:00 WIB on
 * their days until staff change them.
 */
final class Acceptor {

    static final LocalTime START = LocalTime.of(8, 0);
    static final LocalTime END = LocalTime.of(16, 0);

    private final CatalogService catalog;
    private final ParticipantRegistry registry;

    Acceptor(CatalogService catalog, ParticipantRegistry registry) {
        this.catalog = catalog;
        this.registry = registry;
    }

    /** @return the outcome; {@code sessionId} set when the session and all enrollments were created */
    LineOutcome accept(PlanLine line, String venue) {
        PlannedSession s = line.session();
        List<FieldError> refusals = precheck(s);
        if (!refusals.isEmpty()) {
            return new LineOutcome(line.line(), null, 0, refusals);
        }
        // The checks above give every reason at once; the catalog checks again under its locks and creates the
        // session with all its seats in one transaction, so someone booked in between refuses the line whole.
        try {
            TrainingSession created = catalog.createSessionWithEnrollments(TrainingSession.of(s.programCode(),
                    s.start().atTime(START), s.end().atTime(END), venue, null, s.capacity(), List.of(), List.of(),
                    List.of()).with(Checks.mode(s.deliveryMode()), null), s.participantNips());
            return new LineOutcome(line.line(), created.id(), s.participantNips().size(), List.of());
        } catch (ValidationException e) {
            return new LineOutcome(line.line(), null, 0, e.errors());
        }
    }

    private List<FieldError> precheck(PlannedSession s) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Program> program = catalog.programs().stream().filter(p -> p.code().equals(s.programCode())).findFirst();
        if (program.isEmpty()) {
            errors.add(FieldError.of("programCode", "planning.programUnknown", s.programCode()));
        } else if (!program.get().installed()) {
            errors.add(FieldError.of("programCode", "planning.moduleNotInstalled", s.programCode()));
        }
        Map<String, Participant> people = registry.findAll(s.participantNips());
        for (String nip : s.participantNips()) {
            Participant p = people.get(nip);
            if (p == null) {
                errors.add(FieldError.of("participantNips", "planning.participantUnknown", nip));
            } else if (!p.isActive()) {
                errors.add(FieldError.of("participantNips", "planning.participantInactive", nip));
            }
        }
        if (s.participantNips().isEmpty()) {
            return errors;
        }
        LocalDateTime from = s.start().atTime(START);
        LocalDateTime to = s.end().atTime(END);
        List<TrainingSession> others = catalog.sessionsOf(s.participantNips(), s.start(), s.end()).stream()
                .filter(o -> o.start().isBefore(to) && o.end().isAfter(from)).toList();
        if (!others.isEmpty()) {
            Map<Long, List<Enrollment>> seats = catalog.enrollments(others.stream().map(TrainingSession::id).toList());
            for (TrainingSession o : others) {
                for (Enrollment e : seats.getOrDefault(o.id(), List.of())) {
                    if (e.status().holdsTime() && s.participantNips().contains(e.nip())) {
                        errors.add(FieldError.of("participantNips", "planning.overlap", e.nip(), o.id()));
                    }
                }
            }
        }
        return errors;
    }
}
