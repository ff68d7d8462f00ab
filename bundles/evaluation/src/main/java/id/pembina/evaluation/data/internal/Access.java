package id.pembina.evaluation.data.internal;

import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;
import id.pembina.security.api.Role;

/** Who may call the evaluation's newer operations: staff write, staff and unit leaders read. */
final class Access {

    private Access() {
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
