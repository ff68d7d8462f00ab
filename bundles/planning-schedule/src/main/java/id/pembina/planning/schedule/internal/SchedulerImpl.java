package id.pembina.planning.schedule.internal;

import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import id.pembina.evaluation.api.ParticipantJp;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.participant.api.PositionType;
import id.pembina.planning.api.Budgets;
import id.pembina.planning.api.NeedsAnalysis;
import id.pembina.planning.api.ParticipantNeeds;
import id.pembina.planning.api.PlanDraft;
import id.pembina.planning.api.PlanVersion;
import id.pembina.planning.api.PlannedSession;
import id.pembina.planning.api.Plans;
import id.pembina.planning.schedule.api.CandidateSession;
import id.pembina.planning.schedule.api.ConstraintOutcome;
import id.pembina.planning.schedule.api.DutyRoster;
import id.pembina.planning.schedule.api.JobState;
import id.pembina.planning.schedule.api.PersonNeed;
import id.pembina.planning.schedule.api.Proposal;
import id.pembina.planning.schedule.api.ProposedSession;
import id.pembina.planning.schedule.api.SavedPlan;
import id.pembina.planning.schedule.api.ScheduleJob;
import id.pembina.planning.schedule.api.ScheduleRequest;
import id.pembina.planning.schedule.api.Scheduler;
import id.pembina.planning.schedule.api.ScoreStep;
import id.pembina.planning.schedule.internal.solver.ScheduleSolution;
import id.pembina.platform.api.ConflictException;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.Languages;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.ImportRefusedException;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.Page;
import id.pembina.platform.api.ValidationException;
import id.pembina.security.api.AuditEvent;
import id.pembina.security.api.AuditTrail;
import id.pembina.security.api.Caller;

/**
 * Scheduling jobs: the problem is gathered under the caller (staff), the baseline computed at once, and the
 * solver run on one background thread (two cores: one job solves at a time, others queue). Jobs live in
 * memory until the bundle stops. The planning services are optional: without them needs come from the
 * evaluation's 20 JP figures, the budget must be given, and proposals cannot be saved as plans.
 */
@Component(immediate = true, service = Scheduler.class, configurationPid = ScheduleConfig.PID)
@Designate(ocd = ScheduleConfig.class)
public class SchedulerImpl implements Scheduler {

    private static final Logger LOG = LoggerFactory.getLogger(SchedulerImpl.class);
    private static final int YEARLY_JP = 20;

    private final ParticipantRegistry registry;
    private final DutyRoster duties;
    private final Messages messages;
    private final Access access;
    /** Made on first use, not at activation: building Timefold's model takes seconds on a busy boot. */
    private Engine engine;
    private final Map<String, JobRun> jobs = new ConcurrentHashMap<>();
    private final ExecutorService solving = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pembina-schedule-solver");
        t.setDaemon(true);
        return t;
    });
    private volatile Weights weights = Weights.DEFAULT;
    private volatile Set<String> remoteUnits = Set.of();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile EvaluationDataService evaluation;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile NeedsAnalysis needs;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Budgets budgets;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Plans plans;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile AuditTrail audit;

    @Activate
    public SchedulerImpl(@Reference ParticipantRegistry registry, @Reference DutyRoster duties,
            @Reference Messages messages, ScheduleConfig config) {
        this.registry = registry;
        this.duties = duties;
        this.messages = messages;
        this.access = new Access(registry);
        modified(config);
    }

    private synchronized Engine engine() {
        if (engine == null) {
            engine = new Engine();
        }
        return engine;
    }

    @Modified
    void modified(ScheduleConfig c) {
        weights = new Weights(c.reach20Jp(), c.largestNeeds(), c.leadersWithStaff(), c.onlineForHeavyDuty(),
                c.fewerTrips(), c.costPerMillion(), c.heavyDutyDays(), Math.max(1, c.timeLimitSeconds()));
        remoteUnits = Set.of(c.remoteUnits());
    }

    @Deactivate
    void deactivate() {
        jobs.values().forEach(j -> {
            j.stopRequested = true;
            if (j.solver != null) {
                j.solver.terminateEarly();
            }
        });
        solving.shutdownNow();
    }

    @Override
    public ScheduleJob start(ScheduleRequest request) {
        Caller c = Access.staff();
        Requests.check(request);
        if (registry.findUnit(request.unitCode()).isEmpty()) {
            throw new NotFoundException(request.unitCode());
        }
        ProblemData data = gather(request);
        Proposal greedy = worded(engine().greedy(data));
        Weights w = data.weights();
        Duration limit = Duration.ofSeconds(request.timeLimitSeconds() == null ? w.timeLimitSeconds()
                : request.timeLimitSeconds());
        JobRun run = new JobRun(UUID.randomUUID().toString(), data, c.name(), limit, greedy);
        jobs.put(run.id, run);
        solving.submit(() -> solve(run));
        record("CREATE", "schedule", run.id, "unit=" + data.unitCode() + " year=" + data.year() + " people="
                + data.people().size() + " sessions=" + data.sessions().size());
        return run.view();
    }

    private void solve(JobRun run) {
        try {
            if (run.stopRequested) {
                run.state = JobState.STOPPED;
                run.finished = Instant.now();
                return;
            }
            ScheduleSolution model = Greedy.seed(ProblemBuilder.build(run.data));
            run.solver = engine().solver(run.limit);
            run.solver.addEventListener(e -> run.progress.add(new ScoreStep(
                    Duration.between(run.solvingSince, Instant.now()).toMillis(),
                    -((HardSoftLongScore) e.getNewBestScore()).hardScore(), e.getNewBestScore().toString())));
            run.solvingSince = Instant.now();
            if (run.stopRequested) {
                run.solver.terminateEarly();
            }
            ScheduleSolution best = run.solver.solve(model);
            run.solved = worded(engine().proposal(Proposal.SOLVER, best, run.data));
            run.state = run.stopRequested ? JobState.STOPPED : JobState.DONE;
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Scheduling job {} failed", run.id, e);
            run.error = "schedule.job.failed";
            run.state = JobState.FAILED;
        } finally {
            run.finished = Instant.now();
            run.solver = null;
        }
    }

    /** The explanation in words an operator reads: Bahasa Indonesia and English. */
    private Proposal worded(Proposal p) {
        List<ConstraintOutcome> out = new ArrayList<>();
        for (ConstraintOutcome o : p.explanation()) {
            Object[] args = o.args().toArray();
            out.add(o.worded(messages.text(Languages.INDONESIAN, o.code(), args),
                    messages.text(Locale.ENGLISH, o.code(), args)));
        }
        return new Proposal(p.source(), p.sessions(), p.figures(), out);
    }

    @Override
    public List<CandidateSession> readCandidates(Reader csv) {
        DutyCsv.Parsed<CandidateSession> parsed = DutyCsv.candidates(csv);
        if (!parsed.errors().isEmpty()) {
            throw new ImportRefusedException(new ImportResult(parsed.lines(), 0, parsed.errors()));
        }
        return parsed.rows();
    }

    @Override
    public ScheduleJob job(String id) {
        Access.anyReader();
        JobRun run = id == null ? null : jobs.get(id);
        if (run == null) {
            throw new NotFoundException(String.valueOf(id));
        }
        access.reader(run.data.unitCode());
        return run.view();
    }

    @Override
    public List<ScheduleJob> jobs() {
        Caller c = Access.anyReader();
        return jobs.values().stream().filter(j -> access.mayRead(c, j.data.unitCode()))
                .sorted(Comparator.comparing((JobRun j) -> j.started).reversed()).map(JobRun::view).toList();
    }

    @Override
    public ScheduleJob stop(String id) {
        Access.staff();
        JobRun run = jobs.get(id);
        if (run == null) {
            throw new NotFoundException(String.valueOf(id));
        }
        run.stopRequested = true;
        if (run.solver != null) {
            run.solver.terminateEarly();
        }
        return run.view();
    }

    @Override
    public SavedPlan saveAsPlan(String id, String source, String name) {
        Access.staff();
        JobRun run = jobs.get(id);
        if (run == null) {
            throw new NotFoundException(String.valueOf(id));
        }
        if (!Proposal.SOLVER.equals(source) && !Proposal.GREEDY.equals(source)) {
            throw new ValidationException(FieldError.of("source", "schedule.source.unknown", String.valueOf(source)));
        }
        Proposal p = Proposal.GREEDY.equals(source) ? run.greedy : run.solved;
        if (p == null) {
            throw new ConflictException("schedule.job.solving");
        }
        Plans target = plans;
        if (target == null) {
            throw new PlanningUnavailableException();
        }
        List<PlannedSession> sessions = new ArrayList<>();
        for (ProposedSession s : p.sessions()) {
            sessions.add(new PlannedSession(s.programCode(), s.start(), s.end(), s.mode().name(), s.capacity(),
                    s.cost(), s.nips()));
        }
        String plan = name == null || name.isBlank() ? "Jadwal " + run.data.year() : name;
        PlanVersion v = target.saveDraft(new PlanDraft(run.data.year(), run.data.unitCode(), plan, source, sessions));
        record("EXPORT", "schedule", id, "source=" + source + " plan=" + v.planId() + " version=" + v.version());
        return new SavedPlan(v.planId(), v.version(), source);
    }

    private void record(String action, String entity, String id, String detail) {
        Access.record(audit, new AuditEvent(action, entity, id, detail));
    }

    /** People, needs, duties, staffing and the budget, read under the caller (staff). */
    private ProblemData gather(ScheduleRequest r) {
        List<PersonNeed> people = r.people();
        Map<String, Integer> members = new HashMap<>();
        if (people.isEmpty()) {
            List<Participant> all = registry.members(r.unitCode(), false);
            all.forEach(p -> members.merge(p.unitCode(), 1, Integer::sum));
            people = needs(r.year(), r.unitCode(), all);
        } else {
            people.forEach(p -> members.merge(p.unitCode(), 1, Integer::sum));
        }
        LocalDate first = LocalDate.of(r.year(), 1, 1);
        BigDecimal budget = r.budget();
        Budgets b = budgets;
        if (budget == null && b != null) {
            budget = b.ceiling(r.year(), r.unitCode()).orElse(null);
        }
        if (budget == null) {
            throw new ValidationException(FieldError.of("budget", "schedule.budget.missing", String.valueOf(r.year())));
        }
        Set<String> remote = new HashSet<>(remoteUnits);
        remote.addAll(r.remoteUnits());
        return new ProblemData(r.year(), r.unitCode(), r.sessions(), people,
                duties.duties(r.unitCode(), first, first.plusYears(1).minusDays(1)), duties.staffing(r.unitCode()),
                members, budget, remote, weights);
    }

    /** Needs from the needs analysis when present, else the 20 JP shortfall of the evaluation, else 20 JP. */
    private List<PersonNeed> needs(int year, String unitCode, List<Participant> all) {
        Map<String, int[]> need = new HashMap<>();
        NeedsAnalysis analysis = needs;
        EvaluationDataService eval = evaluation;
        if (analysis != null) {
            for (ParticipantNeeds n : analysis.participants(year, unitCode)) {
                need.put(n.nip(), new int[] {n.jpShortfall(), Math.max(n.gapTotal(), n.jpShortfall())});
            }
        } else if (eval != null) {
            all.forEach(p -> need.put(p.nip(), new int[] {0, 0}));
            for (int offset = 0;; offset += EvaluationDataService.MAX_PAGE) {
                Page<ParticipantJp> page = eval.belowMinimumJp(unitCode, year, offset, EvaluationDataService.MAX_PAGE);
                for (ParticipantJp jp : page.items()) {
                    int shortfall = jp.shortfall().setScale(0, RoundingMode.CEILING).intValue();
                    need.put(jp.participantId(), new int[] {shortfall, shortfall});
                }
                if (offset + EvaluationDataService.MAX_PAGE >= page.total()) {
                    break;
                }
            }
        }
        List<PersonNeed> out = new ArrayList<>();
        for (Participant p : all) {
            int[] n = need.getOrDefault(p.nip(), new int[] {YEARLY_JP, YEARLY_JP});
            boolean leader = p.positionType() == PositionType.JPT || p.positionType() == PositionType.ADMINISTRATOR
                    || p.positionType() == PositionType.PENGAWAS;
            out.add(new PersonNeed(p.nip(), p.unitCode(), p.supervisorNip(), leader, n[0], n[1]));
        }
        return out;
    }
}
