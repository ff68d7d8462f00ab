package id.pembina.planning.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import id.pembina.participant.api.Nip;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.NotFoundException;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.AuditEvent;
import id.pembina.security.api.AuditTrail;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;
import id.pembina.security.api.Role;

/**
 * Who may do what with planning data (issue 9's roles), in one place. Staff (admin, operator) write and read
 * everything. A pimpinan reads the needs, budgets and plans of their unit's subtree (lists filtered in SQL by
 * the subtree's unit codes). A peserta reads their own needs only. Once allowed, the registry, the catalog and
 * the evaluation are read on the caller's behalf with staff rights under the caller's own name.
 */
final class Access {

    static final String DENIED = "planning.denied";
    static final String OUTSIDE = "planning.denied.unit";

    private final ParticipantRegistry registry;
    private volatile AuditTrail audit;

    Access(ParticipantRegistry registry) {
        this.registry = registry;
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

    /**
     * Staff, or a pimpinan whose subtree holds the unit; the unit must exist.
     *
     * @throws NotFoundException for an unknown unit (after the role check, so that nothing leaks)
     */
    Caller unit(String unitCode) {
        Caller c = caller();
        if (!c.isStaff() && !leads(c)) {
            throw new AccessDeniedException(DENIED);
        }
        if (unitCode == null || onBehalf(c, () -> registry.findUnit(unitCode)).isEmpty()) {
            if (c.isStaff()) {
                throw new NotFoundException("unit " + unitCode);
            }
            throw new AccessDeniedException(OUTSIDE, String.valueOf(unitCode));
        }
        if (!c.isStaff() && !onBehalf(c, () -> registry.unitWithin(unitCode, c.unitCode()))) {
            throw new AccessDeniedException(OUTSIDE, unitCode);
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

    /** Staff or a pimpinan (whose reads are then limited by {@link #visibleUnits}). */
    static Caller reader() {
        Caller c = caller();
        if (!c.isStaff() && !leads(c)) {
            throw new AccessDeniedException(DENIED);
        }
        return c;
    }

    /**
     * @return null for staff (everything), else the codes of the pimpinan's unit subtree, for SQL filters
     */
    List<String> visibleUnits(Caller c) {
        if (c.isStaff()) {
            return null;
        }
        return subtree(onBehalf(c, registry::units), c.unitCode());
    }

    /** @return the unit and every unit below it, by walking the parent links once */
    static List<String> subtree(List<OrganizationUnit> units, String root) {
        Map<String, List<String>> children = new HashMap<>();
        for (OrganizationUnit u : units) {
            if (u.parentCode() != null) {
                children.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u.code());
            }
        }
        List<String> out = new ArrayList<>();
        if (root == null) {
            return out;
        }
        out.add(root);
        for (int i = 0; i < out.size(); i++) {
            for (String child : children.getOrDefault(out.get(i), List.of())) {
                if (!out.contains(child)) {
                    out.add(child);
                }
            }
        }
        return out;
    }

    /** Runs allowed work that reads other bundles with staff rights, under the caller's own name. */
    static <T> T onBehalf(Caller c, Supplier<T> work) {
        if (c.isStaff()) {
            return work.get();
        }
        return CallerContext.callAs(new Caller(c.name(), Set.of(Role.OPERATOR), c.nip(), c.unitCode(), c.address()),
                work);
    }

    static boolean leads(Caller c) {
        return c.has(Role.PIMPINAN) && c.unitCode() != null;
    }

    private static boolean same(String nip, String other) {
        return nip != null && other != null && Nip.normalise(nip).equals(Nip.normalise(other));
    }
}
