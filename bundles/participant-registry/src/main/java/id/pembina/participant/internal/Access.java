package id.pembina.participant.internal;

import java.sql.Connection;
import java.sql.SQLException;

import id.pembina.participant.api.Participant;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.AuditEvent;
import id.pembina.security.api.AuditTrail;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;
import id.pembina.security.api.Role;

/**
 * Who may do what in the registry (issue 9), in one place: staff (admin, operator) read and change
 * everything; a pimpinan reads the participants and units of their own unit's subtree; a peserta reads
 * their own record and history; nobody without a caller does anything.
 */
final class Access {

    /** Refusal of a role. */
    static final String DENIED = "registry.denied";
    /** Refusal of a unit or participant outside a pimpinan's subtree. */
    static final String OUTSIDE = "registry.denied.unit";

    /** The audit trail when one is registered; recording is skipped otherwise (e.g. in a bare test). */
    private volatile AuditTrail audit;

    void audit(AuditTrail trail) {
        audit = trail;
    }

    /** Records a finished write or export as the current caller. */
    void record(String action, String entity, String id, String detail) {
        AuditTrail trail = audit;
        if (trail != null) {
            trail.record(new AuditEvent(action, entity, id, detail));
        }
    }

    /** @return the caller, refused when none */
    static Caller caller() {
        return CallerContext.require();
    }

    /** @return the caller when it may change registry data (staff) */
    static Caller staff() {
        Caller c = caller();
        if (!c.isStaff()) {
            throw new AccessDeniedException(DENIED);
        }
        return c;
    }

    /**
     * What the caller may read.
     *
     * @param path the subtree of a pimpinan ({@code /ROOT/.../UNIT/}); null for staff and peserta
     * @param nip  the own NIP of a peserta; null otherwise
     */
    record View(String path, String nip) {

        static final View ALL = new View(null, null);

        boolean all() {
            return path == null && nip == null;
        }

        /** @return whether a unit's path lies in the view (never for a peserta) */
        boolean covers(String unitPath) {
            return all() || path != null && unitPath != null && unitPath.startsWith(path);
        }

        /** Refuses a participant outside the view. */
        void check(Connection c, JdbcParticipantStore store, Participant p) throws SQLException {
            boolean ok = all() || (nip != null ? nip.equals(p.nip()) : covers(store.path(c, p.unitCode())));
            if (!ok) {
                throw new AccessDeniedException(OUTSIDE, p.nip());
            }
        }

        /** Refuses a unit outside a pimpinan's subtree, and every unit for a peserta. */
        void checkUnit(String code, String unitPath) {
            if (nip != null) {
                throw new AccessDeniedException(DENIED);
            }
            if (!covers(unitPath)) {
                throw new AccessDeniedException(OUTSIDE, code);
            }
        }
    }

    /** The view of {@code caller}; refuses a caller of no role the registry knows, and a pimpinan without a known unit. */
    static View view(Connection c, JdbcParticipantStore store, Caller caller) throws SQLException {
        if (caller.isStaff()) {
            return View.ALL;
        }
        if (caller.has(Role.PIMPINAN) && caller.unitCode() != null) {
            String path = store.path(c, caller.unitCode());
            if (path != null) {
                return new View(path, null);
            }
        }
        if (caller.has(Role.PESERTA) && caller.nip() != null) {
            return new View(null, id.pembina.participant.api.Nip.normalise(caller.nip()));
        }
        throw new AccessDeniedException(DENIED);
    }
}
