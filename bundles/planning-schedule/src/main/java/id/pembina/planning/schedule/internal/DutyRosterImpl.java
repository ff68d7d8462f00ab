package id.pembina.planning.schedule.internal;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.planning.schedule.api.DutyBlock;
import id.pembina.planning.schedule.api.DutyRoster;
import id.pembina.planning.schedule.api.StaffingRule;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ImportRefusedException;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.ValidationException;
import id.pembina.security.api.Caller;

/**
 * Duty blocks and minimum-staffing rules. Held in memory for now (see docs/planning-schedule.md: the
 * Liquibase-backed store is still to come), checked like any write: staff only, known participants and units.
 */
@Component(immediate = true, service = DutyRoster.class)
public class DutyRosterImpl implements DutyRoster {

    private final ParticipantRegistry registry;
    private final Access access;
    private final List<DutyBlock> duties = new CopyOnWriteArrayList<>();
    private final Map<String, StaffingRule> staffing = new ConcurrentHashMap<>();

    @Activate
    public DutyRosterImpl(@Reference ParticipantRegistry registry) {
        this.registry = registry;
        this.access = new Access(registry);
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
        duties.add(block);
        return block;
    }

    @Override
    public List<DutyBlock> duties(String unitCode, LocalDate from, LocalDate to) {
        unitCode = Access.unitOrOwn(unitCode);
        String unit = unitCode;
        Caller c = access.reader(unit);
        java.util.Set<String> members = new java.util.HashSet<>();
        Access.onBehalf(c, () -> registry.members(unit, false)).forEach(p -> members.add(p.nip()));
        return duties.stream()
                .filter(d -> members.contains(d.nip()) && !d.to().isBefore(from) && !d.from().isAfter(to))
                .sorted(Comparator.comparing(DutyBlock::nip).thenComparing(DutyBlock::from))
                .toList();
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
        String key = rule.unitCode() + "|" + rule.weekday() + "|" + rule.from() + "|" + rule.to();
        if (rule.minimum() == 0) {
            staffing.remove(key);
        } else {
            staffing.put(key, rule);
        }
        return rule;
    }

    @Override
    public List<StaffingRule> staffing(String unitCode) {
        String unit = Access.unitOrOwn(unitCode);
        Caller c = access.reader(unit);
        return staffing.values().stream()
                .filter(r -> Access.onBehalf(c, () -> registry.unitWithin(r.unitCode(), unit)))
                .sorted(Comparator.comparing(StaffingRule::unitCode).thenComparing(StaffingRule::weekday)
                        .thenComparing(StaffingRule::from))
                .toList();
    }

    @Override
    public ImportResult importDuties(Reader csv) {
        Access.staff();
        DutyCsv.Parsed<DutyBlock> parsed = DutyCsv.duties(csv, nip -> registry.find(nip).isPresent());
        refuseOnErrors(parsed);
        duties.addAll(parsed.rows());
        return new ImportResult(parsed.lines(), parsed.rows().size(), List.of());
    }

    @Override
    public ImportResult importStaffing(Reader csv) {
        Access.staff();
        DutyCsv.Parsed<StaffingRule> parsed = DutyCsv.staffing(csv, unit -> registry.findUnit(unit).isPresent());
        refuseOnErrors(parsed);
        for (StaffingRule r : parsed.rows()) {
            setStaffing(r);
        }
        return new ImportResult(parsed.lines(), parsed.rows().size(), List.of());
    }

    private static void refuseOnErrors(DutyCsv.Parsed<?> parsed) {
        if (!parsed.errors().isEmpty()) {
            throw new ImportRefusedException(new ImportResult(parsed.lines(), 0, parsed.errors()));
        }
    }

    /** Every duty block and rule, for the scheduler (the caller was checked there). */
    List<DutyBlock> allDuties() {
        return new ArrayList<>(duties);
    }

    List<StaffingRule> allStaffing() {
        return new ArrayList<>(staffing.values());
    }
}
