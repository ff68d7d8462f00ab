package id.pembina.planning.schedule.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import id.pembina.persistence.internal.LiquibaseSchemaMigrator;
import id.pembina.persistence.testing.AsCaller;
import id.pembina.persistence.testing.TestDatabase;
import id.pembina.planning.api.Budgets;
import id.pembina.planning.api.NeedsAnalysis;
import id.pembina.planning.api.ParticipantNeeds;
import id.pembina.planning.api.PlanDraft;
import id.pembina.planning.api.PlanVersion;
import id.pembina.planning.api.Plans;
import id.pembina.planning.schedule.api.CandidateSession;
import id.pembina.planning.schedule.api.DeliveryMode;
import id.pembina.planning.schedule.api.JobState;
import id.pembina.planning.schedule.api.PersonNeed;
import id.pembina.planning.schedule.api.Proposal;
import id.pembina.planning.schedule.api.SavedPlan;
import id.pembina.planning.schedule.api.ScheduleJob;
import id.pembina.planning.schedule.api.ScheduleRequest;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.ValidationException;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.CallerContext;

/**
 * The scheduler over hand-written fakes of the planning services (needs, budgets, plans) and of the registry:
 * people and needs are gathered, the budget comes from the request or the budgets, proposals go to the plans.
 */
public class SchedulerTest {

    private static final LocalDate MON = LocalDate.of(2027, 3, 1);

    @Rule
    public final AsCaller caller = AsCaller.operator();

    private TestDatabase db;
    private SchedulerImpl scheduler;
    private final List<PlanDraft> saved = new ArrayList<>();

    @Before
    public void setUp() throws Exception {
        db = TestDatabase.open("H2");
        DutyRosterImpl roster = new DutyRosterImpl(FakeRegistry.create(), db.dataSource(),
                new LiquibaseSchemaMigrator());
        scheduler = new SchedulerImpl(FakeRegistry.create(), roster, Messages.of(List.of()), db.dataSource(),
                new LiquibaseSchemaMigrator(), config());
    }

    @After
    public void tearDown() throws Exception {
        scheduler.deactivate();
        db.close();
    }

    /**
     * Unit K: K's and K1's participants. Needs: K's person 20 JP (gap total 5), K1's 0. One session of 24 JP,
     * 2 seats, 5 million; budget 8 million from the budgets. K's person is seated: 1 of 1 reaching, 20 JP,
     * cost 5 million; the solver's proposal is saved as a plan draft of source "solver".
     */
    @Test
    public void needsAndBudgetComeFromThePlanningServicesAndTheProposalGoesToThePlans() throws Exception {
        scheduler.needs = OnlyMethod.of(NeedsAnalysis.class, "participants",
                a -> List.of(new ParticipantNeeds(FakeRegistry.IN_K, "K", 0, 20, List.of()),
                        new ParticipantNeeds(FakeRegistry.IN_K1, "K1", 24, 0, List.of())));
        scheduler.budgets = OnlyMethod.of(Budgets.class, "ceiling", a -> (int) a[0] == 2027 && "K".equals(a[1])
                ? Optional.of(new BigDecimal("8000000")) : Optional.empty());
        scheduler.plans = OnlyMethod.of(Plans.class, "saveDraft", a -> {
            saved.add((PlanDraft) a[0]);
            return new PlanVersion(7, 1);
        });
        ScheduleJob job = scheduler.start(request(null));
        assertEquals(Proposal.GREEDY, job.greedy().source());
        ScheduleJob done = finished(job.id());
        assertEquals(JobState.DONE, done.state());
        assertEquals(1, done.solver().figures().people());
        assertEquals(1, done.solver().figures().reaching20Jp());
        assertEquals(20, done.solver().figures().jpDelivered());
        // read back from the store: money with two decimals
        assertEquals(new BigDecimal("5000000.00"), done.solver().figures().cost());
        assertEquals(new BigDecimal("8000000.00"), done.solver().figures().budget());
        assertEquals(0, done.solver().figures().hardViolations());
        assertNotNull(done.solver().explanation().get(0).text());

        SavedPlan plan = scheduler.saveAsPlan(job.id(), Proposal.SOLVER, "Rencana K");
        assertEquals(new SavedPlan(7, 1, Proposal.SOLVER), plan);
        PlanDraft draft = saved.get(0);
        assertEquals("solver", draft.source());
        assertEquals("K", draft.unitCode());
        assertEquals(List.of(FakeRegistry.IN_K), draft.sessions().get(0).participantNips());
        assertEquals(MON, draft.sessions().get(0).start());
        assertEquals(MON.plusDays(2), draft.sessions().get(0).end());
    }

    /** No budget in the request and no budgets service: refused before anything runs. */
    @Test
    public void withoutABudgetTheRequestIsRefused() {
        try {
            scheduler.start(request(null));
            fail("refused");
        } catch (ValidationException e) {
            assertEquals(List.of(FieldError.of("budget", "schedule.budget.missing", "2027")), e.errors());
        }
    }

    /** Without the planning bundle a finished proposal cannot be saved; a peserta may not start a job. */
    @Test
    public void savingNeedsThePlansAndStartingNeedsStaff() throws Exception {
        ScheduleJob job = scheduler.start(request(new BigDecimal("8000000")));
        finished(job.id());
        try {
            scheduler.saveAsPlan(job.id(), Proposal.GREEDY, null);
            fail("no plans");
        } catch (IllegalStateException e) {
            assertEquals("schedule.plan.unavailable", e.getMessage());
        }
        try (var s = CallerContext.enter(AsCaller.peserta("budi", FakeRegistry.IN_K1))) {
            scheduler.start(request(new BigDecimal("8000000")));
            fail("peserta");
        } catch (AccessDeniedException e) {
            assertEquals(Access.DENIED, e.code());
        }
        try (var s = CallerContext.enter(AsCaller.pimpinan("lurah", "B"))) {
            assertTrue(scheduler.jobs().isEmpty());
        }
        try (var s = CallerContext.enter(AsCaller.pimpinan("camat", "K"))) {
            assertEquals(1, scheduler.jobs().size());
        }
    }

    /**
     * A finished job and a job stopped by the bundle stopping (after its first better score) are read by a new
     * scheduler on the same database: the first as it was, the second INTERRUPTED with the best proposal found
     * until then (without a needs service both K's and K1's person need 20 JP: the one session of 24 JP and 2
     * seats seats both, 2 x min(24, 20) = 40 JP, 5 million). Started again,
     * the interrupted job's stored input (the one candidate, budget 8 million, 600 s) runs until stopped.
     */
    @Test
    public void jobsOutliveTheSchedulerAndAnInterruptedOneCanBeStartedAgain() throws Exception {
        ScheduleJob done = finished(scheduler.start(request(new BigDecimal("8000000"))).id());
        ScheduleJob running = scheduler.start(new ScheduleRequest(2027, "K", request(null).sessions(), List.of(),
                new BigDecimal("8000000"), 600, null));
        long end = System.nanoTime() + 60_000_000_000L;
        while (scheduler.job(running.id()).progress().isEmpty()) {
            assertTrue("a first score", System.nanoTime() < end);
            synchronized (this) {
                wait(50);
            }
        }
        scheduler.deactivate();
        scheduler = new SchedulerImpl(FakeRegistry.create(), new DutyRosterImpl(FakeRegistry.create(),
                db.dataSource(), new LiquibaseSchemaMigrator()), Messages.of(List.of()), db.dataSource(),
                new LiquibaseSchemaMigrator(), config());

        List<ScheduleJob> jobs = scheduler.jobs();
        assertEquals(List.of(running.id(), done.id()), jobs.stream().map(ScheduleJob::id).toList());
        ScheduleJob again = jobs.get(1);
        assertEquals(JobState.DONE, again.state());
        assertEquals(done.solver().figures(), again.solver().figures());
        assertEquals(done.solver().sessions(), again.solver().sessions());
        assertEquals(done.progress(), again.progress());
        ScheduleJob interrupted = jobs.get(0);
        assertEquals(JobState.INTERRUPTED, interrupted.state());
        assertEquals(40, interrupted.solver().figures().jpDelivered());
        assertEquals(new BigDecimal("5000000.00"), interrupted.solver().figures().cost());
        assertEquals(Set.of(FakeRegistry.IN_K, FakeRegistry.IN_K1), Set.copyOf(interrupted.solver().sessions().get(0).nips()));
        assertNotNull(interrupted.solver().explanation().get(0).text());

        ScheduleJob restarted = scheduler.restart(interrupted.id());
        assertEquals(new BigDecimal("8000000.00"), restarted.greedy().figures().budget());
        assertEquals(JobState.SOLVING, restarted.state()); // its stored limit: 600 s
        scheduler.stop(restarted.id());
        assertEquals(JobState.STOPPED, finished(restarted.id()).state());
        assertEquals(3, scheduler.jobs().size());
    }

    /**
     * The baseline breaks ties by the order of the people given: K1's person (NIP ...002) before K's (...001),
     * both 20 JP short, one seat. Started again from the stored input, the job replays that order and the
     * baseline seats the same person (read back by NIP the seat would go to K's person).
     */
    @Test
    public void aRestartedJobKeepsThePeopleInTheOrderGiven() throws Exception {
        List<PersonNeed> people = List.of(new PersonNeed(FakeRegistry.IN_K1, "K1", null, false, 20, 20),
                new PersonNeed(FakeRegistry.IN_K, "K", null, false, 20, 20));
        ScheduleRequest oneSeat = new ScheduleRequest(2027, "K", List.of(new CandidateSession("S1", "P1", List.of(MON),
                3, 24, 1, new BigDecimal("5000000"), DeliveryMode.ONLINE, null)), people, new BigDecimal("8000000"), 1,
                null);
        ScheduleJob first = finished(scheduler.start(oneSeat).id());
        assertEquals(List.of(FakeRegistry.IN_K1), first.greedy().sessions().get(0).nips());

        ScheduleJob again = finished(scheduler.restart(first.id()).id());
        assertEquals(List.of(FakeRegistry.IN_K1), again.greedy().sessions().get(0).nips());
        assertEquals(people, new JobStore(db.dataSource()).input(again.id()).orElseThrow().people());
    }

    private static ScheduleRequest request(BigDecimal budget) {
        return new ScheduleRequest(2027, "K", List.of(new CandidateSession("S1", "P1", List.of(MON), 3, 24, 2,
                new BigDecimal("5000000"), DeliveryMode.ONLINE, null)), List.of(), budget, 1, null);
    }

    /** Waits (bounded) until the job has finished. */
    private ScheduleJob finished(String id) throws InterruptedException {
        long end = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < end) {
            ScheduleJob j = scheduler.job(id);
            if (j.state().finished()) {
                return j;
            }
            synchronized (this) {
                wait(50);
            }
        }
        throw new AssertionError("job " + id + " did not finish");
    }

    private static ScheduleConfig config() {
        return new ScheduleConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ScheduleConfig.class;
            }

            @Override
            public long reach20Jp() {
                return 10;
            }

            @Override
            public long largestNeeds() {
                return 1;
            }

            @Override
            public long leadersWithStaff() {
                return 5;
            }

            @Override
            public long onlineForHeavyDuty() {
                return 20;
            }

            @Override
            public long fewerTrips() {
                return 20;
            }

            @Override
            public long costPerMillion() {
                return 1;
            }

            @Override
            public int heavyDutyDays() {
                return 40;
            }

            @Override
            public int timeLimitSeconds() {
                return 1;
            }

            @Override
            public boolean seatSwaps() {
                return true;
            }

            @Override
            public String[] remoteUnits() {
                return new String[0];
            }
        };
    }
}
