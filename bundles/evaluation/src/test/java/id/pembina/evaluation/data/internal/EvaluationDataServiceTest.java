package id.pembina.evaluation.data.internal;

import org.junit.Rule;
import id.pembina.persistence.testing.AsCaller;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.pembina.evaluation.api.ParticipantJp;
import id.pembina.evaluation.data.api.UnitEvaluationSummary;
import id.pembina.platform.api.Page;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.function.ThrowingRunnable;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

import id.pembina.catalog.spi.IndexTrainingType;
import id.pembina.catalog.api.AttendanceMark;
import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.CostCategory;
import id.pembina.catalog.api.CostLine;
import id.pembina.catalog.api.DeliveryMode;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.catalog.api.SessionRole;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.catalog.testkit.CatalogTestKit;
import id.pembina.catalog.spi.BehaviourChecklist;
import id.pembina.catalog.spi.CompetencyType;
import id.pembina.catalog.spi.DeliveryMethod;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.ProgramDefinition;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.catalog.spi.ResultsIndicator;
import id.pembina.catalog.spi.TrainingModule;
import id.pembina.evaluation.api.Category;
import id.pembina.evaluation.api.DifferenceInDifferences;
import id.pembina.evaluation.api.DisciplineSanction;
import id.pembina.evaluation.api.Evaluations;
import id.pembina.evaluation.api.GainBand;
import id.pembina.evaluation.api.IndicatorBehaviour;
import id.pembina.evaluation.api.ItemReaction;
import id.pembina.evaluation.api.PerformanceRating;
import id.pembina.evaluation.api.ProfessionalismIndex;
import id.pembina.evaluation.api.RuleSet;
import id.pembina.evaluation.api.RuleSets;
import id.pembina.evaluation.api.TrainingSource;
import id.pembina.evaluation.api.TrainingType;
import id.pembina.evaluation.api.UndefinedReason;
import id.pembina.evaluation.api.UnitInvolvement;
import id.pembina.evaluation.data.api.ExternalTraining;
import id.pembina.evaluation.data.api.FollowUp;
import id.pembina.evaluation.data.api.FollowUpPhase;
import id.pembina.evaluation.data.api.FollowUpSubmission;
import id.pembina.evaluation.data.api.IndicatorEntry;
import id.pembina.evaluation.data.api.IndicatorPhase;
import id.pembina.evaluation.data.api.LevelResults;
import id.pembina.evaluation.data.api.ReactionComment;
import id.pembina.evaluation.data.api.ReactionResponse;
import id.pembina.evaluation.data.api.ReactionSubmission;
import id.pembina.evaluation.data.api.SessionEvaluation;
import id.pembina.evaluation.data.api.TestAnswers;
import id.pembina.evaluation.data.api.TestPhase;
import id.pembina.evaluation.data.api.TestSubmission;
import id.pembina.evaluation.data.api.Transcript;
import id.pembina.evaluation.data.api.UnitEvaluation;
import id.pembina.evaluation.data.api.UnitYearIndex;
import id.pembina.evaluation.data.api.YearFacts;
import id.pembina.platform.api.ConflictException;
import id.pembina.participant.api.Education;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.ImportResult.RowError;
import id.pembina.participant.api.Nip;
import id.pembina.platform.api.NotFoundException;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;
import id.pembina.platform.api.ValidationException;
import id.pembina.participant.internal.RegistryService;
import id.pembina.persistence.internal.LiquibaseSchemaMigrator;
import id.pembina.persistence.testing.TestDatabase;

/** The evaluation data service with the real registry and catalog, on H2 and on PostgreSQL. */
@RunWith(Parameterized.class)
public class EvaluationDataServiceTest {

    /** The services refuse work without a caller: these tests work as training staff. */
    @Rule
    public final AsCaller caller = AsCaller.operator();

    /** The evaluation's texts with the platform's generic ones, as the edges render them. */
    private static final id.pembina.platform.api.Messages TEXTS = id.pembina.platform.api.Messages
            .of(List.of(new id.pembina.platform.api.BundleMessages("id.pembina.evaluation.data.internal.messages",
                    EvaluationDataServiceTest.class.getClassLoader()), id.pembina.platform.api.BundleMessages.PLATFORM));


    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {"H2"}, new Object[] {"PostgreSQL"});
    }

    @Parameter
    public String database;

    private static final Instant NOW = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, Nip.WIB).toInstant();
    private static final double EPS = 1e-9;

    private static final String KEC = "KEC-MEDAN-MARELAN";
    private static final String KEL_LD = "KEL-LABUHAN-DELI";
    private static final String KEL_RP = "KEL-RENGAS-PULAU";

    private static final String RUDI = "197512012000121003"; // camat's staff head, supervisor of Budi and Siti
    private static final String BUDI = "198609262015051001";
    private static final String SITI = "199003152019032002";
    private static final String DEWI = "199507072020122001";
    private static final String EKO = "198801012010011002";  // registered, not enrolled
    private static final String ANI = "199202022018012001";  // enrolled, then cancelled

    private static final String PELAYANAN = "KOM-PELAYANAN";
    private static final String ANONIM = "KOM-ANONIM";

    private TestDatabase db;
    private RegistryService registry;
    private CatalogTestKit catalogAccess;
    private CatalogService catalog;
    private EvaluationDataServiceImpl service;
    private long session;
    private long anonSession;

    // ---- fixtures ----

    record Module(String id, String name, String version, List<ProgramDefinition> programs)
            implements TrainingModule {
    }

    /** Test version 1.0 keys q1 on option 0; 1.1 keys it on option 1. */
    private static KnowledgeTest test(String version) {
        int q1Key = version.equals("1.0") ? 0 : 1;
        return new KnowledgeTest(version, List.of(
                new KnowledgeTest.TestItem("q1", "Apa kepanjangan IKM?", List.of("Indeks Kepuasan Masyarakat",
                        "Indeks Kinerja Mandiri", "Ikatan Karyawan Muda"), q1Key, 1),
                new KnowledgeTest.TestItem("q2", "Skala penilaian unsur IKM adalah", List.of("1-4", "1-5"), 0, 2)));
    }

    private static ProgramDefinition program(String code, boolean anonymous, String testVersion) {
        return program(code, anonymous, testVersion, "1.0", "Materi relevan dengan tugas saya");
    }

    /** The reaction questionnaire's version and the wording of its item r1 vary; r2 stays. */
    private static ProgramDefinition program(String code, boolean anonymous, String testVersion,
            String reactionVersion, String r1Wording) {
        return program(code, anonymous, testVersion, reactionVersion, r1Wording, "1.0", "Menyapa warga yang datang");
    }

    /** As above, with the behaviour checklist's version and the wording of its indicator b1 varying too. */
    private static ProgramDefinition program(String code, boolean anonymous, String testVersion,
            String reactionVersion, String r1Wording, String checklistVersion, String b1Wording) {
        return new ProgramDefinition(code, "Pelatihan " + code, "Uraian " + code, CompetencyType.TEKNIS,
                DeliveryMethod.PELATIHAN, 12, List.of("Peserta mampu melayani warga dengan ramah"),
                new ReactionQuestionnaire(reactionVersion, anonymous, List.of(
                        new ReactionQuestionnaire.LikertItem("r1", r1Wording),
                        new ReactionQuestionnaire.LikertItem("r2", "Fasilitator menguasai materi"))),
                test(testVersion),
                new BehaviourChecklist(checklistVersion, List.of(
                        new BehaviourChecklist.BehaviourIndicator("b1", b1Wording),
                        new BehaviourChecklist.BehaviourIndicator("b2", "Menyelesaikan layanan tepat waktu"))),
                List.of(new ResultsIndicator("complaints-per-month", "Pengaduan per bulan", "pengaduan/bulan",
                        ResultsIndicator.Direction.LOWER_IS_BETTER)));
    }

    private static Module module(String version, String testVersion) {
        return new Module("komunikasi-efektif", "Komunikasi Efektif", version,
                List.of(program(PELAYANAN, false, testVersion), program(ANONIM, true, testVersion)));
    }

    private static Participant person(String nip, String unit, PositionType type, String supervisor) {
        return new Participant(nip, "Peserta " + nip.substring(0, 4), null, null, unit, "Pengadministrasi Umum", type,
                Rank.III_A, Education.S1, supervisor, null);
    }

    @Before
    public void setUp() throws Exception {
        db = TestDatabase.open(database);
        Clock clock = Clock.fixed(NOW, Nip.WIB);
        LiquibaseSchemaMigrator migrator = new LiquibaseSchemaMigrator();
        registry = new RegistryService(db.dataSource(), migrator, clock);
        registry.createUnit(new OrganizationUnit(KEC, "Kantor Kecamatan Medan Marelan", null));
        registry.createUnit(new OrganizationUnit(KEL_LD, "Kantor Lurah Labuhan Deli", KEC));
        registry.createUnit(new OrganizationUnit(KEL_RP, "Kantor Lurah Rengas Pulau", KEC));
        registry.create(person(RUDI, KEC, PositionType.ADMINISTRATOR, null));
        registry.create(person(BUDI, KEL_LD, PositionType.PELAKSANA, RUDI));
        registry.create(person(SITI, KEL_LD, PositionType.PELAKSANA, RUDI));
        registry.create(person(DEWI, KEL_LD, PositionType.PELAKSANA, null));
        registry.create(person(EKO, KEL_RP, PositionType.PELAKSANA, null));
        registry.create(person(ANI, KEL_RP, PositionType.PELAKSANA, null));
        catalogAccess = new CatalogTestKit(db.dataSource(), migrator, registry, clock);
        catalogAccess.add(module("1.0.0", "1.0"), 1);
        catalog = catalogAccess.service();
        service = new EvaluationDataServiceImpl(db.dataSource(), migrator, registry, catalog, Evaluations.engine(),
                clock);
        session = catalog.createSession(TrainingSession.of(PELAYANAN, LocalDateTime.of(2026, 3, 10, 8, 0),
                LocalDateTime.of(2026, 3, 10, 17, 0), "Aula Kantor Camat Medan Marelan", null, 30,
                List.of("Drs. Ahmad Siregar"), List.of(
                        new CostLine(CostCategory.HONORARIA, "Honor narasumber", new BigDecimal("3000000")),
                        new CostLine(CostCategory.CONSUMPTION, "Konsumsi", new BigDecimal("1000000"))), List.of()))
                .id();
        anonSession = catalog.createSession(TrainingSession.of(ANONIM, LocalDateTime.of(2026, 4, 14, 8, 0),
                LocalDateTime.of(2026, 4, 14, 17, 0), "Aula Kantor Camat Medan Marelan", null, 30, List.of(),
                List.of(), List.of())).id();
        for (String nip : List.of(BUDI, SITI, DEWI, ANI)) {
            catalog.enroll(session, nip, EnrollmentStatus.REGISTERED, null, null);
        }
        catalog.enroll(session, ANI, EnrollmentStatus.CANCELLED, null, null);
        catalog.enroll(anonSession, BUDI, EnrollmentStatus.REGISTERED, null, null);
        // Budi, Siti and Dewi were there (reaction and post-test need attendance); Ani cancelled.
        catalog.recordAttendance(session, List.of(new AttendanceMark(BUDI, 1, true, null, null),
                new AttendanceMark(SITI, 1, true, null, null), new AttendanceMark(DEWI, 1, true, null, null)));
        catalog.recordAttendance(anonSession, List.of(new AttendanceMark(BUDI, 1, true, null, null)));
    }

    @After
    public void tearDown() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    // ---- helpers ----

    private static Map<String, Integer> map(Object... keyValues) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], (Integer) keyValues[i + 1]);
        }
        return m;
    }

    private static List<FieldError> refused(ThrowingRunnable r) {
        return assertThrows(ValidationException.class, r).errors();
    }

    private static void assertError(List<FieldError> errors, String field, String code) {
        assertTrue(field + " " + code + " in " + errors,
                errors.stream().anyMatch(e -> e.field().equals(field) && e.code().equals(code)));
    }

    private ReactionResponse react(long s, String nip, int r1, int r2) {
        return service.submitReaction(s, new ReactionSubmission(nip, null, map("r1", r1, "r2", r2), null));
    }

    private TestAnswers test(String nip, TestPhase phase, Integer q1, Integer q2) {
        return service.submitTest(session, phase, new TestSubmission(nip, "1.0", map("q1", q1, "q2", q2)));
    }

    private FollowUp followUp(String nip, FollowUpPhase phase, int b1, int b2) {
        return service.submitFollowUp(new FollowUpSubmission(session, nip, RUDI, phase, null, null,
                map("b1", b1, "b2", b2)));
    }

    private long count(String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---- reaction ----

    @Test
    public void reactionIsStoredWithTheNipWhenNotAnonymous() {
        ReactionResponse r = service.submitReaction(session, new ReactionSubmission("19860926 201505 1 001", null,
                map("r1", 4, "r2", 5), "  Materi bagus  "));
        assertEquals(BUDI, r.nip());
        assertEquals("1.0", r.version());
        assertEquals("Materi bagus", r.comment());
        assertEquals(List.of(r), service.reactionResponses(session));
    }

    @Test
    public void reactionRefusesEveryBadItemAndStoresNothing() throws Exception {
        List<FieldError> errors = refused(() -> service.submitReaction(session,
                new ReactionSubmission(BUDI, null, map("r1", 6, "r9", 3), "x")));
        assertEquals(3, errors.size());
        assertError(errors, "values.r1", "evaluation.valueRange");
        assertError(errors, "values.r9", "evaluation.itemUnknown");
        assertError(errors, "values.r2", "evaluation.itemMissing");
        assertError(refused(() -> react(session, BUDI, 0, 3)), "values.r1", "evaluation.valueRange");
        assertEquals(0, count("SELECT COUNT(*) FROM ev_reaction_response"));
        assertEquals(0, count("SELECT COUNT(*) FROM ev_reaction_value"));
        assertEquals("Nilai 6 di luar rentang 1 sampai 5",
                TEXTS.text(Locale.forLanguageTag("id"), errors.get(0)));
        assertEquals("The value 6 is outside 1 to 5", TEXTS.text(Locale.ENGLISH, errors.get(0)));
    }

    @Test
    public void onlySeatHoldersMayAnswer() {
        assertError(refused(() -> react(session, EKO, 4, 4)), "nip", "evaluation.notEnrolled");
        assertError(refused(() -> react(session, ANI, 4, 4)), "nip", "evaluation.notEnrolled");
        assertError(refused(() -> react(session, null, 4, 4)), "nip", "evaluation.required");
        assertThrows(NotFoundException.class, () -> react(9999, BUDI, 4, 4));
        assertError(refused(() -> service.submitReaction(session, new ReactionSubmission(BUDI, "9.9",
                map("r1", 4, "r2", 4), null))), "version", "evaluation.versionUnknown");
        assertTrue(service.reactionResponses(session).isEmpty());
    }

    @Test
    public void identicalReactionRepeatIsIdempotentAndADifferentOneIsADuplicate() throws Exception {
        ReactionResponse first = react(session, BUDI, 4, 5);
        assertEquals(first, react(session, BUDI, 4, 5));
        assertThrows(ConflictException.class, () -> react(session, BUDI, 4, 4));
        assertEquals(1, count("SELECT COUNT(*) FROM ev_reaction_response"));
    }

    @Test
    public void anonymousReactionStoresNoNip() throws Exception {
        ReactionResponse r = react(anonSession, BUDI, 5, 4);
        assertNull(r.nip());
        assertTrue(r.anonymous());
        assertNull(service.reactionResponses(anonSession).get(0).nip());
        assertEquals(0, count("SELECT COUNT(*) FROM ev_reaction_response WHERE nip IS NOT NULL"));
        assertEquals(1, count("SELECT COUNT(*) FROM ev_reaction_receipt"));
        // identical repeat: the same stored response; a different one: refused
        assertEquals(r.responseId(), react(anonSession, BUDI, 5, 4).responseId());
        assertThrows(ConflictException.class, () -> react(anonSession, BUDI, 1, 1));
        assertEquals(1, count("SELECT COUNT(*) FROM ev_reaction_response"));
        assertError(refused(() -> react(anonSession, SITI, 5, 4)), "nip", "evaluation.notEnrolled");
    }

    // ---- tests ----

    @Test
    public void testAnswersAreScoredWithTheVersionOfTheirSession() {
        catalogAccess.add(module("1.1.0", "1.1"), 2);
        catalogAccess.remove(module("1.0.0", "1.0"), 1);
        assertEquals("1.1", catalog.program(PELAYANAN).orElseThrow().knowledgeTest().version());
        // The session was scheduled under 1.0 and keeps it after the upgrade. q1 = 0 is right under 1.0
        // (1 point), wrong under 1.1; q2 = 0 is right under both (2 points).
        TestAnswers pre = test(BUDI, TestPhase.PRE, 0, 0);
        assertEquals("1.0", pre.version());
        assertEquals(3, pre.score());
        assertEquals(3, pre.maxPoints());
        TestAnswers post = service.submitTest(session, TestPhase.POST, new TestSubmission(BUDI, null,
                map("q1", 0, "q2", 0)));
        assertEquals("1.0", post.version());
        assertEquals(3, post.score());
        assertEquals(List.of(FieldError.of("version", "evaluation.versionNotCurrent", "1.1", session, "1.0")),
                refused(() -> service.submitTest(session, TestPhase.POST, new TestSubmission(SITI, "1.1",
                        map("q1", 1, "q2", 0)))));
        // A session scheduled after the upgrade answers 1.1: q1 = 0 wrong (0) + q2 = 0 right (2) = 2.
        long later = catalog.createSession(TrainingSession.of(PELAYANAN, LocalDateTime.of(2026, 5, 5, 8, 0),
                LocalDateTime.of(2026, 5, 5, 17, 0), "Aula Kantor Camat Medan Marelan", null, 30, List.of(),
                List.of(), List.of())).id();
        catalog.enroll(later, DEWI, EnrollmentStatus.REGISTERED, null, null);
        catalog.recordAttendance(later, List.of(new AttendanceMark(DEWI, 1, true, null, null)));
        TestAnswers newer = service.submitTest(later, TestPhase.POST, new TestSubmission(DEWI, null,
                map("q1", 0, "q2", 0)));
        assertEquals("1.1", newer.version());
        assertEquals(2, newer.score());
        assertEquals(List.of(FieldError.of("version", "evaluation.versionNotCurrent", "1.0", later, "1.1")),
                refused(() -> service.submitTest(later, TestPhase.PRE, new TestSubmission(DEWI, "1.0",
                        map("q1", 0, "q2", 0)))));
        assertEquals(List.of(pre.score(), post.score()),
                service.testAnswers(session).stream().map(TestAnswers::score).toList());
    }

    @Test
    public void answersNeedAStartedSessionAndAttendance() {
        // Starts 2026-12-01 08:00 WIB; the clock says 2026-11-27 10:00 WIB.
        long future = catalog.createSession(TrainingSession.of(PELAYANAN, LocalDateTime.of(2026, 12, 1, 8, 0),
                LocalDateTime.of(2026, 12, 1, 17, 0), "Aula Kantor Camat Medan Marelan", null, 30, List.of(),
                List.of(), List.of())).id();
        catalog.enroll(future, EKO, EnrollmentStatus.REGISTERED, null, null);
        assertEquals(List.of(FieldError.of("sessionId", "evaluation.notStarted", future, "2026-12-01T08:00"),
                FieldError.of("nip", "evaluation.notAttended", EKO, future)), refused(() -> react(future, EKO, 4, 4)));
        assertEquals(List.of(FieldError.of("sessionId", "evaluation.notStarted", future, "2026-12-01T08:00")),
                refused(() -> service.submitTest(future, TestPhase.PRE, new TestSubmission(EKO, null,
                        map("q1", 0, "q2", 0)))));
        // A seat holder (REGISTERED) of a past session without any presence recorded: the pre-test yes,
        // reaction and post-test no. Marked absent at its only meeting, Eko would hold no seat at all (NO_SHOW).
        catalog.enroll(session, EKO, EnrollmentStatus.REGISTERED, null, null);
        assertEquals(List.of(FieldError.of("nip", "evaluation.notAttended", EKO, session)),
                refused(() -> react(session, EKO, 4, 4)));
        assertEquals(List.of(FieldError.of("nip", "evaluation.notAttended", EKO, session)),
                refused(() -> test(EKO, TestPhase.POST, 0, 0)));
        assertEquals(3, test(EKO, TestPhase.PRE, 0, 0).score());
        assertEquals("Peserta " + EKO + " tidak hadir pada sesi " + session + " (tidak ada kehadiran tercatat): "
                + "hanya peserta yang hadir mengisi kuesioner reaksi dan post-test",
                TEXTS.text(Locale.forLanguageTag("id"), FieldError.of("nip", "evaluation.notAttended", EKO, session)));
    }

    @Test
    public void reactionCommentsAreShownWithoutTheirWriters() {
        service.submitReaction(session, new ReactionSubmission(BUDI, null, map("r1", 4, "r2", 4), "Ruangan panas"));
        service.submitReaction(session, new ReactionSubmission(SITI, null, map("r1", 5, "r2", 4), "  "));
        service.submitReaction(session, new ReactionSubmission(DEWI, null, map("r1", 3, "r2", 4),
                " AC perlu diperbaiki "));
        // Blank comments are left out; the rest stripped and ordered by session then text, not by writer or time.
        assertEquals(List.of(new ReactionComment(session, "AC perlu diperbaiki"),
                new ReactionComment(session, "Ruangan panas")), service.evaluateSession(session).levels().comments());
    }

    @Test
    public void reactionItemsKeepTheWordingOfTheVersionEachAnswerWasGivenTo() {
        react(session, BUDI, 3, 4); // under questionnaire 1.0
        // The module upgrade rewords r1 in questionnaire 1.1.
        catalogAccess.add(new Module("komunikasi-efektif", "Komunikasi Efektif", "1.2.0", List.of(
                program(PELAYANAN, false, "1.0", "1.1", "Materi sesuai dengan tugas saya sehari-hari"),
                program(ANONIM, true, "1.0"))), 2);
        catalogAccess.remove(module("1.0.0", "1.0"), 1);
        // Only 1.0 answers: the old wording, under the plain ids.
        List<ItemReaction> before = service.evaluateSession(session).levels().reaction().items();
        assertEquals(List.of("r1", "r2"), before.stream().map(i -> i.item().code()).toList());
        assertEquals("Materi relevan dengan tugas saya", before.get(0).item().wording());
        // Siti answers 1.1 in a session scheduled after the upgrade; over the programme, each version's items
        // separately, each with its own answers.
        long later = catalog.createSession(TrainingSession.of(PELAYANAN, LocalDateTime.of(2026, 5, 5, 8, 0),
                LocalDateTime.of(2026, 5, 5, 17, 0), "Aula Kantor Camat Medan Marelan", null, 30, List.of(),
                List.of(), List.of())).id();
        catalog.enroll(later, SITI, EnrollmentStatus.REGISTERED, null, null);
        catalog.recordAttendance(later, List.of(new AttendanceMark(SITI, 1, true, null, null)));
        react(later, SITI, 5, 5);
        List<ItemReaction> mixed = service.evaluateProgram(PELAYANAN, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)).levels().reaction().items();
        assertEquals(List.of("r1@1.0", "r2@1.0", "r1@1.1", "r2@1.1"),
                mixed.stream().map(i -> i.item().code()).toList());
        assertEquals("Materi relevan dengan tugas saya", mixed.get(0).item().wording());
        assertEquals("Materi sesuai dengan tugas saya sehari-hari", mixed.get(2).item().wording());
        // r1@1.0: Budi's 3 (n 1, mean 3); r1@1.1: Siti's 5 (n 1, mean 5)
        assertEquals(1, mixed.get(0).statistics().n());
        assertEquals(3.0, mixed.get(0).statistics().mean(), EPS);
        assertEquals(1, mixed.get(2).statistics().n());
        assertEquals(5.0, mixed.get(2).statistics().mean(), EPS);
    }

    @Test
    public void behaviourIndicatorsKeepTheWordingOfTheChecklistVersionEachRatingWasGivenTo() {
        // Budi's follow-ups under checklist 1.0: baseline b1 = 1, b2 = 2; after b1 = 4, b2 = 3.
        service.submitFollowUp(new FollowUpSubmission(session, BUDI, RUDI, FollowUpPhase.BASELINE, null, null,
                map("b1", 1, "b2", 2)));
        service.submitFollowUp(new FollowUpSubmission(session, BUDI, RUDI, FollowUpPhase.AFTER, 8, null,
                map("b1", 4, "b2", 3)));
        // The module upgrade rewords b1 in checklist 1.1 (same ids); Siti's follow-ups in a later session are given
        // to 1.1: baseline b1 = 2, b2 = 2; after b1 = 3, b2 = 4.
        catalogAccess.add(new Module("komunikasi-efektif", "Komunikasi Efektif", "1.2.0", List.of(
                program(PELAYANAN, false, "1.0", "1.0", "Materi relevan dengan tugas saya", "1.1",
                        "Menyapa dan menanyakan keperluan warga"),
                program(ANONIM, true, "1.0"))), 2);
        catalogAccess.remove(module("1.0.0", "1.0"), 1);
        long later = catalog.createSession(TrainingSession.of(PELAYANAN, LocalDateTime.of(2026, 5, 5, 8, 0),
                LocalDateTime.of(2026, 5, 5, 17, 0), "Aula Kantor Camat Medan Marelan", null, 30, List.of(),
                List.of(), List.of())).id();
        catalog.enroll(later, SITI, EnrollmentStatus.REGISTERED, null, null);
        catalog.recordAttendance(later, List.of(new AttendanceMark(SITI, 1, true, null, null)));
        service.submitFollowUp(new FollowUpSubmission(later, SITI, RUDI, FollowUpPhase.BASELINE, null, null,
                map("b1", 2, "b2", 2)));
        service.submitFollowUp(new FollowUpSubmission(later, SITI, RUDI, FollowUpPhase.AFTER, 8, null,
                map("b1", 3, "b2", 4)));
        // Over the programme Budi's after-rating and Siti's baseline come one after the other and rate the same ids,
        // but each version's indicators are shown apart, each with its own ratings.
        var indicators = service.evaluateProgram(PELAYANAN, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
                .levels().behaviour().indicators();
        assertEquals(List.of("b1@1.0", "b2@1.0", "b1@1.1", "b2@1.1"),
                indicators.stream().map(i -> i.indicator().code()).toList());
        assertEquals("Menyapa warga yang datang", indicators.get(0).indicator().wording());
        assertEquals("Menyapa dan menanyakan keperluan warga", indicators.get(2).indicator().wording());
        // Each indicator: one baseline and one after-rating, of one participant.
        for (var i : indicators) {
            assertEquals(i.indicator().code(), List.of(1, 1), List.of(i.nBefore(), i.nAfter()));
        }
        // b1@1.0: Budi 1 -> 4; b2@1.0: 2 -> 3; b1@1.1: Siti 2 -> 3; b2@1.1: 2 -> 4.
        assertEquals(List.of(1.0, 4.0, 2.0, 3.0, 2.0, 3.0, 2.0, 4.0), indicators.stream()
                .flatMap(i -> java.util.stream.Stream.of(i.meanBefore(), i.meanAfter())).toList());
    }

    @Test
    public void behaviourIndicatorsOfTwoProgrammesAreKeptApart() {
        // Budi is rated in a session of each programme; both checklists are version 1.0 with the ids b1 and b2.
        service.submitFollowUp(new FollowUpSubmission(session, BUDI, RUDI, FollowUpPhase.AFTER, 8, null,
                map("b1", 4, "b2", 3)));
        service.submitFollowUp(new FollowUpSubmission(anonSession, BUDI, RUDI, FollowUpPhase.AFTER, 8, null,
                map("b1", 1, "b2", 2)));
        // Over Labuhan Deli's year each programme's indicators are named programme/id, each with its own rating.
        var indicators = service.evaluateUnit(KEL_LD, 2026).levels().behaviour().indicators();
        assertEquals(List.of(PELAYANAN + "/b1", PELAYANAN + "/b2", ANONIM + "/b1", ANONIM + "/b2"),
                indicators.stream().map(i -> i.indicator().code()).toList());
        assertEquals(List.of(4.0, 3.0, 1.0, 2.0), indicators.stream().map(i -> i.meanAfter()).toList());
    }

    @Test
    public void testRefusalsDuplicatesAndUnansweredItems() throws Exception {
        List<FieldError> errors = refused(() -> service.submitTest(session, TestPhase.PRE,
                new TestSubmission(BUDI, "1.0", map("q1", 3, "q7", 0))));
        assertError(errors, "choices.q1", "evaluation.optionRange");
        assertError(errors, "choices.q7", "evaluation.itemUnknown");
        assertError(errors, "choices.q2", "evaluation.itemMissing");
        assertError(refused(() -> test(EKO, TestPhase.PRE, 0, 0)), "nip", "evaluation.notEnrolled");
        assertEquals(0, count("SELECT COUNT(*) FROM ev_test_answers"));
        TestAnswers skipped = test(SITI, TestPhase.PRE, null, 0);  // q1 left unanswered
        assertEquals(2, skipped.score());
        assertNull(skipped.choices().get("q1"));
        assertEquals(skipped, test(SITI, TestPhase.PRE, null, 0));
        assertThrows(ConflictException.class, () -> test(SITI, TestPhase.PRE, 0, 0));
        assertEquals(skipped, service.testAnswers(session).get(0));
    }

    // ---- follow-ups ----

    @Test
    public void followUpNeedsTheDirectSupervisorAndValidRatings() throws Exception {
        List<FieldError> errors = refused(() -> service.submitFollowUp(new FollowUpSubmission(session, BUDI, DEWI,
                FollowUpPhase.AFTER, 0, null, map("b1", 5, "b2", 2))));
        assertError(errors, "supervisorNip", "evaluation.notSupervisor");
        assertError(errors, "weeksAfterSession", "evaluation.weeksRange");
        assertError(errors, "ratings.b1", "evaluation.valueRange");
        assertError(refused(() -> service.submitFollowUp(new FollowUpSubmission(session, EKO, RUDI,
                FollowUpPhase.AFTER, null, null, map("b1", 3, "b2", 3)))), "nip", "evaluation.notEnrolled");
        assertError(refused(() -> service.submitFollowUp(new FollowUpSubmission(null, BUDI, RUDI,
                FollowUpPhase.AFTER, null, null, map("b1", 3, "b2", 3)))), "sessionId", "evaluation.required");
        assertEquals(0, count("SELECT COUNT(*) FROM ev_followup"));
        FollowUp after = followUp(BUDI, FollowUpPhase.AFTER, 3, 4);
        assertEquals(Integer.valueOf(12), after.weeksAfterSession());
        assertNull(followUp(BUDI, FollowUpPhase.BASELINE, 2, 2).weeksAfterSession());
        assertEquals(after, followUp(BUDI, FollowUpPhase.AFTER, 3, 4));
        assertThrows(ConflictException.class, () -> followUp(BUDI, FollowUpPhase.AFTER, 4, 4));
        assertEquals(2, service.followUps(session).size());
    }

    // ---- indicators, facts, external training, benefits ----

    @Test
    public void indicatorValuesAreAllOrNothing() throws Exception {
        IndicatorEntry good = new IndicatorEntry(KEL_LD, PELAYANAN, "complaints-per-month", "2026-01",
                new BigDecimal("10"), IndicatorPhase.BEFORE, false);
        List<FieldError> errors = refused(() -> service.recordIndicators(List.of(good,
                new IndicatorEntry("KEL-NONE", PELAYANAN, "waiting-time", "2026-13", new BigDecimal("1.00001"),
                        null, false),
                new IndicatorEntry(KEL_LD, PELAYANAN, "complaints-per-month", "2026-02", BigDecimal.ONE,
                        IndicatorPhase.BEFORE, true))));
        assertError(errors, "entries[1].unitCode", "evaluation.unitUnknown");
        assertError(errors, "entries[1].indicatorId", "evaluation.indicatorUnknown");
        assertError(errors, "entries[1].period", "evaluation.periodFormat");
        assertError(errors, "entries[1].value", "evaluation.indicatorValue");
        assertError(errors, "entries[1].phase", "evaluation.required");
        assertError(errors, "entries[2].comparison", "evaluation.comparisonConflict");
        assertEquals(0, count("SELECT COUNT(*) FROM ev_indicator_value"));
        service.recordIndicators(List.of(good));
        service.recordIndicators(List.of(good)); // identical: accepted
        assertThrows(ConflictException.class, () -> service.recordIndicators(List.of(new IndicatorEntry(KEL_LD,
                PELAYANAN, "complaints-per-month", "2026-01", new BigDecimal("11"), IndicatorPhase.BEFORE, false))));
        assertError(refused(() -> service.recordIndicators(List.of(new IndicatorEntry(KEL_LD, PELAYANAN,
                "complaints-per-month", "2026-05", BigDecimal.ONE, IndicatorPhase.AFTER, true)))),
                "entries[0].comparison", "evaluation.comparisonConflict");
        assertEquals(1, service.indicatorValues(PELAYANAN).size());
    }

    @Test
    public void factsExternalTrainingAndBenefitsAreValidated() {
        assertError(refused(() -> service.recordYearFacts(new YearFacts(EKO.replace('8', '7'), 1999, null,
                DisciplineSanction.NONE))), "nip", "evaluation.participantUnknown");
        service.recordYearFacts(new YearFacts(BUDI, 2026, PerformanceRating.GOOD, DisciplineSanction.NONE));
        service.recordYearFacts(new YearFacts(BUDI, 2026, PerformanceRating.VERY_GOOD, DisciplineSanction.LIGHT));
        assertEquals(PerformanceRating.VERY_GOOD, service.yearFacts(BUDI, 2026).orElseThrow().performance());

        List<FieldError> errors = refused(() -> service.addExternalTraining(new ExternalTraining(null, BUDI, " ",
                null, new BigDecimal("-1"), LocalDate.of(2027, 1, 1), null)));
        assertError(errors, "title", "evaluation.required");
        assertError(errors, "type", "evaluation.required");
        assertError(errors, "jp", "evaluation.jpRange");
        assertError(errors, "date", "evaluation.dateFuture");
        ExternalTraining t = new ExternalTraining(null, BUDI, "Pelatihan Pelayanan Publik BPSDM Sumut",
                TrainingType.TECHNICAL, new BigDecimal("10"), LocalDate.of(2026, 6, 2), "BPSDM/2026/0042");
        ExternalTraining stored = service.addExternalTraining(t);
        assertNotNull(stored.id());
        assertEquals(stored, service.addExternalTraining(t));
        assertThrows(ConflictException.class, () -> service.addExternalTraining(new ExternalTraining(null, BUDI,
                "Lain", TrainingType.SEMINAR, BigDecimal.ONE, LocalDate.of(2026, 6, 3), "BPSDM/2026/0042")));
        assertEquals(List.of(stored), service.externalTrainings(BUDI));

        assertError(refused(() -> service.recordBenefit(session, "Hemat", new BigDecimal("1.001"))), "amount",
                "evaluation.amount");
        assertThrows(NotFoundException.class, () -> service.recordBenefit(9999, "Hemat", BigDecimal.ONE));
    }

    // ---- CSV import ----

    private static StringReader csv(String... lines) {
        return new StringReader(String.join("\n", lines) + "\n");
    }

    private static RowError rowError(long line, String field, String code, Object... args) {
        return new RowError(line, FieldError.of(field, code, args));
    }

    @Test
    public void goodReactionFileIsImported() {
        ImportResult r = service.importReactions(session, csv(
                "nip,version,r1,r2,comment",
                "19860926 201505 1 001,1.0,4,5,\"Materi bagus, relevan\"",
                SITI + ",,3,4,"));
        assertEquals(new ImportResult(2, 2, List.of()), r);
        List<ReactionResponse> stored = service.reactionResponses(session);
        assertEquals(2, stored.size());
        ReactionResponse budi = stored.stream().filter(x -> BUDI.equals(x.nip())).findFirst().orElseThrow();
        assertEquals(map("r1", 4, "r2", 5), budi.values());
        assertEquals("Materi bagus, relevan", budi.comment());
        ReactionResponse siti = stored.stream().filter(x -> SITI.equals(x.nip())).findFirst().orElseThrow();
        assertEquals("1.0", siti.version());
        assertNull(siti.comment());
    }

    @Test
    public void reactionFileWithBadRowsStoresNothingAndListsEachBadLine() throws Exception {
        ImportResult r = service.importReactions(session, csv(
                "nip,r1,r2",
                BUDI + ",4,5",
                SITI + ",6,4",
                EKO + ",4,4"));
        assertEquals(3, r.rows());
        assertEquals(0, r.imported());
        assertEquals(List.of(
                rowError(3, "r1", "evaluation.valueRange", 6, 1, 5),
                rowError(4, "nip", "evaluation.notEnrolled", EKO, session)), r.errors());
        assertTrue(service.reactionResponses(session).isEmpty());
        assertEquals(0, count("SELECT COUNT(*) FROM ev_reaction_value"));
        assertEquals("Nilai 6 di luar rentang 1 sampai 5",
                TEXTS.text(Locale.forLanguageTag("id"), r.errors().get(0).error()));

        // Blank item cells are missing answers, unreadable cells are named once, a short row is counted.
        ImportResult more = service.importReactions(session, csv(
                "nip,r1,r2,comment",
                BUDI + ",4,,ok",
                SITI + ",empat,4,",
                "",
                DEWI + ",4"));
        assertEquals(List.of(
                rowError(2, "r2", "evaluation.itemMissing", "r2"),
                rowError(3, "r1", "evaluation.wholeNumber", "empat"),
                rowError(5, "", "csv.columnCount", 2, 4)), more.errors());
        assertEquals(3, more.rows());
        assertEquals("Not a whole number: empat",
                TEXTS.text(Locale.ENGLISH, more.errors().get(1).error()));
        assertEquals("2 columns where the header has 4",
                TEXTS.text(Locale.ENGLISH, more.errors().get(2).error()));
        assertTrue(service.reactionResponses(session).isEmpty());
        assertThrows(NotFoundException.class, () -> service.importReactions(9999, csv("nip,r1,r2")));
    }

    @Test
    public void anonymousReactionImportStoresNoNip() throws Exception {
        String[] file = {"nip,r1,r2", BUDI + ",5,4"};
        assertEquals(new ImportResult(1, 1, List.of()), service.importReactions(anonSession, csv(file)));
        assertNull(service.reactionResponses(anonSession).get(0).nip());
        assertEquals(0, count("SELECT COUNT(*) FROM ev_reaction_response WHERE nip IS NOT NULL"));
        assertEquals(1, count("SELECT COUNT(*) FROM ev_reaction_receipt"));
        assertEquals(new ImportResult(1, 1, List.of()), service.importReactions(anonSession, csv(file)));
        assertEquals(1, count("SELECT COUNT(*) FROM ev_reaction_response"));
        assertEquals(List.of(rowError(2, "nip", "evaluation.duplicate", BUDI, anonSession)),
                service.importReactions(anonSession, csv("nip,r1,r2", BUDI + ",1,1")).errors());
    }

    @Test
    public void reactionReimportIsIdempotentAndADifferentRowIsADuplicate() throws Exception {
        String[] file = {"nip,r1,r2", BUDI + ",4,5", SITI + ",3,4"};
        assertEquals(new ImportResult(2, 2, List.of()), service.importReactions(session, csv(file)));
        List<ReactionResponse> first = service.reactionResponses(session);
        assertEquals(new ImportResult(2, 2, List.of()), service.importReactions(session, csv(file)));
        assertEquals(first, service.reactionResponses(session));
        // Budi answered differently before: refused on his line; Dewi's new row is not stored either.
        ImportResult r = service.importReactions(session, csv("nip,r1,r2", DEWI + ",5,5", BUDI + ",1,1"));
        assertEquals(List.of(rowError(3, "nip", "evaluation.duplicate", BUDI, session)), r.errors());
        assertEquals(0, r.imported());
        assertEquals(first, service.reactionResponses(session));
        assertEquals("Participant " + BUDI + " already has a different submission in session " + session
                + "; the stored one is kept", TEXTS.text(Locale.ENGLISH, r.errors().get(0).error()));
        // Within one file: an identical repeat counts once, a different one is refused on its line.
        assertEquals(new ImportResult(2, 2, List.of()),
                service.importReactions(anonSession, csv("nip,r1,r2", BUDI + ",5,5", BUDI + ",5,5")));
        assertEquals(1, service.reactionResponses(anonSession).size());
        assertEquals(List.of(rowError(3, "nip", "evaluation.duplicate", DEWI, session)),
                service.importReactions(session, csv("nip,r1,r2", DEWI + ",5,5", DEWI + ",4,4")).errors());
        assertEquals(2, count("SELECT COUNT(*) FROM ev_reaction_response WHERE nip IS NOT NULL"));
    }

    @Test
    public void headerNamingAnUnknownItemIsRefusedOnLineOne() {
        ImportResult r = service.importReactions(session, csv("nip,r1,r2,r9", BUDI + ",4,5,3"));
        assertEquals(new ImportResult(1, 0, List.of(rowError(1, "r9", "evaluation.columnUnknown", "r9", "1.0"))), r);
        assertEquals(List.of(rowError(1, "r1", "csv.duplicateColumn", "r1"),
                rowError(1, "nip", "csv.missingColumn", "nip")),
                service.importReactions(session, csv("r1,r2,r1", "4,5,4")).errors());
        assertEquals(List.of(rowError(1, "", "csv.empty")), service.importReactions(session, csv("")).errors());
        // A header without data rows is checked against the current version; nothing to store is no error.
        assertEquals(new ImportResult(0, 0, List.of()), service.importReactions(session, csv("nip,r1,r2")));
        assertEquals(List.of(rowError(1, "q1", "evaluation.columnUnknown", "q1", "1.0")),
                service.importReactions(session, csv("nip,r1,r2,q1")).errors());
        assertTrue(service.reactionResponses(session).isEmpty());
    }

    @Test
    public void byteOrderMarkCrLfAndBrokenQuotingAreHandled() {
        assertEquals(new ImportResult(1, 1, List.of()), service.importReactions(session,
                new StringReader("\uFEFFnip,r1,r2\r\n" + BUDI + ",4,5\r\n")));
        assertEquals(BUDI, service.reactionResponses(session).get(0).nip());
        ImportResult r = service.importReactions(session, csv("nip,r1,r2,comment", SITI + ",3,4,ok",
                DEWI + ",3,4,\"tidak ditutup", "x"));
        assertEquals(List.of(rowError(3, "", "csv.unclosedQuote")), r.errors());
        assertEquals(0, r.imported());
        assertEquals(1, service.reactionResponses(session).size());
    }

    @Test
    public void testImportAcceptsLettersAndIndexesScoredAgainstTheNamedVersion() {
        catalogAccess.add(module("1.1.0", "1.1"), 2);
        catalogAccess.remove(module("1.0.0", "1.0"), 1);
        // q1 (3 options) is keyed 0 in 1.0 and 1 in 1.1; q2 (2 options, 2 points) is keyed 0.
        // The session keeps version 1.0 after the upgrade: a row naming 1.1 refuses the whole file.
        assertEquals(List.of(rowError(3, "version", "evaluation.versionNotCurrent", "1.1", session, "1.0")),
                service.importTests(session, TestPhase.PRE, csv("nip,version,q1,q2", BUDI + ",1.0,a,0",
                        SITI + ",1.1,A,b", DEWI + ",,B,")).errors());
        assertEquals(0, service.testAnswers(session).size());
        ImportResult r = service.importTests(session, TestPhase.PRE, csv(
                "nip,version,q1,q2",
                BUDI + ",1.0,a,0",
                SITI + ",,A,b",
                DEWI + ",,B,"));
        assertEquals(new ImportResult(3, 3, List.of()), r);
        Map<String, TestAnswers> byNip = new LinkedHashMap<>();
        service.testAnswers(session).forEach(t -> byNip.put(t.nip(), t));
        assertEquals("1.0", byNip.get(BUDI).version());
        assertEquals(map("q1", 0, "q2", 0), byNip.get(BUDI).choices());
        assertEquals(3, byNip.get(BUDI).score());
        // Siti: q1 A = 0 right (1) + q2 b = 1 wrong (0) = 1; Dewi: q1 B = 1 wrong, q2 blank: 0.
        assertEquals("1.0", byNip.get(SITI).version());
        assertEquals(1, byNip.get(SITI).score());
        assertEquals("1.0", byNip.get(DEWI).version());
        assertEquals(map("q1", 1, "q2", null), byNip.get(DEWI).choices());
        assertEquals(0, byNip.get(DEWI).score());
        assertEquals(TestPhase.PRE, byNip.get(DEWI).phase());
        assertEquals(r, service.importTests(session, TestPhase.PRE, csv(
                "nip,version,q1,q2", BUDI + ",1.0,a,0", SITI + ",,A,b", DEWI + ",,B,")));
        assertEquals(3, service.testAnswers(session).size());

        ImportResult bad = service.importTests(session, TestPhase.POST, csv(
                "nip,version,q1,q2",
                BUDI + ",1.0,e,0",
                SITI + ",1.0,3,1",
                DEWI + ",9.9,0,0"));
        assertEquals(List.of(
                rowError(2, "q1", "evaluation.optionText", "e"),
                rowError(3, "q1", "evaluation.optionRange", 3, 2),
                rowError(4, "version", "evaluation.versionUnknown", PELAYANAN, "KNOWLEDGE_TEST", "9.9")), bad.errors());
        assertEquals(3, service.testAnswers(session).size());
        assertEquals("Pilihan 3 tidak ada; pilih 0 sampai 2",
                TEXTS.text(Locale.forLanguageTag("id"), bad.errors().get(1).error()));
    }

    @Test
    public void followUpImportRefusesTheWrongSupervisorOnItsLine() {
        String header = "sessionId,nip,supervisorNip,phase,weeksAfterSession,version,b1,b2";
        ImportResult r = service.importFollowUps(csv(header,
                session + "," + BUDI + "," + RUDI + ",baseline,,,2,2",
                session + "," + SITI + "," + DEWI + ",AFTER,,1.0,3,3",
                session + "," + BUDI + "," + RUDI + ",AFTER,8,,3,4"));
        assertEquals(new ImportResult(3, 0, List.of(rowError(3, "supervisorNip", "evaluation.notSupervisor", DEWI,
                SITI))), r);
        assertTrue(service.followUps(session).isEmpty());

        ImportResult more = service.importFollowUps(csv(header,
                "9999," + BUDI + "," + RUDI + ",AFTER,,,3,3",
                session + "," + BUDI + "," + RUDI + ",LATER,x,,5,3"));
        assertEquals(List.of(
                rowError(2, "sessionId", "evaluation.sessionUnknown", "9999"),
                rowError(3, "phase", "invalidValue", "LATER", "BASELINE, AFTER"),
                rowError(3, "weeksAfterSession", "evaluation.wholeNumber", "x"),
                rowError(3, "b1", "evaluation.valueRange", 5, 1, 4)), more.errors());
        assertEquals(List.of(rowError(1, "b9", "evaluation.columnUnknown", "b9", "1.0")), service.importFollowUps(
                csv(header + ",b9", session + "," + BUDI + "," + RUDI + ",AFTER,,,3,3,3")).errors());

        String[] good = {header,
                session + "," + BUDI + "," + RUDI + ",baseline,,,2,2",
                session + "," + SITI + "," + RUDI + ",AFTER,,1.0,3,3",
                session + "," + BUDI + "," + RUDI + ",AFTER,8,,3,4"};
        assertEquals(new ImportResult(3, 3, List.of()), service.importFollowUps(csv(good)));
        assertEquals(new ImportResult(3, 3, List.of()), service.importFollowUps(csv(good)));
        List<FollowUp> stored = service.followUps(session);
        assertEquals(3, stored.size());
        assertEquals(Integer.valueOf(12), stored.stream().filter(f -> f.nip().equals(SITI)).findFirst()
                .orElseThrow().weeksAfterSession());
        assertEquals(Integer.valueOf(8), stored.stream().filter(f -> f.nip().equals(BUDI)
                && f.phase() == FollowUpPhase.AFTER).findFirst().orElseThrow().weeksAfterSession());
    }

    // ---- evaluations ----

    @Test
    public void sessionEvaluationMatchesHandComputedFigures() {
        // L1: r1 = 4, 2, 3 (mean 3.0, sd 1.0); r2 = 5, 3, 4 (mean 4.0, sd 1.0); overall 21 / 6 = 3.5
        react(session, BUDI, 4, 5);
        react(session, SITI, 2, 3);
        react(session, DEWI, 3, 4);
        // L2 (max 3): pre 2, 0, 3 -> 66.7 %, 0 %, 100 %; post 3, 1, 3 -> 100 %, 33.3 %, 100 %
        test(BUDI, TestPhase.PRE, 1, 0);
        test(BUDI, TestPhase.POST, 0, 0);
        test(SITI, TestPhase.PRE, null, 1);
        test(SITI, TestPhase.POST, 0, 1);
        test(DEWI, TestPhase.PRE, 0, 0);
        test(DEWI, TestPhase.POST, 0, 0);
        // L3: Budi 2,2 -> 3,4; Siti 1,2 -> 2,3; Dewi has no supervisor and no follow-up
        followUp(BUDI, FollowUpPhase.BASELINE, 2, 2);
        followUp(BUDI, FollowUpPhase.AFTER, 3, 4);
        followUp(SITI, FollowUpPhase.BASELINE, 1, 2);
        followUp(SITI, FollowUpPhase.AFTER, 2, 3);
        // L4: Labuhan Deli (trained) 10, 12 -> 6, 8; Rengas Pulau (comparison) 9 -> 8
        String c = "complaints-per-month";
        service.recordIndicators(List.of(
                new IndicatorEntry(KEL_LD, PELAYANAN, c, "2026-01", new BigDecimal("10"), IndicatorPhase.BEFORE, false),
                new IndicatorEntry(KEL_LD, PELAYANAN, c, "2026-02", new BigDecimal("12"), IndicatorPhase.BEFORE, false),
                new IndicatorEntry(KEL_LD, PELAYANAN, c, "2026-05", new BigDecimal("6"), IndicatorPhase.AFTER, false),
                new IndicatorEntry(KEL_LD, PELAYANAN, c, "2026-06", new BigDecimal("8"), IndicatorPhase.AFTER, false),
                new IndicatorEntry(KEL_RP, PELAYANAN, c, "2026-01", new BigDecimal("9"), IndicatorPhase.BEFORE, true),
                new IndicatorEntry(KEL_RP, PELAYANAN, c, "2026-05", new BigDecimal("8"), IndicatorPhase.AFTER, true)));
        // L5: costs 4,000,000; benefits 6,000,000
        service.recordBenefit(session, "Penghematan waktu layanan", new BigDecimal("5000000"));
        service.recordBenefit(session, "Berkurangnya pengaduan", new BigDecimal("1000000.00"));

        SessionEvaluation e = service.evaluateSession(session);
        assertEquals(PELAYANAN, e.programCode());
        assertEquals(3, e.seats()); // Ani cancelled
        LevelResults l = e.levels();

        assertEquals(3, l.reactionResponses());
        ItemReaction r1 = l.reaction().items().get(0);
        assertEquals("r1", r1.item().code());
        assertEquals(3, r1.statistics().n());
        assertEquals(3.0, r1.statistics().mean(), EPS);
        assertEquals(1.0, r1.statistics().standardDeviation(), EPS);
        assertEquals(1.0 / 3, r1.statistics().favourableShare(), EPS);
        assertEquals(4.0, l.reaction().items().get(1).statistics().mean(), EPS);
        assertEquals(6, l.reaction().overall().n());
        assertEquals(3.5, l.reaction().overall().mean(), EPS);
        assertEquals(List.of("r1"), l.reaction().improvementPoints().stream().map(p -> p.itemCode()).toList());

        assertEquals(3, l.preTests());
        assertEquals(3, l.postTests());
        assertEquals(3, l.learning().n());
        assertEquals(500.0 / 9, l.learning().meanPrePercent(), 1e-6);
        assertEquals(700.0 / 9, l.learning().meanPostPercent(), 1e-6);
        assertEquals(0.5, l.learning().classGain().value(), 1e-9);
        assertEquals(GainBand.MEDIUM, l.learning().classGain().band());
        assertEquals(UndefinedReason.PRE_AT_MAXIMUM, l.learning().participants().stream()
                .filter(p -> p.participantId().equals(DEWI)).findFirst().orElseThrow().gainUndefined());
        assertEquals(2.0, l.learning().tTest().t(), 1e-9);
        assertEquals(Integer.valueOf(2), l.learning().tTest().degreesOfFreedom());
        assertEquals(1 - 2 / Math.sqrt(6), l.learning().tTest().pValue(), 1e-6);
        assertEquals("1.0", l.itemAnalysis().version());
        assertEquals(3, l.itemAnalysis().analysis().n());
        assertEquals(1.0, l.itemAnalysis().analysis().items().get(0).difficulty(), EPS);    // q1 all right
        assertEquals(2.0 / 3, l.itemAnalysis().analysis().items().get(1).difficulty(), EPS); // q2 two of three
        // Pre-tests (key q1 = 0, q2 = 0): q1 right for Dewi only (Budi chose 1, Siti left it blank), q2 right for
        // Budi and Dewi (Siti chose 1).
        assertEquals("1.0", l.preTestItemAnalysis().version());
        assertEquals(3, l.preTestItemAnalysis().analysis().n());
        assertEquals(1.0 / 3, l.preTestItemAnalysis().analysis().items().get(0).difficulty(), EPS);
        assertEquals(2.0 / 3, l.preTestItemAnalysis().analysis().items().get(1).difficulty(), EPS);

        IndicatorBehaviour b1 = l.behaviour().indicators().get(0);
        assertEquals(1.0, b1.change(), EPS);
        assertEquals(1.5, l.behaviour().indicators().get(1).change(), EPS);
        assertEquals(4, l.behaviour().afterRatings());
        assertEquals(0.75, l.behaviour().shareApplying(), EPS);
        assertEquals(2, l.behaviour().responsesReceived());
        assertEquals(3, l.behaviour().responsesExpected());
        assertEquals(2.0 / 3, l.behaviour().responseRate(), EPS);

        DifferenceInDifferences did = l.results().estimates().get(0);
        assertEquals(1, did.treatedUnits());
        assertEquals(1, did.comparisonUnits());
        assertEquals(-3.0, did.estimate(), EPS);
        assertEquals(3.0, did.improvement(), EPS);

        assertEquals(0, new BigDecimal("4000000").compareTo(l.roi().totalCosts()));
        assertEquals(0, new BigDecimal("6000000").compareTo(l.roi().benefits()));
        assertEquals(new BigDecimal("50.00"), l.roi().roiPercent());
        assertEquals(new BigDecimal("1.50"), l.roi().benefitCostRatio());

        // The programme over 2026 holds the one session with data (the anonymous one is another programme).
        var p = service.evaluateProgram(PELAYANAN, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertEquals(List.of(session), p.sessionIds());
        assertEquals(3, p.seats());
        assertEquals(0.5, p.levels().learning().classGain().value(), 1e-9);
        assertEquals(3, p.levels().behaviour().responsesExpected());
        assertEquals(2.0 / 3, p.levels().behaviour().responseRate(), EPS);
        assertEquals(-3.0, p.levels().results().estimates().get(0).estimate(), EPS);
        assertEquals(new BigDecimal("50.00"), p.levels().roi().roiPercent());
        assertError(refused(() -> service.evaluateProgram(PELAYANAN, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 1))), "to", "evaluation.dateRange");
    }

    @Test
    public void anAfterRatingOfAParticipantWhoLeftTheSessionIsStillExpected() {
        // Budi and Siti rated after the session; Budi's seat is cancelled afterwards. Seats counted: Siti, Dewi (2);
        // expected responses: those 2 seats and Budi, rated without one = 3; received: Budi and Siti = 2.
        followUp(BUDI, FollowUpPhase.AFTER, 3, 4);
        followUp(SITI, FollowUpPhase.AFTER, 2, 3);
        catalog.enroll(session, BUDI, EnrollmentStatus.CANCELLED, null, null);
        SessionEvaluation e = service.evaluateSession(session);
        assertEquals(2, e.seats());
        assertEquals(2, e.levels().behaviour().responsesReceived());
        assertEquals(3, e.levels().behaviour().responsesExpected());
        assertEquals(2.0 / 3, e.levels().behaviour().responseRate(), EPS);
        // Siti's after-rating has her seat: expected once, not twice (2 seats + Budi).
        followUp(SITI, FollowUpPhase.BASELINE, 1, 1);
        assertEquals(3, service.evaluateSession(session).levels().behaviour().responsesExpected());
    }

    @Test
    public void sessionWithoutAnswersEvaluatesToEmptyFigures() {
        LevelResults l = service.evaluateSession(anonSession).levels();
        assertEquals(0, l.reactionResponses());
        assertEquals(0, l.reaction().overall().n());
        assertEquals(0, l.learning().n());
        assertNull(l.itemAnalysis());
        assertNull(l.preTestItemAnalysis());
        assertEquals(UndefinedReason.ZERO_COSTS, l.roi().undefinedReason());
    }

    @Test
    public void aManagerialCourseIsNoLeadershipTrainingUnlessDeclaredForTheRightLevel() {
        // Rudi is an administrator. A 24-JP managerial course whose module declares no IP ASN type, plus 20 JP of
        // external technical training, in 2026. Facts: S1, GOOD, no sanction.
        ProgramDefinition base = program("MNJ-01", false, "1.0");
        catalogAccess.add(new Module("manajemen", "Manajemen", "1.0.0", List.of(new ProgramDefinition("MNJ-01",
                "Manajemen Kinerja Unit", base.description(), CompetencyType.MANAJERIAL, DeliveryMethod.PELATIHAN, 24,
                base.objectives(), base.reaction(), base.knowledgeTest(), base.behaviour(), base.results()))), 5);
        long course = catalog.createSession(TrainingSession.of("MNJ-01", LocalDateTime.of(2026, 5, 4, 8, 0),
                LocalDateTime.of(2026, 5, 4, 17, 0), "Aula Kantor Camat Medan Marelan", null, 30, List.of(),
                List.of(), List.of())).id();
        catalog.enroll(course, RUDI, EnrollmentStatus.REGISTERED, null, null);
        catalog.recordAttendance(course, List.of(new AttendanceMark(RUDI, 1, true, null, null)));
        service.addExternalTraining(new ExternalTraining(null, RUDI, "Pelatihan Teknis Kearsipan",
                TrainingType.TECHNICAL, new BigDecimal("20"), LocalDate.of(2026, 8, 3), null));
        service.recordYearFacts(new YearFacts(RUDI, 2026, PerformanceRating.GOOD, DisciplineSanction.NONE));

        // Undeclared: technical training. Leadership 0; technical JP 24 + 20 = 44 >= 20: 15. Competency 15
        // (was 30: the course was taken as leadership training matching any leadership post).
        assertEquals(BigDecimal.valueOf(15), service.transcript(RUDI, 2026).index().competency().total());
        // The operator sets PKA (the administrator's leadership training): leadership 15; technical JP 20 >= 20:
        // 15. Competency 30; total S1 15 + 30 + GOOD 25 + 5 = 75.
        catalog.setIndexTrainingType("MNJ-01", IndexTrainingType.PKA);
        assertEquals(BigDecimal.valueOf(30), service.transcript(RUDI, 2026).index().competency().total());
        assertEquals(BigDecimal.valueOf(75), service.transcript(RUDI, 2026).index().total());
        // PKP is the pengawas' training, not the administrator's: leadership 0; technical 20: 15. Competency 15.
        catalog.setIndexTrainingType("MNJ-01", IndexTrainingType.PKP);
        assertEquals(BigDecimal.valueOf(15), service.transcript(RUDI, 2026).index().competency().total());
    }

    @Test
    public void transcriptAndUnitIndexCombinePembinaAndExternalTraining() {
        catalog.recordAttendance(session, List.of(new AttendanceMark(BUDI, 1, true, null, null)));
        // Budi missed the anonymous session after all (setUp marked him present): it credits no JP.
        catalog.recordAttendance(anonSession, List.of(new AttendanceMark(BUDI, 1, false, null, null)));
        assertEquals(12, catalog.creditedJp(BUDI, 2026));
        service.addExternalTraining(new ExternalTraining(null, BUDI, "Pelatihan Pelayanan Publik BPSDM Sumut",
                TrainingType.TECHNICAL, new BigDecimal("10"), LocalDate.of(2026, 6, 2), "BPSDM/2026/0042"));
        service.recordYearFacts(new YearFacts(BUDI, 2026, PerformanceRating.GOOD, DisciplineSanction.NONE));

        // S1 15 + pelaksana technical (22 JP >= 20) 30 + GOOD 25 + no sanction 5 = 75: Sedang
        Transcript t = service.transcript(BUDI, 2026);
        assertEquals(2, t.trainings().size());
        assertEquals(TrainingSource.PEMBINA, t.trainings().get(0).source());
        assertEquals(Long.valueOf(session), t.trainings().get(0).sessionId());
        assertEquals(0, new BigDecimal("12").compareTo(t.trainings().get(0).jp()));
        assertEquals(0, new BigDecimal("22").compareTo(t.jpInYear()));
        assertTrue(t.jpCompliant());
        ProfessionalismIndex index = t.index();
        assertEquals(BigDecimal.valueOf(15), index.qualification());
        assertEquals(BigDecimal.valueOf(30), index.competency().total());
        assertEquals(BigDecimal.valueOf(25), index.performance());
        assertEquals(BigDecimal.valueOf(5), index.discipline());
        assertEquals(BigDecimal.valueOf(75), index.total());
        assertEquals(Category.SEDANG, index.category());
        assertEquals(RuleSet.defaults().name(), t.ruleSet());
        assertEquals("evaluation.factsMissing", service.transcript(SITI, 2026).notIndexedReason());
        assertThrows(NotFoundException.class, () -> service.transcript("000000000000000000", 2026));

        UnitEvaluation u = service.evaluateUnit(KEC, 2026);
        assertEquals(List.of(KEC, KEL_LD, KEL_RP), u.unitCodes());
        assertEquals(1, u.index().n());
        assertEquals(1, u.index().count(Category.SEDANG));
        assertEquals(5, u.notIndexed().size());
        assertEquals(6, u.jp().n());
        assertEquals(1, u.jp().compliant());
        assertEquals(3, u.leadership().units().size());
        assertEquals(RuleSet.defaults().name(), u.ruleSet());

        // The summary counts what the evaluation lists: 1 Sedang, 5 without an index, 6 in the JP count of which
        // 1 complies (Budi, 22 JP), so 5 below; the levels are the same figures (no per-pair list).
        UnitEvaluationSummary sum = service.evaluateUnitSummary(KEC, 2026);
        assertEquals(1, sum.indexed());
        assertEquals(Integer.valueOf(1), sum.categories().get(Category.SEDANG));
        assertEquals(Integer.valueOf(0), sum.categories().get(Category.TINGGI));
        assertEquals(5, sum.notIndexed().values().stream().mapToInt(Integer::intValue).sum());
        // Categories highest first, in every JVM (JSON shows them in this order; reasons: SummaryOrderTest).
        assertEquals(java.util.Arrays.asList(Category.values()), List.copyOf(sum.categories().keySet()));
        assertEquals(java.util.Arrays.asList(Category.values()), List.copyOf(u.index().counts().keySet()));
        assertEquals(6, sum.jp().n());
        assertEquals(1, sum.jp().compliant());
        assertEquals(5, sum.jp().belowMinimum());
        assertEquals(1.0 / 6, sum.jp().rate(), EPS);
        assertEquals(u.jp().units(), sum.jp().units());
        assertEquals(u.levels().reaction(), sum.levels().reaction());
        assertEquals(u.levels().roi(), sum.levels().roi());
        assertEquals(u.levels().learning().n(), sum.levels().learning().n());
        assertEquals(List.of(), sum.levels().learning().participants());
        assertEquals(u.sessionIds(), sum.sessionIds());
        // Below 20 JP, by unit code then NIP: Rudi (KEC); Siti, Dewi (Labuhan Deli); Eko, Ani (Rengas Pulau).
        Page<ParticipantJp> page = service.belowMinimumJp(KEC, 2026, 1, 2);
        assertEquals(5, page.total());
        assertEquals(List.of(SITI, DEWI), page.items().stream().map(ParticipantJp::participantId).toList());
        assertEquals(u.jp().belowMinimum().subList(1, 3), page.items());
        assertEquals(List.of(ANI), service.belowMinimumJp(KEC, 2026, 4, 2).items().stream()
                .map(ParticipantJp::participantId).toList());
        assertEquals(List.of(), service.belowMinimumJp(KEC, 2026, 9, 2).items());
        assertError(refused(() -> service.belowMinimumJp(KEC, 2026, 0, 0)), "limit", "evaluation.pageRange");
        assertError(refused(() -> service.belowMinimumJp(KEC, 2026, -1, 10)), "offset", "evaluation.pageRange");
        assertThrows(NotFoundException.class, () -> service.belowMinimumJp("NOPE", 2026, 0, 10));

        // A rule set fed from outside (as ConfigAdmin will) is used and named: GOOD worth 20 from 2026.
        Map<String, String> props = RuleSet.defaultProperties();
        props.put("name", "Uji 2026");
        props.put("validFrom", "2026-01-01");
        props.put("performance.GOOD", "20");
        // Configuration is the admin's.
        id.pembina.security.api.CallerContext.runAs(id.pembina.security.api.Caller.system("test"),
                () -> service.useRuleSets(RuleSets.of(RuleSet.defaults(), RuleSet.fromProperties(props))));
        Transcript changed = service.transcript(BUDI, 2026);
        assertEquals(BigDecimal.valueOf(70), changed.index().total());
        assertEquals(Category.RENDAH, changed.index().category());
        assertEquals("Uji 2026", changed.ruleSet());
        assertEquals("Uji 2026", service.evaluateUnit(KEL_LD, 2026).index().ruleSet());
        assertEquals(RuleSet.defaults().name(), service.transcript(BUDI, 2025).ruleSet());
        id.pembina.security.api.CallerContext.runAs(id.pembina.security.api.Caller.system("test"), () -> service.useRuleSets(null));
        assertEquals(BigDecimal.valueOf(75), service.transcript(BUDI, 2026).index().total());
    }

    @Test
    public void aYearBeforeTheFirstRuleSetIsRefusedNamingTheFirstYearThatHasOne() {
        // The shipped rule set is valid from 2019-01-01, so 2018 is not covered (its 31 December precedes it).
        FieldError expected = FieldError.of("year", "evaluation.noRuleSet", 2017, 2019);
        assertEquals(List.of(expected),
                assertThrows(ValidationException.class, () -> service.transcript(BUDI, 2017)).errors());
        assertEquals(List.of(expected),
                assertThrows(ValidationException.class, () -> service.evaluateUnit(KEL_LD, 2017)).errors());
        assertEquals(List.of(FieldError.of("year", "evaluation.noRuleSet", 2018, 2019)),
                assertThrows(ValidationException.class, () -> service.unitTrend(KEL_LD, 2018, 2020)).errors());
        // 2019 itself is covered.
        assertEquals(RuleSet.defaults().name(), service.transcript(BUDI, 2019).ruleSet());
    }

    @Test
    public void aUnitTrendIsTheUnitEvaluationOfEachYearReadInOnePass() {
        // 2026: Budi present at the 2026 session (12 JP) plus 10 JP external, facts GOOD: 75, Sedang (as above).
        catalog.recordAttendance(session, List.of(new AttendanceMark(BUDI, 1, true, null, null)));
        service.addExternalTraining(new ExternalTraining(null, BUDI, "Pelatihan Pelayanan Publik BPSDM Sumut",
                TrainingType.TECHNICAL, new BigDecimal("10"), LocalDate.of(2026, 6, 2), "BPSDM/2026/0042"));
        service.recordYearFacts(new YearFacts(BUDI, 2026, PerformanceRating.GOOD, DisciplineSanction.NONE));
        // 2025: Budi and Siti at a session of 2025, Budi present; facts for both of them in 2025.
        long s2025 = session2025(PELAYANAN, 5, List.of(), BUDI, SITI);
        catalog.recordAttendance(s2025, List.of(new AttendanceMark(BUDI, 1, true, null, null)));
        service.recordYearFacts(new YearFacts(BUDI, 2025, PerformanceRating.VERY_GOOD, DisciplineSanction.NONE));
        service.recordYearFacts(new YearFacts(SITI, 2025, PerformanceRating.GOOD, DisciplineSanction.LIGHT));

        List<UnitYearIndex> trend = service.unitTrend(KEC, 2024, 2026);
        assertEquals(List.of(2024, 2025, 2026), trend.stream().map(UnitYearIndex::year).toList());
        for (UnitYearIndex y : trend) {
            UnitEvaluation u = service.evaluateUnit(KEC, y.year());
            assertEquals(new UnitYearIndex(y.year(), u.index().n(), u.index().counts(), u.jp().rate(), u.ruleSet()), y);
        }
        // 2026 by hand: one participant indexed (Budi, Sedang); 1 of the 6 participants has 20 JP (Budi, 22).
        UnitYearIndex y2026 = trend.get(2);
        assertEquals(1, y2026.n());
        assertEquals(Integer.valueOf(1), y2026.categories().get(Category.SEDANG));
        assertEquals(1.0 / 6, y2026.jpComplianceRate(), EPS);
        assertEquals(java.util.Arrays.asList(Category.values()), List.copyOf(y2026.categories().keySet()));
        // 2025: Budi and Siti indexed; nobody has 20 JP (Budi 12).
        assertEquals(2, trend.get(1).n());
        assertEquals(0.0, trend.get(1).jpComplianceRate(), EPS);
        // 2024: nobody indexed.
        assertEquals(0, trend.get(0).n());
    }

    @Test
    public void aUnitTrendRefusesABackwardOrTooLongRangeAndAnUnknownUnit() {
        ValidationException backward = assertThrows(ValidationException.class, () -> service.unitTrend(KEC, 2026, 2025));
        assertEquals("from", backward.errors().get(0).field());
        assertEquals("evaluation.trendRange", backward.errors().get(0).code());
        assertEquals("A trend runs from 2026 to 2025: the first year not after the last, at most 20 years",
                TEXTS.text(Locale.ENGLISH, backward.errors().get(0)));
        assertThrows(ValidationException.class, () -> service.unitTrend(KEC, 2019, 2039)); // 21 years
        assertEquals(20, service.unitTrend(KEC, 2019, 2038).size()); // the default rule set is valid from 2019
        assertThrows(NotFoundException.class, () -> service.unitTrend("NO-SUCH-UNIT", 2025, 2026));
    }

    // ---- levels per unit ----

    private long session2025(String program, int month, List<CostLine> costs, String... nips) {
        long id = catalog.createSession(TrainingSession.of(program, LocalDateTime.of(2025, month, 13, 8, 0),
                LocalDateTime.of(2025, month, 13, 17, 0), "Aula Kantor Camat Medan Marelan", null, 30, List.of(),
                costs, List.of())).id();
        for (String nip : nips) {
            catalog.enroll(id, nip, EnrollmentStatus.REGISTERED, null, null);
        }
        // Every seat holder was there: they answer the reaction questionnaire and the post-test.
        catalog.recordAttendance(id, java.util.Arrays.stream(nips).map(n -> new AttendanceMark(n, 1, true, null, null))
                .toList());
        return id;
    }

    @Test
    public void aLeaderCountsAsInvolvedWithOwnStaffOrInARoleNotAlone() {
        // Labuhan Deli's leader is Budi (supervisor outside the unit, lowest NIP among the pelaksana).
        long alone = session2025(PELAYANAN, 2, List.of(), BUDI);         // the leader alone
        long withStaff = session2025(PELAYANAN, 3, List.of(), BUDI, SITI); // the leader with Siti
        long mentored = session2025(PELAYANAN, 4, List.of(), SITI);       // Siti, Budi her mentor
        long without = session2025(PELAYANAN, 5, List.of(), DEWI);        // Dewi, the leader not there
        TrainingSession m = catalog.session(mentored).orElseThrow();
        catalog.updateSession(mentored, m.with(DeliveryMode.CLASSROOM, List.of(new SessionRole(BUDI,
                SessionRole.Kind.MENTOR))));
        catalog.recordAttendance(alone, List.of(new AttendanceMark(BUDI, 1, true, null, null)));
        catalog.recordAttendance(withStaff, List.of(new AttendanceMark(BUDI, 1, true, null, null),
                new AttendanceMark(SITI, 1, true, null, null)));
        catalog.recordAttendance(mentored, List.of(new AttendanceMark(SITI, 1, true, null, null)));
        catalog.recordAttendance(without, List.of(new AttendanceMark(DEWI, 1, true, null, null)));
        // The staff's after-ratings in their sessions: Budi (alone) 4, 4 and Siti (with Budi) 3, 2; Siti's
        // baseline 1, 1 is not an after-rating, and her 1, 1 after a session nobody of the unit attended (enrolled,
        // no attendance) is not in the unit's sessions. Applying (>= 3): 3 of 4.
        long unattended = catalog.createSession(TrainingSession.of(PELAYANAN, LocalDateTime.of(2025, 6, 13, 8, 0),
                LocalDateTime.of(2025, 6, 13, 17, 0), "Aula Kantor Camat Medan Marelan", null, 30, List.of(),
                List.of(), List.of())).id();
        catalog.enroll(unattended, SITI, EnrollmentStatus.REGISTERED, null, null);
        for (Object[] f : new Object[][] {{alone, BUDI, FollowUpPhase.AFTER, 4, 4},
                {withStaff, SITI, FollowUpPhase.BASELINE, 1, 1}, {withStaff, SITI, FollowUpPhase.AFTER, 3, 2},
                {unattended, SITI, FollowUpPhase.AFTER, 1, 1}}) {
            service.submitFollowUp(new FollowUpSubmission((Long) f[0], (String) f[1], RUDI, (FollowUpPhase) f[2],
                    null, null, map("b1", f[3], "b2", f[4])));
        }

        UnitInvolvement ld = service.evaluateUnit(KEC, 2025).leadership().units().stream()
                .filter(u -> u.unitCode().equals(KEL_LD)).findFirst().orElseThrow();
        assertEquals(0.75, ld.shareApplying(), 0);
        // 4 sessions; the leader attended 2 (alone, with Siti), with staff 1, as mentor 1: involved 1 + 1 = 2 of 4
        assertEquals(4, ld.sessions());
        assertEquals(2, ld.sessionsAttendedByLeader());
        assertEquals(1, ld.sessionsWithStaff());
        assertEquals(1, ld.sessionsInRole());
        assertEquals(2, ld.sessionsInvolved());
        assertEquals(0.5, ld.involvementShare(), EPS); // 2 / 4, at the threshold 0.5: involved
        assertTrue(ld.involved());
    }

    @Test
    public void unitLevelsTakeOnlyItsParticipantsAndItsShareOfCosts() {
        // 2025: Budi and Siti (Labuhan Deli) hold two of the three seats, Eko (Rengas Pulau) the third.
        long s = session2025(PELAYANAN, 5, List.of(
                new CostLine(CostCategory.HONORARIA, "Honor narasumber", new BigDecimal("1000000")),
                new CostLine(CostCategory.CONSUMPTION, "Konsumsi", new BigDecimal("1000000"))), BUDI, SITI, EKO);
        // L1: r1 = 4, 2 (Eko's 1 left out) -> 3.0; r2 = 5, 3 -> 4.0; overall 14 / 4 = 3.5
        react(s, BUDI, 4, 5);
        react(s, SITI, 2, 3);
        react(s, EKO, 1, 1);
        // L2 (max 3): Budi 2 -> 3, Siti 0 -> 1 (Eko 3 -> 3 left out): pre 33.33 %, post 66.67 %, gain 0.5
        for (Object[] t : new Object[][] {{BUDI, TestPhase.PRE, 1, 0}, {BUDI, TestPhase.POST, 0, 0},
                {SITI, TestPhase.PRE, null, 1}, {SITI, TestPhase.POST, 0, 1}, {EKO, TestPhase.PRE, 0, 0},
                {EKO, TestPhase.POST, 0, 0}}) {
            service.submitTest(s, (TestPhase) t[1], new TestSubmission((String) t[0], "1.0",
                    map("q1", t[2], "q2", t[3])));
        }
        // L3: Budi 2,2 -> 3,4; Siti 1,2 -> 2,3: both of the unit's two seats answered
        for (Object[] f : new Object[][] {{BUDI, FollowUpPhase.BASELINE, 2, 2}, {BUDI, FollowUpPhase.AFTER, 3, 4},
                {SITI, FollowUpPhase.BASELINE, 1, 2}, {SITI, FollowUpPhase.AFTER, 2, 3}}) {
            service.submitFollowUp(new FollowUpSubmission(s, (String) f[0], RUDI, (FollowUpPhase) f[1], null, null,
                    map("b1", f[2], "b2", f[3])));
        }
        // L4: Labuhan Deli 10, 12 -> 6, 8 (-4); Rengas Pulau (comparison) 9 -> 8 (-1): DiD -3
        String c = "complaints-per-month";
        service.recordIndicators(List.of(
                new IndicatorEntry(KEL_LD, PELAYANAN, c, "2025-01", new BigDecimal("10"), IndicatorPhase.BEFORE, false),
                new IndicatorEntry(KEL_LD, PELAYANAN, c, "2025-02", new BigDecimal("12"), IndicatorPhase.BEFORE, false),
                new IndicatorEntry(KEL_LD, PELAYANAN, c, "2025-07", new BigDecimal("6"), IndicatorPhase.AFTER, false),
                new IndicatorEntry(KEL_LD, PELAYANAN, c, "2025-08", new BigDecimal("8"), IndicatorPhase.AFTER, false),
                new IndicatorEntry(KEL_RP, PELAYANAN, c, "2025-01", new BigDecimal("9"), IndicatorPhase.BEFORE, true),
                new IndicatorEntry(KEL_RP, PELAYANAN, c, "2025-07", new BigDecimal("8"), IndicatorPhase.AFTER, true)));
        // L5: costs 2,000,000 x 2/3 = 1,333,333.33; benefits 1,000,000 x 2/3 = 666,666.67 (HALF_UP, 2 decimals)
        service.recordBenefit(s, "Penghematan waktu layanan", new BigDecimal("1000000"));

        UnitEvaluation u = service.evaluateUnit(KEL_LD, 2025);
        assertEquals(List.of(s), u.sessionIds());
        assertEquals(1, u.sessions());
        assertEquals(2, u.seats());
        assertEquals(0, u.anonymousResponsesExcluded());
        LevelResults l = u.levels();
        assertEquals(2, l.reactionResponses());
        assertEquals("r1", l.reaction().items().get(0).item().code());
        assertEquals(2, l.reaction().items().get(0).statistics().n());
        assertEquals(3.0, l.reaction().items().get(0).statistics().mean(), EPS);
        assertEquals(4.0, l.reaction().items().get(1).statistics().mean(), EPS);
        assertEquals(4, l.reaction().overall().n());
        assertEquals(3.5, l.reaction().overall().mean(), EPS);

        assertEquals(2, l.preTests());
        assertEquals(2, l.postTests());
        assertEquals(2, l.learning().n());
        assertEquals(100.0 / 3, l.learning().meanPrePercent(), 1e-6);
        assertEquals(200.0 / 3, l.learning().meanPostPercent(), 1e-6);
        assertEquals(0.5, l.learning().classGain().value(), 1e-9);
        assertEquals("1.0", l.itemAnalysis().version());
        assertEquals(2, l.itemAnalysis().analysis().n());
        assertEquals(1.0, l.itemAnalysis().analysis().items().get(0).difficulty(), EPS);
        assertEquals(0.5, l.itemAnalysis().analysis().items().get(1).difficulty(), EPS);

        assertEquals(1.0, l.behaviour().indicators().get(0).change(), EPS);
        assertEquals(1.5, l.behaviour().indicators().get(1).change(), EPS);
        assertEquals(2, l.behaviour().responsesReceived());
        assertEquals(2, l.behaviour().responsesExpected());
        assertEquals(1.0, l.behaviour().responseRate(), EPS);

        DifferenceInDifferences did = l.results().estimates().get(0);
        assertEquals(1, did.treatedUnits());
        assertEquals(1, did.comparisonUnits());
        assertEquals(-3.0, did.estimate(), EPS);

        assertEquals(2, l.roi().costLines());
        assertEquals(new BigDecimal("1333333.33"), l.roi().totalCosts());
        assertEquals(new BigDecimal("666666.67"), l.roi().benefits());
        assertEquals(new BigDecimal("-666666.66"), l.roi().netBenefits());
        assertEquals(new BigDecimal("-50.00"), l.roi().roiPercent());
        assertEquals(new BigDecimal("0.50"), l.roi().benefitCostRatio());

        // The whole kecamatan holds all three seats: the session's own figures, costs unprorated.
        UnitEvaluation kec = service.evaluateUnit(KEC, 2025);
        assertEquals(3, kec.seats());
        assertEquals(3, kec.levels().learning().n());
        assertEquals(0, new BigDecimal("2000000").compareTo(kec.levels().roi().totalCosts()));
        assertEquals(0, new BigDecimal("1000000").compareTo(kec.levels().roi().benefits()));
        // Rengas Pulau holds one seat of three; nothing in 2024.
        assertEquals(new BigDecimal("666666.67"), service.evaluateUnit(KEL_RP, 2025).levels().roi().totalCosts());
        UnitEvaluation none = service.evaluateUnit(KEL_LD, 2024);
        assertEquals(0, none.sessions());
        assertEquals(0, none.levels().reaction().overall().n());
        assertEquals(UndefinedReason.ZERO_COSTS, none.levels().roi().undefinedReason());
    }

    @Test
    public void costLinesProratedKeepTheSessionTotalRoundedOnce() {
        List<id.pembina.evaluation.api.CostLine> lines = Evaluator.prorate(List.of(
                new id.pembina.evaluation.api.CostLine("a", new BigDecimal("1000000")),
                new id.pembina.evaluation.api.CostLine("b", new BigDecimal("1000000"))), 2, 3);
        assertEquals(new BigDecimal("666666.67"), lines.get(0).amount());
        assertEquals(new BigDecimal("666666.66"), lines.get(1).amount());
        assertEquals(new BigDecimal("0.67"), Evaluator.share(BigDecimal.ONE, 2, 3));
        assertEquals(new BigDecimal("0.33"), Evaluator.share(BigDecimal.ONE, 1, 3));
    }

    @Test
    public void anonymousReactionsCountForAUnitOnlyWhenEverySeatHolderIsItsOwn() {
        // 2025: Budi (Labuhan Deli) and Eko (Rengas Pulau) answer an anonymous questionnaire.
        long s = session2025(ANONIM, 6, List.of(), BUDI, EKO);
        react(s, BUDI, 4, 4);
        react(s, EKO, 2, 2);
        UnitEvaluation ld = service.evaluateUnit(KEL_LD, 2025);
        assertEquals(1, ld.seats());
        assertEquals(2, ld.anonymousResponsesExcluded());
        assertEquals(0, ld.levels().reactionResponses());
        assertEquals(0, ld.levels().reaction().overall().n());
        UnitEvaluation kec = service.evaluateUnit(KEC, 2025);
        assertEquals(0, kec.anonymousResponsesExcluded());
        assertEquals(2, kec.levels().reactionResponses());
        assertEquals(3.0, kec.levels().reaction().overall().mean(), EPS);

        // 2026: Budi alone holds the anonymous session's seat, so his answers count for Labuhan Deli, beside
        // the named session of another programme: items are then named programme/item.
        react(anonSession, BUDI, 5, 4);
        react(session, SITI, 2, 3);
        UnitEvaluation y = service.evaluateUnit(KEL_LD, 2026);
        assertEquals(List.of(session, anonSession), y.sessionIds());
        assertEquals(4, y.seats());
        assertEquals(0, y.anonymousResponsesExcluded());
        assertEquals(2, y.levels().reactionResponses());
        assertEquals(List.of(PELAYANAN + "/r1", PELAYANAN + "/r2", ANONIM + "/r1", ANONIM + "/r2"),
                y.levels().reaction().items().stream().map(i -> i.item().code()).toList());
        assertEquals(3.5, y.levels().reaction().overall().mean(), EPS);
    }

    @Test
    public void answersCountedInSqlGiveTheFiguresOfEveryAnswerRead() {
        // 2025: Budi, Siti (Labuhan Deli) and Eko (Rengas Pulau) hold the seats: whole for the kecamatan, a part
        // for each kelurahan (their reactions are then read whole, their sheets' marks still counted in SQL).
        long s = session2025(PELAYANAN, 5, List.of(), BUDI, SITI, EKO);
        react(s, BUDI, 4, 5);
        react(s, SITI, 2, 3);
        react(s, EKO, 4, 4);
        // Post-tests (key q1 = 0, q2 = 0): Budi 0,0 (2 right), Siti 0,1 (1 right), Eko -,0 (1 right); pre-tests all 1,1.
        for (Object[] t : new Object[][] {{BUDI, TestPhase.PRE, 1, 1}, {BUDI, TestPhase.POST, 0, 0},
                {SITI, TestPhase.PRE, 1, 1}, {SITI, TestPhase.POST, 0, 1}, {EKO, TestPhase.PRE, 1, 1},
                {EKO, TestPhase.POST, null, 0}}) {
            service.submitTest(s, (TestPhase) t[1], new TestSubmission((String) t[0], "1.0",
                    map("q1", t[2], "q2", t[3])));
        }
        for (Object[] f : new Object[][] {{BUDI, FollowUpPhase.BASELINE, 2, 2}, {BUDI, FollowUpPhase.AFTER, 3, 4},
                {SITI, FollowUpPhase.BASELINE, 1, 2}, {SITI, FollowUpPhase.AFTER, 2, 3}}) {
            service.submitFollowUp(new FollowUpSubmission(s, (String) f[0], RUDI, (FollowUpPhase) f[1], null, null,
                    map("b1", f[2], "b2", f[3])));
        }
        // 2026: the anonymous session (Budi alone) and the named one.
        react(anonSession, BUDI, 5, 4);
        react(session, SITI, 2, 3);
        test(SITI, TestPhase.POST, 0, 0);

        EvaluationDataServiceImpl everyAnswer = new EvaluationDataServiceImpl(db.dataSource(),
                new LiquibaseSchemaMigrator(), registry, catalog, Evaluations.engine(), Clock.fixed(NOW, Nip.WIB));
        everyAnswer.readEveryAnswer();
        for (String unit : List.of(KEC, KEL_LD, KEL_RP)) {
            for (int year : List.of(2025, 2026)) {
                assertEquals(unit + " " + year, everyAnswer.evaluateUnit(unit, year).levels(),
                        service.evaluateUnit(unit, year).levels());
            }
        }
        assertEquals(everyAnswer.evaluateSession(s).levels(), service.evaluateSession(s).levels());
        assertEquals(everyAnswer.evaluateProgram(PELAYANAN, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31))
                .levels(), service.evaluateProgram(PELAYANAN, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31))
                .levels());

        // Counted in SQL, by hand: the kecamatan's 2025 reactions r1 = 4, 2, 4 (n 3, mean 10 / 3); r2 = 5, 3, 4.
        LevelResults l = service.evaluateUnit(KEC, 2025).levels();
        assertEquals(3, l.reactionResponses());
        assertEquals(List.of(0, 1, 0, 2, 0), l.reaction().items().get(0).statistics().counts());
        assertEquals(10.0 / 3, l.reaction().items().get(0).statistics().mean(), EPS);
        assertEquals(List.of(0, 0, 1, 1, 1), l.reaction().items().get(1).statistics().counts());
        // Post-test item analysis: totals Budi 2, Siti 1, Eko 1; 27 % of 3 is a group of 1. Upper group: Budi
        // (q1 and q2 right); lower group: Siti and Eko tied at 1 share its one place, q1 right for Siti only
        // (1/2), q2 for Eko only (1/2). Discrimination 1 - 1/2 = 0.5 for both; difficulty q1 2/3, q2 2/3.
        var items = l.itemAnalysis().analysis().items();
        assertEquals(3, l.itemAnalysis().analysis().n());
        assertEquals(2.0 / 3, items.get(0).difficulty(), EPS);
        assertEquals(1.0, items.get(0).upperShare(), EPS);
        assertEquals(0.5, items.get(0).lowerShare(), EPS);
        assertEquals(0.5, items.get(0).discrimination(), EPS);
        assertEquals(2.0 / 3, items.get(1).difficulty(), EPS);
        assertEquals(0.5, items.get(1).lowerShare(), EPS);
        // Pre-tests all 1,1: q1 wrong (key 0) and q2 wrong for everyone.
        assertEquals(0.0, l.preTestItemAnalysis().analysis().items().get(0).difficulty(), EPS);
        assertEquals(0.0, l.preTestItemAnalysis().analysis().items().get(1).difficulty(), EPS);
        // Labuhan Deli's part of the session: Eko's reaction left out: r1 = 4, 2.
        assertEquals(List.of(0, 1, 0, 1, 0),
                service.evaluateUnit(KEL_LD, 2025).levels().reaction().items().get(0).statistics().counts());
    }

    /** A query's rows as first column (as text) to second column. */
    private Map<String, String> pairs(String sql) throws Exception {
        Map<String, String> out = new java.util.TreeMap<>();
        try (java.sql.Connection c = db.dataSource().getConnection(); java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    /** The stored responses' packed ratings ({@code ratings}), by response id. */
    private Map<String, String> packedRatings() throws Exception {
        return pairs("SELECT response_id, ratings FROM ev_reaction_response");
    }

    private void execute(String sql) throws Exception {
        try (java.sql.Connection c = db.dataSource().getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The body of one change set of the evaluation's change log, as shipped. */
    private static String changeSet(String id) throws Exception {
        String log;
        try (var in = EvaluationDataServiceImpl.class.getClassLoader().getResourceAsStream("db/evaluation.sql")) {
            log = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        int at = log.indexOf("--changeset pembina:" + id + " ");
        int end = log.indexOf("--changeset", at + 1);
        return java.util.Arrays.stream(log.substring(at, end < 0 ? log.length() : end).split("\n"))
                .filter(l -> !l.startsWith("--")).collect(java.util.stream.Collectors.joining("\n")).strip();
    }

    /** The stored follow-ups' packed ratings, by id. */
    private Map<String, String> packedFollowUps() throws Exception {
        return pairs("SELECT id, ratings FROM ev_followup");
    }

    @Test
    public void packedFollowUpRatingsGiveTheFiguresOfTheRatingRows() throws Exception {
        long s = session2025(PELAYANAN, 5, List.of(), BUDI, SITI);
        for (Object[] f : new Object[][] {{BUDI, FollowUpPhase.BASELINE, 2, 2}, {BUDI, FollowUpPhase.AFTER, 3, 4},
                {SITI, FollowUpPhase.BASELINE, 1, 2}, {SITI, FollowUpPhase.AFTER, 2, 3}}) {
            service.submitFollowUp(new FollowUpSubmission(s, (String) f[0], RUDI, (FollowUpPhase) f[1], null, null,
                    map("b1", f[2], "b2", f[3])));
        }
        Map<String, String> written = packedFollowUps();
        assertEquals(List.of("b1:1,b2:2", "b1:2,b2:2", "b1:2,b2:3", "b1:3,b2:4"),
                written.values().stream().sorted().toList());
        UnitEvaluation packed = service.evaluateUnit(KEC, 2025);
        // By hand: after-ratings 3, 4 (Budi) and 2, 3 (Siti): 3 of 4 at 3 or more.
        assertEquals(4, packed.levels().behaviour().afterRatings());
        assertEquals(3, packed.levels().behaviour().ratingsApplying());
        // Not packed: the rating rows are read (per checklist, or row by row), with the same levels and leadership.
        execute("UPDATE ev_followup SET ratings = NULL");
        UnitEvaluation rows = service.evaluateUnit(KEC, 2025);
        assertEquals(packed.levels(), rows.levels());
        assertEquals(packed.leadership(), rows.leadership());
        // The change set that packs follow-ups stored before packing existed gives what submission packs.
        execute(changeSet("evaluation-5-followup-ratings-fill-" + ("H2".equals(database) ? "h2" : "postgresql")));
        assertEquals(written, packedFollowUps());
        assertEquals(packed.leadership(), service.evaluateUnit(KEC, 2025).leadership());
    }

    @Test
    public void packedChoicesGiveTheMarksOfTheChoiceRows() throws Exception {
        long s = session2025(PELAYANAN, 5, List.of(), BUDI, SITI, EKO);
        // Post-tests (key q1 = 0, q2 = 0): Budi 0,0 (2 right), Siti 0,1 (1 right), Eko -,0 (1 right); pre-tests all 1,1.
        for (Object[] t : new Object[][] {{BUDI, TestPhase.PRE, 1, 1}, {BUDI, TestPhase.POST, 0, 0},
                {SITI, TestPhase.PRE, 1, 1}, {SITI, TestPhase.POST, 0, 1}, {EKO, TestPhase.PRE, 1, 1},
                {EKO, TestPhase.POST, null, 0}}) {
            service.submitTest(s, (TestPhase) t[1], new TestSubmission((String) t[0], "1.0",
                    map("q1", t[2], "q2", t[3])));
        }
        // Packed at submission in item order; Eko's unanswered q1 is left out.
        Map<String, String> written = pairs("SELECT id, choices FROM ev_test_answers");
        assertEquals(List.of("q1:0,q2:0", "q1:0,q2:1", "q1:1,q2:1", "q1:1,q2:1", "q1:1,q2:1", "q2:0"),
                written.values().stream().sorted().toList());
        LevelResults packed = service.evaluateUnit(KEC, 2025).levels();
        // By hand, as in answersCountedInSqlGiveTheFiguresOfEveryAnswerRead: totals Budi 2, Siti 1, Eko 1; group of
        // 1 (27 % of 3); q1 right for Budi and Siti: difficulty 2/3, upper 1, lower 1/2 (Siti and Eko share the place).
        var items = packed.itemAnalysis().analysis().items();
        assertEquals(2.0 / 3, items.get(0).difficulty(), EPS);
        assertEquals(1.0, items.get(0).upperShare(), EPS);
        assertEquals(0.5, items.get(0).lowerShare(), EPS);
        assertEquals(2.0 / 3, items.get(1).difficulty(), EPS);
        assertEquals(0.0, packed.preTestItemAnalysis().analysis().items().get(0).difficulty(), EPS);
        // One sheet not packed (null, as sheets stored before packing existed) among packed ones: its choice rows are
        // summed, the others read packed, in one analysis with the same marks; then none packed.
        execute("UPDATE ev_test_answers SET choices = NULL WHERE choices = 'q1:0,q2:0'");
        assertEquals(5, pairs("SELECT id, choices FROM ev_test_answers").values().stream()
                .filter(java.util.Objects::nonNull).count());
        assertEquals(packed, service.evaluateUnit(KEC, 2025).levels());
        execute("UPDATE ev_test_answers SET choices = NULL");
        assertEquals(packed, service.evaluateUnit(KEC, 2025).levels());
        // The change set that packs the sheets stored before gives what submission packs.
        execute(changeSet("evaluation-6-test-choices-fill-" + ("H2".equals(database) ? "h2" : "postgresql")));
        assertEquals(written, pairs("SELECT id, choices FROM ev_test_answers"));
        // Packed sheets are marked from their packed choices alone: without the choice rows, the same marks.
        execute("DELETE FROM ev_test_choice");
        assertEquals(packed, service.evaluateUnit(KEC, 2025).levels());
    }

    @Test
    public void packedRatingsGiveTheFiguresOfTheValueRows() throws Exception {
        long s = session2025(PELAYANAN, 5, List.of(), BUDI, SITI, EKO);
        react(s, BUDI, 4, 5);
        react(s, SITI, 2, 3);
        react(s, EKO, 4, 4);
        react(session, SITI, 2, 3);
        // Packed at submission, in item order: r1 and r2 of each response.
        assertEquals(java.util.Set.of("r1:4,r2:5", "r1:2,r2:3", "r1:4,r2:4"),
                new java.util.HashSet<>(packedRatings().values()));
        Map<String, String> written = packedRatings();
        Map<String, LevelResults> expected = new java.util.LinkedHashMap<>();
        for (String unit : List.of(KEC, KEL_LD, KEL_RP)) {
            for (int year : List.of(2025, 2026)) {
                expected.put(unit + " " + year, service.evaluateUnit(unit, year).levels());
            }
        }
        // By hand (2025, the kecamatan): r1 = 4, 2, 4 -> counts of 1..5 are 0, 1, 0, 2, 0.
        assertEquals(List.of(0, 1, 0, 2, 0),
                expected.get(KEC + " 2025").reaction().items().get(0).statistics().counts());
        // Not packed (null): the value rows are counted, with the same figures; then one session packed, one not.
        execute("UPDATE ev_reaction_response SET ratings = NULL");
        for (int round = 0; round < 2; round++) {
            for (String unit : List.of(KEC, KEL_LD, KEL_RP)) {
                for (int year : List.of(2025, 2026)) {
                    assertEquals(unit + " " + year, expected.get(unit + " " + year),
                            service.evaluateUnit(unit, year).levels());
                }
            }
            // Round 2: the 2025 session packed again as submitted, the 2026 one still not.
            for (Map.Entry<String, String> e : written.entrySet()) {
                execute("UPDATE ev_reaction_response SET ratings = '" + e.getValue() + "' WHERE response_id = '"
                        + e.getKey() + "' AND session_id = " + s);
            }
        }
        assertEquals(3, packedRatings().values().stream().filter(java.util.Objects::nonNull).count());
        // The change set that packs the responses stored before packing existed gives what submission packs.
        execute("UPDATE ev_reaction_response SET ratings = NULL");
        execute(changeSet("evaluation-4-reaction-ratings-fill-" + ("H2".equals(database) ? "h2" : "postgresql")));
        assertEquals(written, packedRatings());
        assertEquals(expected.get(KEC + " 2025"), service.evaluateUnit(KEC, 2025).levels());
    }
}
