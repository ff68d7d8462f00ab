package id.pembina.reporting.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pembina.participant.api.Nip;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.reporting.api.ReportParameter;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.AuditEvent;
import id.pembina.security.api.AuditTrail;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;
import id.pembina.security.api.Role;

/**
 * Who may make which report (issue 9), in one place, decided by the kinds of the type's parameters so that
 * a report type another bundle adds is covered too. Staff (admin, operator) make every report. A pimpinan
 * makes reports scoped by a unit (their own when none is given; refused outside their subtree) or by a
 * participant of their subtree. A peserta makes reports scoped by their own NIP only. A report scoped by
 * neither (e.g. a programme over every unit) is staff's. For both, NIPs in the document are masked.
 */
final class Access {

    static final String DENIED = "report.denied";
    static final String OUTSIDE = "report.denied.unit";

    private volatile ParticipantRegistry registry;
    private volatile AuditTrail audit;

    void registry(ParticipantRegistry r) {
        registry = r;
    }

    void audit(AuditTrail trail) {
        audit = trail;
    }

    /** Records a made report as the current caller. */
    void record(String type, String detail) {
        AuditTrail trail = audit;
        if (trail != null) {
            trail.record(new AuditEvent("EXPORT", "report", type, detail));
        }
    }

    static Caller caller() {
        return CallerContext.require();
    }

    /**
     * Checks that the caller may make a report of a type with these parameters.
     *
     * @return the parameters to make it with: a pimpinan's own unit filled in where a unit parameter is empty
     */
    Map<String, String> check(Caller c, List<ReportParameter> declared, Map<String, String> parameters) {
        if (c.isStaff()) {
            return parameters;
        }
        boolean leads = c.has(Role.PIMPINAN) && c.unitCode() != null;
        boolean peserta = c.has(Role.PESERTA) && c.nip() != null;
        ParticipantRegistry r = registry;
        if (!leads && !peserta || r == null) {
            throw new AccessDeniedException(DENIED);
        }
        Map<String, String> out = new HashMap<>(parameters);
        boolean scoped = false;
        for (ReportParameter p : declared) {
            String value = out.get(p.name());
            boolean blank = value == null || value.isBlank();
            if (p.kind() == ReportParameter.Kind.UNIT) {
                if (!leads) {
                    throw new AccessDeniedException(DENIED);
                }
                if (blank) {
                    out.put(p.name(), c.unitCode());
                } else if (!onBehalf(c, () -> r.unitWithin(value.strip(), c.unitCode()))) {
                    throw new AccessDeniedException(OUTSIDE, value);
                }
                scoped = true;
            } else if (p.kind() == ReportParameter.Kind.NIP && !blank) {
                boolean own = peserta && Nip.normalise(value.strip()).equals(Nip.normalise(c.nip()));
                if (!own && !(leads && onBehalf(c, () -> r.participantsWithin(List.of(value.strip()), c.unitCode())))) {
                    throw new AccessDeniedException(leads ? OUTSIDE : DENIED, Nip.mask(value));
                }
                scoped = true;
            }
        }
        if (!scoped) {
            throw new AccessDeniedException(DENIED);
        }
        return out;
    }

    /**
     * Runs allowed work with staff rights under the caller's own name: a report reads the registry, the
     * catalog and the evaluation for what the check above allowed, which the caller alone may not list.
     */
    static <T> T onBehalf(Caller c, java.util.function.Supplier<T> work) {
        if (c.isStaff()) {
            return work.get();
        }
        return CallerContext.callAs(new Caller(c.name(), Set.of(Role.OPERATOR), c.nip(), c.unitCode(), c.address()),
                work);
    }
}
