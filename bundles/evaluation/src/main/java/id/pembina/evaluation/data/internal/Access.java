package id.pembina.evaluation.data.internal;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import id.pembina.catalog.api.CatalogService;
import id.pembina.participant.api.Nip;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.AuditEvent;
import id.pembina.security.api.AuditTrail;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;
import id.pembina.security.api.Role;

/**
 * Who may do what with evaluation data (issue 9), in one place. Staff (admin, operator) capture and read
 * everything. A pimpinan reads the evaluations of their unit's subtree (units, the sessions their staff
 * attend, transcripts of their staff) and rates their staff's behaviour (follow-ups); a peserta gives their
 * own answers (reaction, tests; a follow-up where they are the supervisor rating) and reads their own
 * transcript. Raw answers are filtered to the participants the caller may see (the registry's answer for
 * that caller).
 * <p>
 * Once a call is allowed, the evaluation reads the registry and the catalog on the caller's behalf with
 * staff rights ({@link #onBehalf}): a unit's evaluation needs every session its members attended, a
 * reaction the session's seat list, which the caller alone may not list.
 */
final class Access {

    static final String DENIED = "evaluation.denied";
    static final String OUTSIDE = "evaluation.denied.unit";

    private final ParticipantRegistry registry;
    private final CatalogService catalog;
    private volatile AuditTrail audit;

    Access(ParticipantRegistry registry, CatalogService catalog) {
        this.registry = registry;
        this.catalog = catalog;
    }

    void audit(AuditTrail trail) {
        audit = trail;
    }

    /** Records a finished write as the current caller. */
    void record(String action, String entity, String id, String detail) {
        AuditTrail trail = audit;
        if (trail != null) {
            trail.record(new AuditEvent(action, entity, id, detail));
        }
    }

    static Caller caller() {
        return CallerContext.require();
    }

    static Caller staff() {
        Caller c = caller();
        if (!c.isStaff()) {
            throw new AccessDeniedException(DENIED);
        }
        return c;
    }

    static Caller admin() {
        Caller c = caller();
        if (!c.has(Role.ADMIN)) {
            throw new AccessDeniedException(DENIED);
        }
        return c;
    }

    /** Staff, or the peserta whose own answer it is. */
    static Caller ownAnswer(String nip) {
        Caller c = caller();
        if (c.isStaff() || c.has(Role.PESERTA) && same(c.nip(), nip)) {
            return c;
        }
        throw new AccessDeniedException(DENIED);
    }

    /** Staff; a pimpinan rating a participant of their subtree; the peserta who is the rating supervisor. */
    Caller followUp(String nip, String supervisorNip) {
        Caller c = caller();
        if (c.isStaff() || c.has(Role.PESERTA) && same(c.nip(), supervisorNip)) {
            return c;
        }
        if (leads(c) && nip != null && onBehalf(c, () -> registry.participantsWithin(List.of(nip), c.unitCode()))) {
            return c;
        }
        throw new AccessDeniedException(leads(c) ? OUTSIDE : DENIED, String.valueOf(nip));
    }

    /** Staff, or a pimpinan whose subtree holds the unit. */
    Caller unit(String unitCode) {
        Caller c = caller();
        if (c.isStaff()) {
            return c;
        }
        if (!leads(c)) {
            throw new AccessDeniedException(DENIED);
        }
        if (unitCode == null || !onBehalf(c, () -> registry.unitWithin(unitCode, c.unitCode()))) {
            throw new AccessDeniedException(OUTSIDE, String.valueOf(unitCode));
        }
        return c;
    }

    /** Staff, the peserta themself, or a pimpinan whose subtree holds the participant. */
    Caller participant(String nip) {
        Caller c = caller();
        if (c.isStaff() || c.has(Role.PESERTA) && same(c.nip(), nip)) {
            return c;
        }
        if (leads(c) && nip != null && onBehalf(c, () -> registry.participantsWithin(List.of(nip), c.unitCode()))) {
            return c;
        }
        throw new AccessDeniedException(leads(c) ? OUTSIDE : DENIED, String.valueOf(nip));
    }

    /** Staff, or a pimpinan whose staff attend the session (the catalog's rule for the caller). */
    Caller session(long sessionId) {
        Caller c = caller();
        if (c.isStaff()) {
            return c;
        }
        if (!leads(c)) {
            throw new AccessDeniedException(DENIED);
        }
        // The catalog refuses a session nobody of the caller's subtree attends.
        catalog.session(sessionId);
        return c;
    }

    /** The rows of participants the caller may see: all for staff, the registry's answer for others. */
    <T> List<T> visible(Caller c, List<T> rows, Function<T, String> nip) {
        if (c.isStaff()) {
            return rows;
        }
        if (!leads(c) && !c.has(Role.PESERTA)) {
            throw new AccessDeniedException(DENIED);
        }
        Collection<String> nips = rows.stream().map(nip).filter(Objects::nonNull).distinct().toList();
        Set<String> seen = registry.findAll(nips).keySet();
        return rows.stream().filter(r -> nip.apply(r) != null && seen.contains(nip.apply(r))).toList();
    }

    /**
     * Runs allowed work that reads the registry and the catalog with staff rights, under the caller's own
     * name and address (so that anything recorded still names them).
     */
    static <T> T onBehalf(Caller c, Supplier<T> work) {
        if (c.isStaff()) {
            return work.get();
        }
        return CallerContext.callAs(new Caller(c.name(), Set.of(Role.OPERATOR), c.nip(), c.unitCode(), c.address()),
                work);
    }

    /**
     * A transcript as roles below operator get it (issue 9: personal data in what is handed out): the NIP
     * masked ({@link Nip#mask}) and no birth date.
     */
    static id.pembina.evaluation.data.api.Transcript masked(Caller c, id.pembina.evaluation.data.api.Transcript t) {
        if (c.isStaff() || t.participant() == null) {
            return t;
        }
        id.pembina.participant.api.Participant p = t.participant();
        id.pembina.participant.api.Participant hidden = new id.pembina.participant.api.Participant(Nip.mask(p.nip()),
                p.name(), p.gender(), null, p.unitCode(), p.positionTitle(), p.positionType(), p.rank(), p.education(),
                p.supervisorNip() == null ? null : Nip.mask(p.supervisorNip()), p.active());
        return new id.pembina.evaluation.data.api.Transcript(hidden, t.year(), t.trainings(), t.jpInYear(),
                t.minimumJp(), t.jpCompliant(), t.index(), t.notIndexedReason(), t.ruleSet(), t.ruleSetValidFrom());
    }

    private static boolean leads(Caller c) {
        return c.has(Role.PIMPINAN) && c.unitCode() != null;
    }

    private static boolean same(String nip, String other) {
        return nip != null && other != null && Nip.normalise(nip).equals(Nip.normalise(other));
    }
}
