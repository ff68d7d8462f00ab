package id.pembina.evaluation.data.internal;

import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;
import id.pembina.security.api.Role;

/**
 * Who may call the evaluation's operations added for issue 11: staff write, staff and unit leaders read. (Kept
 * apart from the access rules of the older operations, which another change adds; the two can be one class.)
 */
final class Allowed {

    private Allowed() {
    }

    /** Admin or operator. */
    static void staff() {
        if (!CallerContext.require().isStaff()) {
            throw new AccessDeniedException(AccessDeniedException.DENIED);
        }
    }

    /** Admin, operator or pimpinan. */
    static void reader() {
        Caller c = CallerContext.require();
        if (!c.isStaff() && !c.has(Role.PIMPINAN)) {
            throw new AccessDeniedException(AccessDeniedException.DENIED);
        }
    }
}
