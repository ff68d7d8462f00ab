package id.pembina.planning.schedule.internal;

import java.io.Reader;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.persistence.api.SchemaMigrator;
import id.pembina.planning.schedule.api.DutyBlock;
import id.pembina.planning.schedule.api.DutyRoster;
import id.pembina.planning.schedule.api.StaffingRule;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ImportRefusedException;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.ValidationException;
import id.pembina.security.api.AuditEvent;
import id.pembina.security.api.AuditTrail;
import id.pembina.security.api.Caller;

/**
 * Duty blocks and minimum-staffing rules in the bundle's own tables: staff write (known participants and units
 * only, every write audited), staff and a pimpinan of the subtree read.
 */
@Component(immediate = true, service = DutyRoster.class, property = "dataSource.target=(dataSourceName=pembina)")
public class DutyRosterImpl implements DutyRoster {

    private final ParticipantRegistry registry;
    private final Access access;
    private final DutyStore store;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile AuditTrail audit;

    @Activate
    public DutyRosterImpl(@Reference ParticipantRegistry registry, @Reference(name = "dataSource") DataSource dataSource,
            @Reference(name = "migrator") SchemaMigrator migrator) {
        this.registry = registry;
        this.access = new Access(registry);
        migrator.migrate(dataSource, DutyStore.CHANGE_LOG, DutyRosterImpl.class.getClassLoader());
        this.store = new DutyStore(dataSource);
    }

    @Override
    public DutyBlock addDuty(DutyBlock block) {
        Access.staff();
        List<FieldError> errors = DutyCsv.check(block);
        if (errors.isEmpty() && registry.find(block.nip()).isEmpty()) {
            errors = List.of(FieldError.of("nip", "schedule.nip.unknown", block.nip()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        store.insertDuties(List.of(block));
        record("CREATE", "duty", block.nip(), block.kind() + " " + block.from() + ".." + block.to());
        return block;
    }

    @Override
    public List<DutyBlock> duties(String unitCode, LocalDate from, LocalDate to) {
        String unit = Access.unitOrOwn(unitCode);
        Caller c = access.reader(unit);
        List<String> nips = Access.onBehalf(c, () -> registry.members(unit, false)).stream().map(Participant::nip)
                .toList();
        return store.duties(nips, from, to);
    }

    @Override
    public StaffingRule setStaffing(StaffingRule rule) {
        Access.staff();
        List<FieldError> errors = DutyCsv.check(rule);
        if (errors.isEmpty() && registry.findUnit(rule.unitCode()).isEmpty()) {
            errors = List.of(FieldError.of("unit", "schedule.unit.unknown", rule.unitCode()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        store.putStaffing(List.of(rule));
        record("UPDATE", "staffing", rule.unitCode(), rule.weekday() + " " + rule.from() + "-" + rule.to() + " min="
                + rule.minimum());
        return rule;
    }

    @Override
    public List<StaffingRule> staffing(String unitCode) {
        String unit = Access.unitOrOwn(unitCode);
        Caller c = access.reader(unit);
        return store.staffing().stream()
                .filter(r -> Access.onBehalf(c, () -> registry.unitWithin(r.unitCode(), unit)))
                .toList();
    }

    @Override
    public ImportResult importDuties(Reader csv) {
        Access.staff();
        DutyCsv.Parsed<DutyBlock> parsed = DutyCsv.duties(csv, nip -> registry.find(nip).isPresent());
        refuseOnErrors(parsed, "duty");
        store.insertDuties(parsed.rows());
        record("IMPORT", "duty", null, "rows=" + parsed.lines() + " imported=" + parsed.rows().size() + " errors=0");
        return new ImportResult(parsed.lines(), parsed.rows().size(), List.of());
    }

    @Override
    public ImportResult importStaffing(Reader csv) {
        Access.staff();
        DutyCsv.Parsed<StaffingRule> parsed = DutyCsv.staffing(csv, unit -> registry.findUnit(unit).isPresent());
        refuseOnErrors(parsed, "staffing");
        store.putStaffing(parsed.rows());
        record("IMPORT", "staffing", null, "rows=" + parsed.lines() + " imported=" + parsed.rows().size() + " errors=0");
        return new ImportResult(parsed.lines(), parsed.rows().size(), List.of());
    }

    private void refuseOnErrors(DutyCsv.Parsed<?> parsed, String entity) {
        if (!parsed.errors().isEmpty()) {
            record("IMPORT", entity, null, "rows=" + parsed.lines() + " imported=0 errors=" + parsed.errors().size());
            throw new ImportRefusedException(new ImportResult(parsed.lines(), 0, parsed.errors()));
        }
    }

    private void record(String action, String entity, String id, String detail) {
        Access.record(audit, new AuditEvent(action, entity, id, detail));
    }
}
