package id.pembina.planning.internal;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.Program;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.TrainingResults;
import id.pembina.participant.api.Nip;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.persistence.api.SchemaMigrator;
import id.pembina.planning.api.Acceptance;
import id.pembina.planning.api.Budget;
import id.pembina.planning.api.Budgets;
import id.pembina.planning.api.Competencies;
import id.pembina.planning.api.CompetencyLevel;
import id.pembina.planning.api.CompetencyRequirement;
import id.pembina.planning.api.LineOutcome;
import id.pembina.planning.api.NeedsAnalysis;
import id.pembina.planning.api.ParticipantNeeds;
import id.pembina.planning.api.PlanComparison;
import id.pembina.planning.api.PlanDraft;
import id.pembina.planning.api.PlanLine;
import id.pembina.planning.api.PlanProgress;
import id.pembina.planning.api.PlanSnapshot;
import id.pembina.planning.api.PlanSummary;
import id.pembina.planning.api.PlanVersion;
import id.pembina.planning.api.Plans;
import id.pembina.planning.api.ProgramCompetency;
import id.pembina.planning.api.SiasnCourse;
import id.pembina.planning.api.SiasnExport;
import id.pembina.planning.api.UnitNeeds;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.NotFoundException;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.AuditTrail;
import id.pembina.security.api.Caller;

/**
 * The planning services in one component over the {@code pl_*} tables: checks who may call ({@link Access}),
 * then hands the work to the classes that do it (needs: {@link Analyst}; budgets: {@link BudgetStore}; plans:
 * {@link PlanStore}, {@link Acceptor}, {@link PlanFigures}; SIASN: {@link Siasn}). Every write is recorded in
 * the audit trail.
 */
@Component(service = {NeedsAnalysis.class, Budgets.class, Plans.class, Competencies.class, SiasnExport.class},
        immediate = true, property = "dataSource.target=(dataSourceName=pembina)", configurationPid = SiasnConfig.PID)
@Designate(ocd = SiasnConfig.class)
public final class PlanningService implements NeedsAnalysis, Budgets, Plans, Competencies, SiasnExport {

    private final ParticipantRegistry registry;
    private final CatalogService catalog;
    private final CompetencyStore competencies;
    private final BudgetStore budgets;
    private final PlanStore plans;
    private final Analyst analyst;
    private final Acceptor acceptor;
    private final Siasn siasn;
    private final Access access;
    private final Clock clock;

    @Activate
    public PlanningService(@Reference(name = "dataSource") DataSource dataSource,
            @Reference(name = "migrator") SchemaMigrator migrator,
            @Reference(name = "registry") ParticipantRegistry registry,
            @Reference(name = "catalog") CatalogService catalog,
            @Reference(name = "evaluation") EvaluationDataService evaluation,
            @Reference(name = "trainingResults") TrainingResults results, SiasnConfig config) {
        this(dataSource, migrator, registry, catalog, evaluation, results, Clock.system(Nip.WIB));
        configure(config);
    }

    /** The SIASN export's mapping of training kinds ({@code siasn.jenisDiklat}). */
    @Modified
    void configure(SiasnConfig config) {
        siasn.kinds(SiasnKinds.parse(config.siasn_jenisDiklat()));
    }

    /**
     * For tests and embedding, optionally with an audit trail (its arity differs from the activation constructor's
     * on purpose, see evaluation).
     */
    public PlanningService(DataSource dataSource, SchemaMigrator migrator, ParticipantRegistry registry,
            CatalogService catalog, EvaluationDataService evaluation, TrainingResults results, Clock clock,
            AuditTrail... audit) {
        Db db = new Db(dataSource, migrator);
        this.registry = registry;
        this.catalog = catalog;
        this.clock = clock;
        this.competencies = new CompetencyStore(db);
        this.budgets = new BudgetStore(db);
        this.plans = new PlanStore(db);
        this.analyst = new Analyst(registry, evaluation, results, competencies, this::allProgramCompetencies);
        this.acceptor = new Acceptor(catalog, registry);
        this.siasn = new Siasn(registry, catalog, evaluation);
        this.access = new Access(registry);
        if (audit.length > 0) {
            access.audit(audit[0]);
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unsetAuditTrail")
    public void setAuditTrail(AuditTrail trail) {
        access.audit(trail);
    }

    public void unsetAuditTrail(AuditTrail trail) {
        access.audit(null);
    }

    // ---- competencies ----

    @Override
    public ImportResult importRequirements(Reader csv) {
        Access.staff();
        return imported("requirement", competencies.importRequirements(csv));
    }

    @Override
    public ImportResult importLevels(Reader csv) {
        Caller c = Access.staff();
        return imported("level", competencies.importLevels(csv,
                nips -> Access.onBehalf(c, () -> registry.findAll(nips).keySet())));
    }

    @Override
    public ImportResult importProgramCompetencies(Reader csv) {
        Access.staff();
        return imported("programCompetency", competencies.importProgramCompetencies(csv, programCodes()));
    }

    @Override
    public List<CompetencyRequirement> requirements() {
        Access.caller();
        return competencies.requirements();
    }

    @Override
    public List<CompetencyLevel> levels(String nip) {
        Caller c = access.participant(nip);
        String n = nip.replace(" ", "");
        if (Access.onBehalf(c, () -> registry.find(n)).isEmpty()) {
            throw new NotFoundException("participant " + nip);
        }
        return competencies.levels(n);
    }

    @Override
    public List<ProgramCompetency> programCompetencies() {
        Access.caller();
        return allProgramCompetencies();
    }

    /**
     * What the installed modules declare (catalog API 2.4, SPI 1.2) and what staff recorded, by programme then
     * competency; a pair both give counts as declared.
     */
    private List<ProgramCompetency> allProgramCompetencies() {
        Map<String, ProgramCompetency> pairs = new java.util.TreeMap<>();
        for (Program p : catalog.programs()) {
            for (String c : catalog.competencies(p.code())) {
                pairs.put(p.code() + "\u0000" + c, new ProgramCompetency(p.code(), c, true));
            }
        }
        for (ProgramCompetency r : competencies.programCompetencies()) {
            pairs.putIfAbsent(r.programCode() + "\u0000" + r.competency(), r);
        }
        return List.copyOf(pairs.values());
    }

    // ---- needs ----

    @Override
    public List<ParticipantNeeds> participants(int year, String unitCode) {
        Caller c = access.unit(unitCode);
        checkYear(year);
        List<ParticipantNeeds> needs = Access.onBehalf(c, () -> analyst.participants(year, unitCode));
        return c.isStaff() ? needs : needs.stream().map(Masking::masked).toList();
    }

    @Override
    public ParticipantNeeds participant(int year, String nip) {
        Caller c = access.participant(nip);
        checkYear(year);
        return Access.onBehalf(c, () -> analyst.participant(year, nip.replace(" ", "")));
    }

    @Override
    public UnitNeeds unit(int year, String unitCode) {
        Caller c = access.unit(unitCode);
        checkYear(year);
        UnitNeeds needs = Access.onBehalf(c, () -> analyst.unit(year, unitCode));
        return c.isStaff() ? needs : Masking.masked(needs);
    }

    // ---- budgets ----

    @Override
    public Optional<BigDecimal> ceiling(int year, String unitCode) {
        readBudget(unitCode);
        return budgets.budget(year, unitCode).map(Budget::total);
    }

    @Override
    public Budget set(Budget budget) {
        Caller c = Access.staff();
        Budget saved = budgets.set(budget, u -> Access.onBehalf(c, () -> registry.findUnit(u)).isPresent());
        access.record("UPDATE", "budget", saved.year() + ":" + (saved.unitCode() == null ? "" : saved.unitCode()),
                "total=" + saved.total().toPlainString());
        return saved;
    }

    @Override
    public Optional<Budget> budget(int year, String unitCode) {
        readBudget(unitCode);
        return budgets.budget(year, unitCode);
    }

    @Override
    public List<Budget> budgets(int year) {
        Caller c = Access.reader();
        return budgets.budgets(year, access.visibleUnits(c));
    }

    /** Staff read every budget; a pimpinan those of units in their subtree (not the agency's). */
    private void readBudget(String unitCode) {
        Caller c = Access.reader();
        if (!c.isStaff() && unitCode == null) {
            throw new AccessDeniedException(Access.OUTSIDE, "null");
        }
        if (unitCode != null) {
            access.unit(unitCode);
        }
    }

    // ---- plans ----

    @Override
    public PlanVersion saveDraft(PlanDraft draft) {
        Caller c = Access.staff();
        Set<String> nips = draft == null ? Set.of() : draft.sessions().stream().filter(s -> s != null)
                .flatMap(s -> s.participantNips().stream()).filter(n -> n != null).map(n -> n.replace(" ", ""))
                .collect(Collectors.toSet());
        var known = Access.onBehalf(c, () -> registry.findAll(nips));
        boolean unitKnown = draft == null || draft.unitCode() == null
                || Access.onBehalf(c, () -> registry.findUnit(draft.unitCode())).isPresent();
        Checks.draft(draft, programCodes(), unitKnown, known);
        PlanVersion v = plans.save(draft, c.name(), clock.instant());
        access.record("CREATE", "planVersion", v.planId() + ":" + v.version(), draft.name());
        return v;
    }

    @Override
    public List<PlanSummary> plans(int year) {
        Caller c = Access.reader();
        return plans.plans(year, access.visibleUnits(c));
    }

    @Override
    public PlanSnapshot version(long planId, int version) {
        readPlan(planId);
        return plans.snapshot(planId, version, programJp());
    }

    @Override
    public PlanComparison compare(long planId, int from, int to) {
        readPlan(planId);
        var jp = programJp();
        return PlanFigures.compare(plans.snapshot(planId, from, jp), plans.snapshot(planId, to, jp));
    }

    @Override
    public Acceptance accept(long planId, int version, List<Integer> lines, String venue) {
        Caller c = Access.staff();
        PlanSnapshot plan = plans.snapshot(planId, version, programJp());
        List<PlanLine> chosen = new ArrayList<>();
        Map<Integer, PlanLine> byNumber = new HashMap<>();
        plan.lines().forEach(l -> byNumber.put(l.line(), l));
        if (lines == null || lines.isEmpty()) {
            chosen.addAll(plan.lines());
        } else {
            for (Integer n : lines.stream().distinct().sorted().toList()) {
                PlanLine l = byNumber.get(n);
                if (l == null) {
                    throw new NotFoundException("plan " + planId + " version " + plan.version() + " line " + n);
                }
                chosen.add(l);
            }
        }
        String where = venue == null || venue.isBlank() ? "Ditentukan kemudian (" + plan.name() + ")" : venue.strip();
        List<LineOutcome> outcomes = new ArrayList<>();
        for (PlanLine l : chosen) {
            if (l.acceptedSession() != null) {
                outcomes.add(new LineOutcome(l.line(), l.acceptedSession(), 0, List.of()));
                continue;
            }
            boolean[] ran = {false};
            LineOutcome o = plans.acceptOnce(planId, plan.version(), l.line(), () -> {
                ran[0] = true;
                return Access.onBehalf(c, () -> acceptor.accept(l, where));
            });
            if (ran[0] && o.accepted()) { // not when another accept of the line came first
                access.record("ACCEPT", "planLine", planId + ":" + plan.version() + ":" + l.line(),
                        "session=" + o.sessionId());
            }
            outcomes.add(o);
        }
        return new Acceptance(planId, plan.version(), outcomes);
    }

    @Override
    public PlanProgress progress(long planId, int version) {
        Caller c = readPlan(planId);
        PlanSnapshot plan = plans.snapshot(planId, version, programJp());
        List<Long> ids = plan.lines().stream().map(PlanLine::acceptedSession).filter(id -> id != null).toList();
        Map<Long, TrainingSession> sessions = new HashMap<>();
        Access.onBehalf(c, () -> {
            for (Long id : ids) {
                catalog.session(id).ifPresent(s -> sessions.put(id, s));
            }
            return null;
        });
        var attendance = ids.isEmpty() ? Map.<Long, List<id.pembina.catalog.api.AttendanceSummary>>of()
                : Access.onBehalf(c, () -> catalog.attendance(ids));
        return PlanFigures.progress(plan, sessions, attendance, programJp());
    }

    /** Staff; a pimpinan when the plan's unit lies in their subtree. */
    private Caller readPlan(long planId) {
        Caller c = Access.reader();
        String unit = plans.unitOf(planId);
        if (!c.isStaff()) {
            if (unit == null) {
                throw new AccessDeniedException(Access.OUTSIDE, "null");
            }
            access.unit(unit);
        }
        return c;
    }

    // ---- SIASN ----

    @Override
    public List<SiasnCourse> courses(int year, String unitCode) {
        Caller c = Access.staff();
        checkYear(year);
        if (unitCode != null) {
            access.unit(unitCode);
        }
        List<SiasnCourse> out = Access.onBehalf(c, () -> siasn.courses(year, unitCode));
        access.record("EXPORT", "siasn", String.valueOf(year), "unit=" + unitCode + " rows=" + out.size());
        return out;
    }

    @Override
    public String csv(int year, String unitCode) {
        return Siasn.csv(courses(year, unitCode));
    }

    // ---- helpers ----

    private Set<String> programCodes() {
        return catalog.programs().stream().map(Program::code).collect(Collectors.toSet());
    }

    private java.util.function.ToIntFunction<String> programJp() {
        Map<String, Integer> jp = new HashMap<>();
        catalog.programs().forEach(p -> jp.put(p.code(), p.jp()));
        return code -> jp.getOrDefault(code, 0);
    }

    private static void checkYear(int year) {
        List<id.pembina.platform.api.FieldError> errors = new ArrayList<>();
        Checks.year(year, "year", errors);
        if (!errors.isEmpty()) {
            throw new id.pembina.platform.api.ValidationException(errors);
        }
    }

    private ImportResult imported(String entity, ImportResult r) {
        access.record("IMPORT", entity, null, "rows=" + r.rows() + " imported=" + r.imported() + " errors="
                + r.errors().size());
        return r;
    }
}
