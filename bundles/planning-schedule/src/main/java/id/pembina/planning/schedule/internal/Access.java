package id.pembina.planning.schedule.internal;

import java.util.Set;
import java.util.function.Supplier;

import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ValidationException;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.AuditEvent;
import id.pembina.security.api.AuditTrail;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;
import id.pembina.security.api.Role;

/**
 * Who may do what with duty data and schedules (issue 9's roles): staff (admin, operator) enter duty data and
 * run, stop and save jobs; a pimpinan reads duty data and jobs of their own unit subtree; a peserta nothing.
 */
final class Access {

    static final String DENIED = "schedule.denied";
    static final String OUTSIDE = "schedule.denied.unit";

    private final ParticipantRegistry registry;

    Access(ParticipantRegistry registry) {
        this.registry = registry;
    }

    static Caller staff() {
        Caller c = CallerContext.require();
        if (!c.isStaff()) {
            throw new AccessDeniedException(DENIED);
        }
        return c;
    }

    /**
     * The unit a read is about: the one given, else a pimpinan's own unit; staff must name one.
     *
     * @throws ValidationException when staff name none
     */
    static String unitOrOwn(String unitCode) {
        if (unitCode != null && !unitCode.isBlank()) {
            return unitCode;
        }
        Caller c = CallerContext.require();
        if (c.has(Role.PIMPINAN) && !c.isStaff() && c.unitCode() != null) {
            return c.unitCode();
        }
        if (!c.isStaff() && !c.has(Role.PIMPINAN)) {
            throw new AccessDeniedException(DENIED);
        }
        throw new ValidationException(FieldError.of("unit", "schedule.required"));
    }

    /** Staff or a pimpinan (whose lists are then filtered to their subtree). */
    static Caller anyReader() {
        Caller c = CallerContext.require();
        if (!c.isStaff() && !c.has(Role.PIMPINAN)) {
            throw new AccessDeniedException(DENIED);
        }
        return c;
    }

    /** Staff, or a pimpinan whose subtree holds the unit. */
    Caller reader(String unitCode) {
        Caller c = CallerContext.require();
        if (c.isStaff()) {
            return c;
        }
        if (!c.has(Role.PIMPINAN)) {
            throw new AccessDeniedException(DENIED);
        }
        if (!within(c, unitCode)) {
            throw new AccessDeniedException(OUTSIDE, String.valueOf(unitCode));
        }
        return c;
    }

    /** @return true when the caller may read things of that unit (no exception: for filtering lists) */
    boolean mayRead(Caller c, String unitCode) {
        return c.isStaff() || c.has(Role.PIMPINAN) && within(c, unitCode);
    }

    private boolean within(Caller c, String unitCode) {
        return unitCode != null && c.unitCode() != null
                && onBehalf(c, () -> registry.unitWithin(unitCode, c.unitCode()));
    }

    /** Records a finished write as the current caller, when the audit trail runs. */
    static void record(AuditTrail trail, AuditEvent event) {
        if (trail != null) {
            trail.record(event);
        }
    }

    /** Reads the registry with staff rights under the caller's own name, once the call is allowed. */
    static <T> T onBehalf(Caller c, Supplier<T> work) {
        if (c.isStaff()) {
            return work.get();
        }
        return CallerContext.callAs(new Caller(c.name(), Set.of(Role.OPERATOR), c.nip(), c.unitCode(), c.address()),
                work);
    }
}
