package id.pembina.planning.schedule.internal;

import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

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
import ai.timefold.solver.core.api.solver.Solver;
import id.pembina.evaluation.api.ParticipantJp;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.participant.api.PositionType;
import id.pembina.persistence.api.SchemaMigrator;
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
 * solver run on one background thread (two cores: one job solves at a time, others queue). Every job is
 * stored ({@link JobStore}): its input at start, each better score, the best proposal every
 * {@link #CHECKPOINT} and the final one. Only solving jobs are also held in memory (for stopping them and a live
 * percentage); every other read comes from the store, so finished jobs outlive a restart and are seen by every
 * node sharing the database. A node stopping marks its solving jobs INTERRUPTED with their best proposal; a node
 * that vanished is noticed by its silence ({@link JobStore#SILENCE}: solving jobs send a sign of life every
 * {@link #HEARTBEAT}). The planning services are optional: without them needs come from the
 * evaluation's 20 JP figures, the budget must be given, and proposals cannot be saved as plans.
 */
@Component(immediate = true, service = Scheduler.class, configurationPid = ScheduleConfig.PID,
        property = "dataSource.target=(dataSourceName=pembina)")
@Designate(ocd = ScheduleConfig.class)
public class SchedulerImpl implements Scheduler {

    private static final Logger LOG = LoggerFactory.getLogger(SchedulerImpl.class);
    private static final int YEARLY_JP = 20;
    /** How often the best proposal so far is stored while solving (its score analysis costs the solver time). */
    static final Duration CHECKPOINT = Duration.ofSeconds(10);
    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final ParticipantRegistry registry;
    private final DutyRoster duties;
    private final Messages messages;
    private final Access access;
    private final JobStore store;
    /** Made on first use, not at activation: building Timefold's model takes seconds on a busy boot. */
    private Engine engine;
    /** The jobs this node is solving (or has queued). */
    private final Map<String, JobRun> jobs = new ConcurrentHashMap<>();
    private final ExecutorService solving = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pembina-schedule-solver");
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pembina-schedule-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private volatile Weights weights = Weights.DEFAULT;
    private volatile Set<String> remoteUnits = Set.of();
    private volatile boolean seatSwaps;

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
            @Reference Messages messages, @Reference(name = "dataSource") DataSource dataSource,
            @Reference(name = "migrator") SchemaMigrator migrator, ScheduleConfig config) {
        this.registry = registry;
        this.duties = duties;
        this.messages = messages;
        this.access = new Access(registry);
        migrator.migrate(dataSource, DutyStore.CHANGE_LOG, SchedulerImpl.class.getClassLoader());
        this.store = new JobStore(dataSource);
        modified(config);
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    private void beat() {
        try {
            store.seen(List.copyOf(jobs.keySet()), Instant.now());
        } catch (RuntimeException e) {
            LOG.warn("Scheduling jobs: sign of life not stored", e);
        }
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
        seatSwaps = c.seatSwaps();
    }

    /** Solving jobs end as INTERRUPTED with their best proposal stored; the wait for that is bounded. */
    @Deactivate
    void deactivate() throws InterruptedException {
        heartbeat.shutdownNow();
        jobs.values().forEach(j -> {
            j.interrupted = true;
            j.stopRequested = true;
        });
        solving.shutdown();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        do {
            jobs.values().forEach(SchedulerImpl::terminate);
        } while (!solving.awaitTermination(100, TimeUnit.MILLISECONDS) && System.nanoTime() < end);
        solving.shutdownNow();
    }

    /**
     * Asks a job's solver to stop. Timefold forgets a request made just before {@code solve} begins, so a stop
     * is repeated until the job has ended (see {@link #stop}).
     */
    private static void terminate(JobRun run) {
        Solver<ScheduleSolution> s = run.solver;
        if (s != null) {
            s.terminateEarly();
        }
    }

    private void enforceStop(JobRun run) {
        terminate(run);
        if (jobs.containsKey(run.id) && !heartbeat.isShutdown()) {
            heartbeat.schedule(() -> enforceStop(run), 100, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public ScheduleJob start(ScheduleRequest request) {
        Caller c = Access.staff();
        Requests.check(request);
        if (registry.findUnit(request.unitCode()).isEmpty()) {
            throw new NotFoundException(request.unitCode());
        }
        return begin(c, request, null);
    }

    @Override
    public ScheduleJob restart(String id) {
        Caller c = Access.staff();
        ScheduleJob earlier = job(id);
        if (!earlier.state().finished()) {
            throw new ConflictException("schedule.job.solving");
        }
        JobInput in = store.input(id).orElseThrow(() -> new NotFoundException(id));
        return begin(c, in.request(), id);
    }

    private ScheduleJob begin(Caller c, ScheduleRequest request, String restartOf) {
        ProblemData data = gather(request);
        Proposal unworded = engine().greedy(data);
        Weights w = data.weights();
        Duration limit = Duration.ofSeconds(request.timeLimitSeconds() == null ? w.timeLimitSeconds()
                : request.timeLimitSeconds());
        JobInput input = new JobInput(data.year(), data.unitCode(), request.sessions(), request.people(),
                data.budget(), (int) limit.toSeconds(), request.remoteUnits());
        JobRun run = new JobRun(UUID.randomUUID().toString(), data, input, c.name(), limit, worded(unworded));
        store.create(run.id, input, c.name(), run.started, restartOf, unworded);
        jobs.put(run.id, run);
        solving.submit(() -> solve(run));
        record("CREATE", "schedule", run.id, "unit=" + data.unitCode() + " year=" + data.year() + " people="
                + data.people().size() + " sessions=" + data.sessions().size()
                + (restartOf == null ? "" : " restartOf=" + restartOf));
        return run.view();
    }

    private void solve(JobRun run) {
        JobState end = JobState.FAILED;
        try {
            if (run.stopRequested) {
                end = run.interrupted ? JobState.INTERRUPTED : JobState.STOPPED;
                return;
            }
            ScheduleSolution model = Greedy.seed(ProblemBuilder.build(run.data));
            run.solver = engine().solver(run.limit, seatSwaps);
            run.solver.addEventListener(e -> better(run, e.getNewBestSolution()));
            run.solvingSince = Instant.now();
            run.checkpoint = run.solvingSince;
            store.solving(run.id, run.solvingSince);
            if (run.stopRequested) {
                run.solver.terminateEarly();
            }
            ScheduleSolution best = run.solver.solve(model);
            Proposal solved = engine().proposal(Proposal.SOLVER, best, run.data);
            store.proposal(run.id, solved);
            run.solved = worded(solved);
            end = run.interrupted ? JobState.INTERRUPTED : run.stopRequested ? JobState.STOPPED : JobState.DONE;
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Scheduling job {} failed", run.id, e);
            run.error = "schedule.job.failed";
            end = JobState.FAILED;
        } finally {
            Instant finished = Instant.now();
            run.solver = null;
            try {
                store.finish(run.id, end, finished, run.error);
            } catch (RuntimeException e) {
                // the row stays SOLVING and is shown as interrupted once silent: nothing claims more than it did
                LOG.error("Scheduling job {}: its end was not stored", run.id, e);
            }
            // from here on the job is read from the store
            jobs.remove(run.id);
            run.finished = finished;
            run.state = end;
        }
    }

    /** A better proposal: its score is stored at once, the proposal itself every {@link #CHECKPOINT}. */
    private void better(JobRun run, ScheduleSolution best) {
        Instant now = Instant.now();
        HardSoftLongScore score = best.getScore();
        ScoreStep step = new ScoreStep(Duration.between(run.solvingSince, now).toMillis(), -score.hardScore(),
                score.toString());
        store.step(run.id, run.progress.size(), step);
        run.progress.add(step);
        if (Duration.between(run.checkpoint, now).compareTo(CHECKPOINT) >= 0) {
            store.proposal(run.id, engine().proposal(Proposal.SOLVER, best, run.data));
            run.checkpoint = now;
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
        String unit = id == null ? null : store.unitOf(id).orElse(null);
        if (unit == null) {
            throw new NotFoundException(String.valueOf(id));
        }
        access.reader(unit);
        store.interruptSilent(Instant.now().minus(JobStore.SILENCE));
        return view(id);
    }

    @Override
    public List<ScheduleJob> jobs() {
        Caller c = Access.anyReader();
        List<ScheduleJob> out = new ArrayList<>();
        store.interruptSilent(Instant.now().minus(JobStore.SILENCE));
        store.units().forEach((id, unit) -> {
            if (access.mayRead(c, unit)) {
                out.add(view(id));
            }
        });
        return out;
    }

    /**
     * A solving job of this node as it stands, else the stored one (the callers first mark silent SOLVING jobs
     * as interrupted).
     */
    private ScheduleJob view(String id) {
        JobRun run = jobs.get(id);
        if (run != null) {
            return run.view();
        }
        ScheduleJob j = store.job(id).orElseThrow(() -> new NotFoundException(id));
        return new ScheduleJob(j.id(), j.year(), j.unitCode(), j.startedBy(), j.state(), j.percent(), j.progress(),
                j.started(), j.finished(), j.solver() == null ? null : worded(j.solver()),
                j.greedy() == null ? null : worded(j.greedy()), j.error());
    }

    @Override
    public ScheduleJob stop(String id) {
        Access.staff();
        JobRun run = jobs.get(id);
        if (run == null) {
            return job(id);
        }
        run.stopRequested = true;
        enforceStop(run);
        return run.view();
    }

    @Override
    public SavedPlan saveAsPlan(String id, String source, String name) {
        Access.staff();
        ScheduleJob run = job(id);
        if (!Proposal.SOLVER.equals(source) && !Proposal.GREEDY.equals(source)) {
            throw new ValidationException(FieldError.of("source", "schedule.source.unknown", String.valueOf(source)));
        }
        Proposal p = Proposal.GREEDY.equals(source) ? run.greedy() : run.solver();
        if (p == null || Proposal.SOLVER.equals(source) && !run.state().finished()) {
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
        String plan = name == null || name.isBlank() ? "Jadwal " + run.year() : name;
        PlanVersion v = target.saveDraft(new PlanDraft(run.year(), run.unitCode(), plan, source, sessions));
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
