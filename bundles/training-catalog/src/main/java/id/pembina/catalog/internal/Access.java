package id.pembina.catalog.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.AuditEvent;
import id.pembina.security.api.AuditTrail;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;
import id.pembina.security.api.Role;

/**
 * Who may do what in the catalog (issue 9), in one place. Programmes and their instruments are no personal
 * data: every caller reads them (the forms show them). Staff (admin, operator) run sessions, enrollment,
 * attendance and modules. A pimpinan reads the sessions their unit's subtree attends (the list filtered in
 * SQL) and those participants' enrollments and attendance; a peserta reads the sessions they hold a place
 * in and their own enrollment and attendance. Which participants a caller may see is the registry's answer
 * for that caller.
 */
final class Access {

    static final String DENIED = "catalog.denied";
    static final String OUTSIDE = "catalog.denied.unit";

    private volatile AuditTrail audit;

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

    /** @return the caller when it is staff; refused otherwise */
    static Caller staff() {
        Caller c = caller();
        if (!c.isStaff()) {
            throw new AccessDeniedException(DENIED);
        }
        return c;
    }

    /** @return the caller when it is an admin; refused otherwise */
    static Caller admin() {
        Caller c = caller();
        if (!c.has(Role.ADMIN)) {
            throw new AccessDeniedException(DENIED);
        }
        return c;
    }

    /** @return the caller when it is staff or a pimpinan; refused otherwise (lists are not a peserta's) */
    static Caller readsLists() {
        Caller c = caller();
        if (!c.isStaff() && !(c.has(Role.PIMPINAN) && c.unitCode() != null)) {
            throw new AccessDeniedException(DENIED);
        }
        return c;
    }

    /** @return the NIPs among {@code nips} the caller may see: all for staff, the registry's answer otherwise */
    static Set<String> visible(ParticipantRegistry registry, Caller c, Collection<String> nips) {
        if (c.isStaff()) {
            return Set.copyOf(nips);
        }
        if (!c.has(Role.PIMPINAN) && !c.has(Role.PESERTA)) {
            throw new AccessDeniedException(DENIED);
        }
        return registry.findAll(nips).keySet();
    }

    /** Refuses unless the caller may see every one of {@code nips}. */
    static void requireVisible(ParticipantRegistry registry, Caller c, List<String> nips) {
        // Staff see everyone: a city's 100,000 NIPs are not copied to find that out.
        if (!c.isStaff() && !visible(registry, c, nips).containsAll(nips)) {
            throw new AccessDeniedException(OUTSIDE, String.join(", ", nips));
        }
    }

    /**
     * The unit subtree a pimpinan's session list is limited to, as the registry stores it ({@code /ROOT/.../UNIT/}),
     * read from the registry's unit table (same database); null for staff.
     */
    static String subtree(Connection c, Caller caller) throws SQLException {
        if (caller.isStaff()) {
            return null;
        }
        List<String> path = Jdbc.list(c, "SELECT path FROM reg_unit WHERE code = ?", rs -> rs.getString(1),
                caller.unitCode());
        if (path.isEmpty()) {
            throw new AccessDeniedException(DENIED);
        }
        return path.get(0);
    }
}
