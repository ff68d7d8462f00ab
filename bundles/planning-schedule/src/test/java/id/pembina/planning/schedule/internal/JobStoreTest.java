package id.pembina.planning.schedule.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

import id.pembina.persistence.internal.LiquibaseSchemaMigrator;
import id.pembina.persistence.testing.TestDatabase;
import id.pembina.planning.schedule.api.CandidateSession;
import id.pembina.planning.schedule.api.ConstraintOutcome;
import id.pembina.planning.schedule.api.DeliveryMode;
import id.pembina.planning.schedule.api.Figures;
import id.pembina.planning.schedule.api.JobState;
import id.pembina.planning.schedule.api.PersonNeed;
import id.pembina.planning.schedule.api.Proposal;
import id.pembina.planning.schedule.api.ProposedSession;
import id.pembina.planning.schedule.api.ScheduleJob;
import id.pembina.planning.schedule.api.ScoreStep;

/** Jobs round-trip through the {@code ps_job*} tables on H2 and PostgreSQL. */
@RunWith(Parameterized.class)
public class JobStoreTest {

    private static final LocalDate MON = LocalDate.of(2027, 3, 1);
    /** Whole seconds: both databases keep at least microseconds, but equality is asserted. */
    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {"H2"}, new Object[] {"PostgreSQL"});
    }

    @Parameter
    public String database;

    private TestDatabase db;
    private JobStore store;

    @Before
    public void setUp() throws Exception {
        db = TestDatabase.open(database);
        new LiquibaseSchemaMigrator().migrate(db.dataSource(), DutyStore.CHANGE_LOG, JobStoreTest.class.getClassLoader());
        store = new JobStore(db.dataSource());
    }

    @After
    public void tearDown() throws Exception {
        db.close();
    }

    private static final CandidateSession S1 = new CandidateSession("S1", "P1", List.of(MON, MON.plusDays(7)), 3, 24,
            2, new BigDecimal("5000000.00"), DeliveryMode.CLASSROOM, "K1");
    private static final PersonNeed BUDI = new PersonNeed("198001012005011001", "K1", null, false, 20, 5);
    private static final PersonNeed SITI = new PersonNeed("198002022006022002", "K1", "198001012005011001", true, 8, 8);

    private static Proposal proposal(String source, long hard, String... nips) {
        return new Proposal(source, List.of(new ProposedSession("S1", "P1", MON, MON.plusDays(2), DeliveryMode.CLASSROOM,
                2, new BigDecimal("5000000.00"), 24, List.of(nips))),
                new Figures(2, 1, 28, 28, new BigDecimal("5000000.00"), new BigDecimal("8000000.00"), hard, 0,
                        "-" + hard + "hard/-5soft"),
                List.of(new ConstraintOutcome("capacity", true, true, 0, "0hard", "schedule.explain.capacity",
                        List.of(), null, null),
                        new ConstraintOutcome("reach20Jp", false, true, 2, "+480soft", "schedule.explain.reach",
                                List.of("1", "2", ""), null, null)));
    }

    /**
     * A job with its input, the baseline, two better scores, a checkpoint of the solver's proposal replaced by
     * the final one, and its end: everything reads back as written.
     */
    @Test
    public void aJobRoundTrips() {
        JobInput in = new JobInput(2027, "K", List.of(S1), List.of(BUDI, SITI), new BigDecimal("8000000.00"), 30,
                Set.of("K1", "K2"));
        store.create("j1", in, "operator", T0, null, proposal(Proposal.GREEDY, 0, BUDI.nip()));
        store.solving("j1", T0.plusSeconds(1));
        store.step("j1", 0, new ScoreStep(10, 2, "-2hard/0soft"));
        store.step("j1", 1, new ScoreStep(900, 0, "0hard/-5soft"));
        store.proposal("j1", proposal(Proposal.SOLVER, 2, SITI.nip()));
        store.proposal("j1", proposal(Proposal.SOLVER, 0, BUDI.nip(), SITI.nip()));
        store.finish("j1", JobState.DONE, T0.plusSeconds(31), null);

        ScheduleJob j = store.job("j1").orElseThrow();
        assertEquals(new ScheduleJob("j1", 2027, "K", "operator", JobState.DONE, 100,
                List.of(new ScoreStep(10, 2, "-2hard/0soft"), new ScoreStep(900, 0, "0hard/-5soft")), T0,
                T0.plusSeconds(31), proposal(Proposal.SOLVER, 0, BUDI.nip(), SITI.nip()),
                proposal(Proposal.GREEDY, 0, BUDI.nip()), null), j);
        assertEquals(in, store.input("j1").orElseThrow());
        assertEquals("K", store.unitOf("j1").orElseThrow());
    }

    /**
     * A SOLVING job last heard of 10 minutes ago (its node vanished) is interrupted when silence from before a
     * minute ago is marked; one heard of just now is not. The interrupted job ends when it was last seen and
     * keeps the proposals it had.
     */
    @Test
    public void aSilentSolvingJobIsInterruptedWithItsLastProposal() {
        JobInput in = new JobInput(2027, "K", List.of(S1), List.of(), new BigDecimal("8000000.00"), 3600, Set.of());
        store.create("old", in, "operator", T0, null, proposal(Proposal.GREEDY, 0, BUDI.nip()));
        store.proposal("old", proposal(Proposal.SOLVER, 0, SITI.nip()));
        store.seen(List.of("old"), T0.plusSeconds(20)); // its last sign of life
        Instant now = Instant.now();
        store.create("new", in, "operator", now, "old", proposal(Proposal.GREEDY, 0, BUDI.nip()));
        store.seen(List.of("new"), now);

        assertEquals(1, store.interruptSilent(now.minus(JobStore.SILENCE)));
        ScheduleJob old = store.job("old").orElseThrow();
        assertEquals(JobState.INTERRUPTED, old.state());
        assertEquals(100, old.percent());
        assertEquals(T0.plusSeconds(20), old.finished());
        assertEquals(proposal(Proposal.SOLVER, 0, SITI.nip()), old.solver());
        assertEquals(JobState.SOLVING, store.job("new").orElseThrow().state());
        assertNull(store.job("new").orElseThrow().solver());
        assertEquals(List.of("new", "old"), List.copyOf(store.units().keySet()));
        assertEquals(List.of(), store.input("old").orElseThrow().people());
    }

    /**
     * A candidate that may start on any day of 2028 (366 dates: 366 x 10 characters + 365 separators = 4025,
     * wider than the first tables' 4000), long codes and many remote units are stored and read back as given.
     */
    @Test
    public void aWholeYearOfStartsIsStoredAndReadBack() {
        List<LocalDate> year = IntStream.range(0, 366)
                .mapToObj(i -> LocalDate.of(2028, 1, 1).plusDays(i)).toList();
        CandidateSession any = new CandidateSession("S".repeat(100), "P".repeat(40), year, 3, 24, 2,
                new BigDecimal("5000000.00"), DeliveryMode.ONLINE, "L".repeat(40));
        // 100 codes of 40 characters joined by commas: 100 x 41 - 1 = 4099 characters, over the first 2000
        Set<String> remote = IntStream.range(0, 100)
                .mapToObj(i -> String.format("R%039d", i)).collect(Collectors.toSet());
        JobInput in = new JobInput(2028, "K", List.of(any), List.of(BUDI), new BigDecimal("8000000.00"), 30, remote);
        store.create("year", in, "operator", T0, null, proposal(Proposal.GREEDY, 0, BUDI.nip()));

        JobInput back = store.input("year").orElseThrow();
        assertEquals(366, back.sessions().get(0).possibleStarts().size());
        assertEquals(LocalDate.of(2028, 12, 31), back.sessions().get(0).possibleStarts().get(365));
        assertEquals(in, back);
    }

    /** People come back in the order of the request, not by NIP: SITI (NIP 1980 02...) before BUDI (1980 01...). */
    @Test
    public void peopleComeBackInTheOrderGiven() {
        JobInput in = new JobInput(2027, "K", List.of(S1), List.of(SITI, BUDI), new BigDecimal("8000000.00"), 30,
                Set.of());
        store.create("order", in, "operator", T0, null, proposal(Proposal.GREEDY, 0, SITI.nip()));
        assertEquals(List.of(SITI, BUDI), store.input("order").orElseThrow().people());
    }

    /**
     * Jobs stored before the position column keep the order they were read in until then (by NIP), each job
     * counted on its own: the column is dropped and its change set forgotten, then the change log runs again.
     */
    @Test
    public void earlierJobsGetTheirPeopleInNipOrder() throws Exception {
        JobInput two = new JobInput(2027, "K", List.of(S1), List.of(SITI, BUDI), new BigDecimal("8000000.00"), 30,
                Set.of());
        store.create("two", two, "operator", T0, null, proposal(Proposal.GREEDY, 0, SITI.nip()));
        JobInput one = new JobInput(2027, "K", List.of(S1), List.of(SITI), new BigDecimal("8000000.00"), 30, Set.of());
        store.create("one", one, "operator", T0, null, proposal(Proposal.GREEDY, 0, SITI.nip()));
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("ALTER TABLE ps_job_person DROP COLUMN position");
            st.executeUpdate("DELETE FROM databasechangelog WHERE id = 'schedule-3-job-person-position'");
        }
        assertEquals(1, new LiquibaseSchemaMigrator().migrate(db.dataSource(), DutyStore.CHANGE_LOG,
                JobStoreTest.class.getClassLoader()));

        assertEquals(List.of(BUDI, SITI), store.input("two").orElseThrow().people());
        assertEquals(List.of(SITI), store.input("one").orElseThrow().people());
    }
}
