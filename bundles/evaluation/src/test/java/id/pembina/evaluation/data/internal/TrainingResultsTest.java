package id.pembina.evaluation.data.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

import id.pembina.catalog.api.AttendanceMark;
import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.catalog.spi.BehaviourChecklist;
import id.pembina.catalog.spi.CompetencyType;
import id.pembina.catalog.spi.DeliveryMethod;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.ProgramDefinition;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.catalog.spi.TrainingModule;
import id.pembina.catalog.testkit.CatalogTestKit;
import id.pembina.evaluation.api.Evaluations;
import id.pembina.evaluation.data.api.FollowUpPhase;
import id.pembina.evaluation.data.api.FollowUpSubmission;
import id.pembina.evaluation.data.api.TestPhase;
import id.pembina.evaluation.data.api.TestSubmission;
import id.pembina.evaluation.data.api.TrainingResult;
import id.pembina.participant.api.Education;
import id.pembina.participant.api.Nip;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;
import id.pembina.participant.internal.RegistryService;
import id.pembina.persistence.internal.LiquibaseSchemaMigrator;
import id.pembina.persistence.testing.AsCaller;
import id.pembina.persistence.testing.TestDatabase;
import id.pembina.platform.api.ValidationException;
import id.pembina.security.api.CallerContext;

/**
 * Past training results per ASN, on H2 and PostgreSQL. Programme KOM (12 JP): test q1 (1 point) and q2 (2 points),
 * 3 points in all; behaviour indicators b1 and b2 rated 1..4 by the direct supervisor RUDI.
 * <pre>
 * May 2025 session: BUDI pre 0/3 = 0 %, post 3/3 = 100 %: g = (100 - 0) / (100 - 0) = 1.0, goal reached;
 *                   after-ratings 4 and 3: mean 3.5, applying.
 *                   SITI pre 1/3 = 33.33 %, post 1/3: g = 0, goal not reached; ratings 2 and 2: mean 2.0, not applying.
 *                   DEWI enrolled, absent: no JP, not a completed session, no row.
 * March 2026 session: BUDI present, no tests, no follow-up: a row without results.
 *                   DEWI pre 3/3 = 100 %, post 3/3: g undefined, goal reached (nothing left to gain).
 * </pre>
 */
@RunWith(Parameterized.class)
public class TrainingResultsTest {

    @Rule
    public final AsCaller caller = AsCaller.operator();

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {"H2"}, new Object[] {"PostgreSQL"});
    }

    @Parameter
    public String database;

    private static final Instant NOW = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, Nip.WIB).toInstant();
    private static final String RUDI = "197512012000121003";
    private static final String BUDI = "198609262015051001";
    private static final String SITI = "199003152019032002";
    private static final String DEWI = "199507072020122001";
    private static final String KOM = "KOM";

    private TestDatabase db;
    private TrainingResultsImpl results;
    private long may2025;
    private long march2026;

    record Module(String id, String name, String version, List<ProgramDefinition> programs) implements TrainingModule {
    }

    @Before
    public void setUp() throws Exception {
        db = TestDatabase.open(database);
        Clock clock = Clock.fixed(NOW, Nip.WIB);
        LiquibaseSchemaMigrator migrator = new LiquibaseSchemaMigrator();
        RegistryService registry = new RegistryService(db.dataSource(), migrator, clock);
        registry.createUnit(new OrganizationUnit("KEC", "Kantor Kecamatan", null));
        registry.createUnit(new OrganizationUnit("KEL", "Kantor Lurah", "KEC"));
        registry.create(person(RUDI, "KEC", null));
        registry.create(person(BUDI, "KEL", RUDI));
        registry.create(person(SITI, "KEL", RUDI));
        registry.create(person(DEWI, "KEL", RUDI));
        CatalogTestKit kit = new CatalogTestKit(db.dataSource(), migrator, registry, clock);
        kit.add(new Module("kom", "Komunikasi", "1.0.0", List.of(program())), 1);
        CatalogService catalog = kit.service();
        EvaluationDataServiceImpl evaluation = new EvaluationDataServiceImpl(db.dataSource(), migrator, registry,
                catalog, Evaluations.engine(), clock);
        results = new TrainingResultsImpl(db.dataSource(), registry, catalog);
        may2025 = session(catalog, LocalDateTime.of(2025, 5, 12, 8, 0), BUDI, SITI, DEWI);
        catalog.recordAttendance(may2025, List.of(new AttendanceMark(BUDI, 1, true, null, null),
                new AttendanceMark(SITI, 1, true, null, null), new AttendanceMark(DEWI, 1, false, null, null)));
        test(evaluation, may2025, BUDI, TestPhase.PRE, 1, 1);
        test(evaluation, may2025, BUDI, TestPhase.POST, 0, 0);
        test(evaluation, may2025, SITI, TestPhase.PRE, 0, 1);
        test(evaluation, may2025, SITI, TestPhase.POST, 0, 1);
        evaluation.submitFollowUp(new FollowUpSubmission(may2025, BUDI, RUDI, FollowUpPhase.AFTER, null, null,
                Map.of("b1", 4, "b2", 3)));
        evaluation.submitFollowUp(new FollowUpSubmission(may2025, SITI, RUDI, FollowUpPhase.AFTER, null, null,
                Map.of("b1", 2, "b2", 2)));
        march2026 = session(catalog, LocalDateTime.of(2026, 3, 10, 8, 0), BUDI, DEWI);
        catalog.recordAttendance(march2026, List.of(new AttendanceMark(BUDI, 1, true, null, null),
                new AttendanceMark(DEWI, 1, true, null, null)));
        test(evaluation, march2026, DEWI, TestPhase.PRE, 0, 0);
        test(evaluation, march2026, DEWI, TestPhase.POST, 0, 0);
    }

    @After
    public void tearDown() throws Exception {
        db.close();
    }

    @Test
    public void resultsOfEveryoneInOneCall() {
        List<TrainingResult> all = results.trainingResults(List.of(BUDI, SITI, DEWI, "not-a-nip"), 2025, 2026);
        assertEquals(List.of(
                new TrainingResult(BUDI, may2025, KOM, 2025, LocalDate.of(2025, 5, 12), 12, 0.0, 100.0, 1.0, true,
                        3.5, true),
                new TrainingResult(BUDI, march2026, KOM, 2026, LocalDate.of(2026, 3, 10), 12, null, null, null, null,
                        null, null),
                new TrainingResult(SITI, may2025, KOM, 2025, LocalDate.of(2025, 5, 12), 12, 100.0 / 3, 100.0 / 3,
                        0.0, false, 2.0, false),
                new TrainingResult(DEWI, march2026, KOM, 2026, LocalDate.of(2026, 3, 10), 12, 100.0, 100.0, null,
                        true, null, null)), all);
        assertEquals(List.of(true, false, false, true), all.stream().map(TrainingResult::good).toList());
    }

    @Test
    public void yearsLimitTheSessions() {
        assertEquals(List.of(march2026, march2026), results.trainingResults(List.of(BUDI, SITI, DEWI), 2026, 2026)
                .stream().map(TrainingResult::sessionId).toList());
        assertEquals(List.of(), results.trainingResults(List.of(BUDI), 2020, 2024));
        assertThrows(ValidationException.class, () -> results.trainingResults(List.of(BUDI), 2026, 2025));
        assertThrows(ValidationException.class, () -> results.trainingResults(List.of(BUDI), 1999, 2025));
    }

    /** A peserta asking for others gets only their own results. */
    @Test
    public void pesertaSeeOnlyThemselves() {
        List<TrainingResult> own = CallerContext.callAs(AsCaller.peserta("siti", SITI),
                () -> results.trainingResults(List.of(BUDI, SITI), 2025, 2026));
        assertEquals(List.of(SITI), own.stream().map(TrainingResult::nip).toList());
        // Her test result is hers; RUDI's ratings of her (2 and 2, mean 2.0) are not shown to her.
        assertEquals(new TrainingResult(SITI, may2025, KOM, 2025, LocalDate.of(2025, 5, 12), 12, 100.0 / 3,
                100.0 / 3, 0.0, false, null, null), own.get(0));
    }

    /** The head of the office sees the ratings of the staff below him. */
    @Test
    public void aPimpinanSeesTheRatingsOfHisStaff() {
        List<TrainingResult> staff = CallerContext.callAs(AsCaller.pimpinan("rudi", "KEC"),
                () -> results.trainingResults(List.of(SITI), 2025, 2025));
        assertEquals(2.0, staff.get(0).behaviourMean(), 0.0);
    }

    private static long session(CatalogService catalog, LocalDateTime start, String... nips) {
        long id = catalog.createSession(TrainingSession.of(KOM, start, start.withHour(17), "Aula", null, 30,
                List.of(), List.of(), List.of())).id();
        for (String nip : nips) {
            catalog.enroll(id, nip, EnrollmentStatus.REGISTERED, null, null);
        }
        return id;
    }

    /** q1 is keyed on option 0 and q2 on option 0: choosing 1 is wrong. */
    private static void test(EvaluationDataServiceImpl evaluation, long session, String nip, TestPhase phase, int q1,
            int q2) {
        evaluation.submitTest(session, phase, new TestSubmission(nip, "1.0", Map.of("q1", q1, "q2", q2)));
    }

    private static ProgramDefinition program() {
        return new ProgramDefinition(KOM, "Pelatihan Komunikasi", "Uraian", CompetencyType.TEKNIS,
                DeliveryMethod.PELATIHAN, 12, List.of("Peserta melayani warga dengan ramah"),
                new ReactionQuestionnaire("1.0", false, List.of(new ReactionQuestionnaire.LikertItem("r1", "Relevan"))),
                new KnowledgeTest("1.0", List.of(new KnowledgeTest.TestItem("q1", "Skala IKM", List.of("1-4", "1-5"), 0, 1),
                        new KnowledgeTest.TestItem("q2", "Unsur IKM", List.of("9", "8"), 0, 2))),
                new BehaviourChecklist("1.0", List.of(new BehaviourChecklist.BehaviourIndicator("b1", "Menyapa warga"),
                        new BehaviourChecklist.BehaviourIndicator("b2", "Tepat waktu"))),
                List.of());
    }

    private static Participant person(String nip, String unit, String supervisor) {
        return new Participant(nip, "Peserta " + nip.substring(0, 4), null, null, unit, "Pengadministrasi Umum",
                PositionType.PELAKSANA, Rank.III_A, Education.S1, supervisor, null);
    }
}
