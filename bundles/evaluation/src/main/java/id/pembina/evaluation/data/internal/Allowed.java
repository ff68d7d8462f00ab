package id.pembina.evaluation.data.internal;

import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.Caller;

/**
 * Who may call the evaluation's operations added for issue 11, in the terms of {@link Access}: programme-wide
 * figures and every write are for staff; a unit's IKM is for staff and the pimpinan whose subtree holds it.
 */
final class Allowed {

    private Allowed() {
    }

    /** Admin or operator. */
    static Caller staff() {
        return Access.staff();
    }

    /** Staff, or a pimpinan whose subtree holds {@code unitCode}. */
    static Caller unit(ParticipantRegistry registry, String unitCode) {
        Caller c = Access.caller();
        if (c.isStaff()) {
            return c;
        }
        if (!c.has(id.pembina.security.api.Role.PIMPINAN) || c.unitCode() == null) {
            throw new AccessDeniedException(Access.DENIED);
        }
        String unit = unitCode == null ? null : unitCode.strip();
        if (unit == null || unit.isEmpty()
                || !Access.onBehalf(c, () -> registry.unitWithin(unit, c.unitCode()))) {
            throw new AccessDeniedException(Access.OUTSIDE, String.valueOf(unitCode));
        }
        return c;
    }
}
