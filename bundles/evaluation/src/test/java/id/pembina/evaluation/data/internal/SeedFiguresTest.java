package id.pembina.evaluation.data.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

import id.pembina.catalog.api.AbsenceReason;
import id.pembina.catalog.api.AttendanceMark;
import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.CostCategory;
import id.pembina.catalog.api.CostLine;
import id.pembina.catalog.api.DeliveryMode;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.catalog.spi.BehaviourChecklist;
import id.pembina.catalog.spi.CompetencyType;
import id.pembina.catalog.spi.DeliveryMethod;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.ProgramDefinition;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.catalog.spi.ResultsIndicator;
import id.pembina.catalog.spi.TrainingModule;
import id.pembina.catalog.testkit.CatalogTestKit;
import id.pembina.evaluation.api.Evaluations;
import id.pembina.evaluation.api.GainBand;
import id.pembina.evaluation.api.IkmGrade;
import id.pembina.evaluation.api.UnitIndicatorChange;
import id.pembina.evaluation.data.api.ActionInput;
import id.pembina.evaluation.data.api.ActionStatus;
import id.pembina.evaluation.data.api.DeliveryComparison;
import id.pembina.evaluation.data.api.FollowUpPhase;
import id.pembina.evaluation.data.api.FollowUpSubmission;
import id.pembina.evaluation.data.api.IkmAnswer;
import id.pembina.evaluation.data.api.IkmSurvey;
import id.pembina.evaluation.data.api.LevelResults;
import id.pembina.evaluation.data.api.ProgramAction;
import id.pembina.evaluation.data.api.ReactionSubmission;
import id.pembina.evaluation.data.api.Recommendation;
import id.pembina.evaluation.data.api.TestPhase;
import id.pembina.evaluation.data.api.TestSubmission;
import id.pembina.evaluation.data.api.TimeAwayCost;
import id.pembina.participant.api.Education;
import id.pembina.participant.api.Nip;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;
import id.pembina.participant.internal.RegistryService;
import id.pembina.persistence.internal.LiquibaseSchemaMigrator;
import id.pembina.persistence.testing.TestDatabase;
import id.pembina.platform.api.ConflictException;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.ValidationException;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;
import id.pembina.security.api.Role;

/**
 * What the seed asks an evaluation to show beyond levels 1-5 (issue 11): self-assessment beside the supervisor's
 * follow-up, time away from duty and fully loaded ROI, the delivery-mode comparison, IKM surveys as a level-4
 * indicator, recommendations and follow-through actions. Real registry and catalog, on H2 and PostgreSQL.
 */
@RunWith(Parameterized.class)
public class SeedFiguresTest {

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {"H2"}, new Object[] {"PostgreSQL"});
    }

    @Parameter
    public String database;

    private static final Instant NOW = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, Nip.WIB).toInstant();
    private static final double EPS = 1e-9;

    private static final String KEC = "KEC-MEDAN-MARELAN";
    private static final String KEL_A = "KEL-LABUHAN-DELI";
    private static final String KEL_B = "KEL-RENGAS-PULAU";
    private static final String LURAH = "197512012000121003"; // lurah of Labuhan Deli, supervisor of Ana and Bayu
    private static final String ANA = "198609262015051001";   // III/a: Rp 45,000 an hour by default
    private static final String BAYU = "199003152019032002";  // II/b: Rp 36,000
    private static final String CICI = "199507072020122001";  // Rengas Pulau, IV/a, no supervisor
    private static final String CODE = "MANAJEMEN-WAKTU";

    private TestDatabase db;
    private CatalogService catalog;
    private EvaluationDataServiceImpl service;
    private IkmSurveysImpl ikm;
    private FollowThroughImpl follow;
    private CallerContext.Scope caller;

    record Module(String id, String name, String version, List<ProgramDefinition> programs)
            implements TrainingModule {
    }

    private static ProgramDefinition program() {
        return new ProgramDefinition(CODE, "Manajemen Waktu", "Mengelola waktu kerja", CompetencyType.TEKNIS,
                DeliveryMethod.PELATIHAN, 12, List.of("Peserta menyusun rencana kerja harian"),
                new ReactionQuestionnaire("1.0", false, List.of(new ReactionQuestionnaire.LikertItem("r1", "Materi"),
                        new ReactionQuestionnaire.LikertItem("r2", "Fasilitator"))),
                new KnowledgeTest("1.0", List.of(
                        new KnowledgeTest.TestItem("q1", "Prioritas", List.of("a", "b"), 0, 1),
                        new KnowledgeTest.TestItem("q2", "Jadwal", List.of("a", "b"), 0, 2))),
                new BehaviourChecklist("1.0", List.of(
                        new BehaviourChecklist.BehaviourIndicator("b1", "Menyusun rencana kerja harian"),
                        new BehaviourChecklist.BehaviourIndicator("b2", "Menyelesaikan tugas tepat waktu"))),
                List.of(new ResultsIndicator("late-services", "Layanan terlambat", "layanan/bulan",
                        ResultsIndicator.Direction.LOWER_IS_BETTER)));
    }

    private static Participant person(String nip, String unit, PositionType type, Rank rank, String supervisor) {
        return new Participant(nip, "Peserta " + nip.substring(0, 4), null, null, unit, "Pengadministrasi", type, rank,
                Education.S1, supervisor, null);
    }

    @Before
    public void setUp() throws Exception {
        caller = CallerContext.enter(new Caller("op", Set.of(Role.OPERATOR), null, null, "test"));
        db = TestDatabase.open(database);
        Clock clock = Clock.fixed(NOW, Nip.WIB);
        LiquibaseSchemaMigrator migrator = new LiquibaseSchemaMigrator();
        RegistryService registry = new RegistryService(db.dataSource(), migrator, clock);
        registry.createUnit(new OrganizationUnit(KEC, "Kecamatan Medan Marelan", null));
        registry.createUnit(new OrganizationUnit(KEL_A, "Kelurahan Labuhan Deli", KEC));
        registry.createUnit(new OrganizationUnit(KEL_B, "Kelurahan Rengas Pulau", KEC));
        registry.create(person(LURAH, KEL_A, PositionType.ADMINISTRATOR, Rank.III_D, null));
        registry.create(person(ANA, KEL_A, PositionType.PELAKSANA, Rank.III_A, LURAH));
        registry.create(person(BAYU, KEL_A, PositionType.PELAKSANA, Rank.II_B, LURAH));
        registry.create(person(CICI, KEL_B, PositionType.PELAKSANA, Rank.IV_A, null));
        CatalogTestKit kit = new CatalogTestKit(db.dataSource(), migrator, registry, clock);
        kit.add(new Module("manajemen-waktu", "Manajemen Waktu", "1.0.0", List.of(program())), 1);
        catalog = kit.service();
        service = new EvaluationDataServiceImpl(db.dataSource(), migrator, registry, catalog, Evaluations.engine(),
                clock);
        ikm = new IkmSurveysImpl(db.dataSource(), registry, Evaluations.engine(), clock);
        follow = new FollowThroughImpl(db.dataSource(), service, catalog, registry, clock);
    }

    @After
    public void tearDown() throws Exception {
        caller.close();
        if (db != null) {
            db.close();
        }
    }

    // ---- helpers ----

    /** A classroom day 08:00-17:00 (540 minutes, 12 JP of 45 minutes) costing Rp 3,000,000. */
    private long classroom(String... nips) {
        return session(DeliveryMode.CLASSROOM, LocalDateTime.of(2026, 3, 10, 8, 0), LocalDateTime.of(2026, 3, 10, 17, 0),
                "3000000", nips);
    }

    private long session(DeliveryMode mode, LocalDateTime start, LocalDateTime end, String cost, String... nips) {
        long id = catalog.createSession(TrainingSession.of(CODE, start, end, "Aula Kantor Camat", null, 30, List.of(),
                List.of(new CostLine(CostCategory.HONORARIA, "Honor narasumber", new BigDecimal(cost))), List.of())
                .with(mode, List.of())).id();
        for (String nip : nips) {
            catalog.enroll(id, nip, EnrollmentStatus.REGISTERED, null, null);
        }
        return id;
    }

    private static Map<String, Integer> map(Object... kv) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Integer) kv[i + 1]);
        }
        return m;
    }

    private void rate(long s, String nip, FollowUpPhase phase, int b1, int b2) {
        service.submitFollowUp(new FollowUpSubmission(s, nip, LURAH, phase, null, null, map("b1", b1, "b2", b2)));
    }

    private void self(long s, String nip, FollowUpPhase phase, int b1, int b2) {
        service.submitSelfAssessment(new FollowUpSubmission(s, nip, null, phase, null, null, map("b1", b1, "b2", b2)));
    }

    /** Pre and post test: q1 is worth 1 point, q2 2 (max 3); 0 is the right option, 1 a wrong one. */
    private void tests(long s, String nip, int q1Pre, int q2Pre, int q1Post, int q2Post) {
        service.submitTest(s, TestPhase.PRE, new TestSubmission(nip, null, map("q1", q1Pre, "q2", q2Pre)));
        service.submitTest(s, TestPhase.POST, new TestSubmission(nip, null, map("q1", q1Post, "q2", q2Post)));
    }

    private static <T> T as(Role role, java.util.function.Supplier<T> work) {
        return CallerContext.callAs(new Caller("someone", Set.of(role), null, KEL_A, "test"), work);
    }

    private static List<Integer> ratings(int... r) {
        return java.util.Arrays.stream(r).boxed().toList();
    }

    // ---- level 3: self-assessment beside the supervisor ----

    @Test
    public void selfAssessmentIsShownBesideTheSupervisorsFollowUp() {
        long s = classroom(ANA, BAYU);
        rate(s, ANA, FollowUpPhase.AFTER, 4, 3);
        rate(s, BAYU, FollowUpPhase.AFTER, 2, 2);
        self(s, ANA, FollowUpPhase.AFTER, 4, 4);
        self(s, BAYU, FollowUpPhase.AFTER, 3, 2);

        LevelResults lv = service.evaluateSession(s).levels();
        // supervisors: 4, 3, 2, 2 -> 2 of 4 ratings >= 3 = 0.5; b1 after (4 + 2) / 2 = 3.0
        assertEquals(0.5, lv.behaviour().shareApplying(), EPS);
        assertEquals(3.0, lv.behaviour().indicators().get(0).meanAfter(), EPS);
        // the participants themselves: 4, 4, 3, 2 -> 3 of 4 = 0.75; b1 after (4 + 3) / 2 = 3.5; both responded of 2
        assertEquals(0.75, lv.selfAssessment().shareApplying(), EPS);
        assertEquals(3.5, lv.selfAssessment().indicators().get(0).meanAfter(), EPS);
        assertEquals(1.0, lv.selfAssessment().responseRate(), EPS);
        assertEquals(2, service.selfAssessments(s).size());
        assertEquals(ANA, service.selfAssessments(s).get(0).supervisorNip()); // the rater is the participant

        // an identical repeat is the stored one; the rater must be the participant; staff enter it
        self(s, ANA, FollowUpPhase.AFTER, 4, 4);
        assertEquals(2, service.selfAssessments(s).size());
        ValidationException bad = assertThrows(ValidationException.class, () -> service.submitSelfAssessment(
                new FollowUpSubmission(s, ANA, LURAH, FollowUpPhase.BASELINE, null, null, map("b1", 1, "b2", 1))));
        assertEquals(List.of(FieldError.of("supervisorNip", "evaluation.selfRater", LURAH)), bad.errors());
        assertThrows(AccessDeniedException.class, () -> as(Role.PIMPINAN, () -> service.submitSelfAssessment(
                new FollowUpSubmission(s, ANA, null, FollowUpPhase.BASELINE, null, null, map("b1", 1, "b2", 1)))));
    }

    // ---- level 5: time away from duty, fully loaded ROI ----

    @Test
    public void timeAwayFromDutyIsShownAndAddedToTheRoiOnRequest() {
        long s = classroom(ANA, BAYU);
        service.recordBenefit(s, "Layanan terlambat berkurang", new BigDecimal("4374000"));

        LevelResults plain = service.evaluateProgram(CODE, null, null, false).levels();
        TimeAwayCost t = plain.timeAway();
        // 540 minutes = 9 hours per seat: Ana III 9 x 45,000 = 405,000.00; Bayu II 9 x 36,000 = 324,000.00
        assertEquals(2, t.seats());
        assertEquals(0, t.unranked());
        assertEquals(new BigDecimal("18.00"), t.hours());
        assertEquals(new BigDecimal("729000.00"), t.amount());
        assertEquals(List.of(new TimeAwayCost.Line("II", 1, new BigDecimal("9.00"), new BigDecimal("36000"),
                new BigDecimal("324000.00")), new TimeAwayCost.Line("III", 1, new BigDecimal("9.00"),
                        new BigDecimal("45000"), new BigDecimal("405000.00"))), t.lines());
        // without it: (4,374,000 - 3,000,000) x 100 / 3,000,000 = 45.80 %
        assertEquals(new BigDecimal("45.80"), plain.roi().roiPercent());

        LevelResults loaded = service.evaluateProgram(CODE, null, null, true).levels();
        // fully loaded: costs 3,729,000; (4,374,000 - 3,729,000) x 100 / 3,729,000 = 17.2968... -> 17.30 %
        assertEquals(0, new BigDecimal("3729000").compareTo(loaded.roi().totalCosts()));
        assertEquals(new BigDecimal("17.30"), loaded.roi().roiPercent());
        assertEquals(true, loaded.fullyLoaded());

        // configured rates: golongan III at Rp 50,000 -> 9 x 50,000 + 324,000 = 774,000.00
        service.setRates(new TimeCostRates(Map.of("I", new BigDecimal("26000"), "II", new BigDecimal("36000"),
                "III", new BigDecimal("50000"), "IV", new BigDecimal("55000"))));
        assertEquals(new BigDecimal("774000.00"), service.evaluateProgram(CODE, null, null, false).levels()
                .timeAway().amount());
    }

    // ---- delivery modes ----

    @Test
    public void deliveryModesAreComparedWithTheirOwnN() {
        long room = classroom(ANA, BAYU);
        // e-learning 08:00-11:00: 180 minutes = 4 JP, Rp 400,000, Cici alone
        long online = session(DeliveryMode.E_LEARNING, LocalDateTime.of(2026, 4, 14, 8, 0),
                LocalDateTime.of(2026, 4, 14, 11, 0), "400000", CICI);
        // The pre-test while both hold a seat; then the attendance: only Ana attended, so only she may take the
        // post-test (Bayu, a no-show, no longer holds a seat).
        service.submitTest(room, TestPhase.PRE, new TestSubmission(ANA, null, map("q1", 0, "q2", 1)));  // 1 of 3
        service.submitTest(room, TestPhase.PRE, new TestSubmission(BAYU, null, map("q1", 1, "q2", 1))); // 0 of 3
        // The supervisor's ratings are taken while both still hold their seats.
        rate(room, ANA, FollowUpPhase.BASELINE, 2, 3);
        rate(room, ANA, FollowUpPhase.AFTER, 4, 3);
        rate(room, BAYU, FollowUpPhase.BASELINE, 2, 1);
        rate(room, BAYU, FollowUpPhase.AFTER, 2, 2);
        catalog.recordAttendance(room, List.of(new AttendanceMark(ANA, 1, true, null, null),
                new AttendanceMark(BAYU, 1, false, AbsenceReason.WORKLOAD, null)));
        catalog.recordAttendance(online, List.of(new AttendanceMark(CICI, 1, true, null, null)));
        service.submitTest(room, TestPhase.POST, new TestSubmission(ANA, null, map("q1", 0, "q2", 0))); // 3 of 3

        // Programme-wide figures are for staff only.
        assertThrows(AccessDeniedException.class, () -> as(Role.PIMPINAN, () -> service.compareDelivery(CODE, null, null)));
        DeliveryComparison c = as(Role.OPERATOR, () -> service.compareDelivery(CODE, null, null));
        assertEquals(2, c.groups().size());
        DeliveryComparison.Group classroom = c.groups().get(0);
        assertEquals(DeliveryMode.CLASSROOM, classroom.mode());
        assertEquals(1, classroom.sessions());
        assertEquals(1, classroom.seats()); // Bayu missed the only meeting: NO_SHOW, no seat
        // <g> = (sum post - sum pre) / (n - sum pre) on fractions, over Ana's pair only (Bayu has no post-test):
        // (3/3 - 1/3) / (1 - 1/3) = 1.0, HIGH
        assertEquals(1, classroom.pairs());
        assertEquals(1.0, classroom.classGain(), EPS);
        assertEquals(GainBand.HIGH, classroom.gainBand());
        // paired changes b1: 4-2 = 2, 2-2 = 0; b2: 3-3 = 0, 2-1 = 1 -> (2 + 0 + 0 + 1) / 4 = 0.75
        assertEquals(2, classroom.ratedParticipants());
        assertEquals(0.75, classroom.behaviourChange(), EPS);
        assertEquals(0.5, classroom.shareApplying(), EPS); // after 4, 3, 2, 2
        // one meeting each: Ana present, Bayu (no-show) away -> 1 / 2
        assertEquals(2, classroom.meetingsExpected());
        assertEquals(1, classroom.meetingsPresent());
        assertEquals(0.5, classroom.attendanceRate(), EPS);
        // 3,000,000 / (1 seat x 12 JP) = 250,000.00
        assertEquals(12, classroom.participantJp());
        assertEquals(new BigDecimal("250000.00"), classroom.costPerJp());

        DeliveryComparison.Group elearning = c.groups().get(1);
        assertEquals(DeliveryMode.E_LEARNING, elearning.mode());
        assertEquals(1, elearning.seats());
        assertEquals(0, elearning.pairs());
        assertNull(elearning.classGain());
        assertNull(elearning.behaviourChange());
        assertEquals(1.0, elearning.attendanceRate(), EPS);
        assertEquals(new BigDecimal("100000.00"), elearning.costPerJp()); // 400,000 / (1 x 4)
        assertThrows(AccessDeniedException.class, () -> as(Role.PESERTA, () -> service.compareDelivery(CODE, null,
                null)));
    }

    // ---- IKM ----

    @Test
    public void ikmAnswersAreStoredOnceAndComputed() {
        // NRR of every element (4 + 3) / 2 = 3.5; IKM 3.5 x 25 = 87.50: B (Baik, 76.61-88.30)
        IkmSurvey s = ikm.record(KEL_A, "2026-01", List.of(new IkmAnswer("R1", ratings(4, 4, 4, 4, 4, 4, 4, 4, 4)),
                new IkmAnswer("R2", ratings(3, 3, 3, 3, 3, 3, 3, 3, 3))));
        assertEquals(2, s.result().n());
        assertEquals(new BigDecimal("87.50"), s.result().index());
        assertEquals(IkmGrade.B, s.result().grade());
        // identical again: accepted, still 2; different: refused, nothing stored
        assertEquals(2, ikm.record(KEL_A, "2026-01", List.of(new IkmAnswer("R1", ratings(4, 4, 4, 4, 4, 4, 4, 4, 4))))
                .result().n());
        assertThrows(ConflictException.class, () -> ikm.record(KEL_A, "2026-01", List.of(
                new IkmAnswer("R3", ratings(1, 1, 1, 1, 1, 1, 1, 1, 1)),
                new IkmAnswer("R1", ratings(1, 1, 1, 1, 1, 1, 1, 1, 1)))));
        assertEquals(2, ikm.ikm(KEL_A, "2026-01").result().n());
        ValidationException bad = assertThrows(ValidationException.class, () -> ikm.record(KEL_A, "2026-13",
                List.of(new IkmAnswer("R9", ratings(5, 4, 4, 4, 4, 4, 4, 4, 4)), new IkmAnswer(" ", ratings(4)))));
        assertEquals(List.of(FieldError.of("period", "evaluation.periodFormat", "2026-13"),
                FieldError.of("answers[0].ratings[0]", "evaluation.ikmRating"),
                FieldError.of("answers[1].respondentId", "evaluation.ikmRespondent", "60"),
                FieldError.of("answers[1].ratings", "evaluation.ikmElements", "1")), bad.errors());
        assertThrows(NotFoundException.class, () -> ikm.ikm("NO-UNIT", "2026-01"));
        assertThrows(AccessDeniedException.class, () -> as(Role.PIMPINAN, () -> ikm.record(KEL_A, "2026-02",
                List.of(new IkmAnswer("R1", ratings(4, 4, 4, 4, 4, 4, 4, 4, 4))))));

        // CSV: two rows all 2 and all 1 -> NRR 1.5, IKM 37.50, D; a bad row refuses the whole file
        ImportResult refused = ikm.importCsv(KEL_B, "2026-01", new StringReader(
                "respondentId,u1,u2,u3,u4,u5,u6,u7,u8,u9\nA,2,2,2,2,2,2,2,2,2\nB,1,1,1,1,1,1,1,1,x\n"));
        assertEquals(0, refused.imported());
        assertEquals(List.of(new ImportResult.RowError(3, FieldError.of("u9", "evaluation.ikmRating"))),
                refused.errors());
        ImportResult ok = ikm.importCsv(KEL_B, "2026-01", new StringReader(
                "respondentId,u1,u2,u3,u4,u5,u6,u7,u8,u9\nA,2,2,2,2,2,2,2,2,2\nB,1,1,1,1,1,1,1,1,1\n"));
        assertEquals(2, ok.imported());
        // The pimpinan of KEL_A may not read the IKM of KEL_B, outside their subtree.
        assertEquals("evaluation.denied.unit", assertThrows(AccessDeniedException.class,
                () -> as(Role.PIMPINAN, () -> ikm.ikm(KEL_B, "2026-01"))).code());
        IkmSurvey b = as(Role.OPERATOR, () -> ikm.ikm(KEL_B, "2026-01"));
        assertEquals(new BigDecimal("37.50"), b.result().index());
        assertEquals(IkmGrade.D, b.result().grade());
        assertEquals(List.of("2026-01"), ikm.history(KEL_B).stream().map(IkmSurvey::period).toList());
    }

    @Test
    public void ikmIsALevelFourIndicatorBeforeAndAfterTheSessions() {
        classroom(ANA); // March 2026
        ikm.record(KEL_A, "2026-01", List.of(new IkmAnswer("R1", ratings(4, 4, 4, 4, 4, 4, 4, 4, 4)),
                new IkmAnswer("R2", ratings(3, 3, 3, 3, 3, 3, 3, 3, 3)))); // 87.50, before
        ikm.record(KEL_A, "2026-03", List.of(new IkmAnswer("R1", ratings(1, 1, 1, 1, 1, 1, 1, 1, 1)))); // the month of the session: left out
        ikm.record(KEL_A, "2026-06", List.of(new IkmAnswer("R1", ratings(4, 4, 4, 4, 4, 4, 4, 4, 4)))); // 100.00, after
        UnitIndicatorChange change = service.evaluateProgram(CODE, null, null).levels().results().changes().stream()
                .filter(u -> u.indicatorCode().equals(IkmIndicator.ID)).findFirst().orElseThrow();
        assertEquals(KEL_A, change.unitCode());
        assertEquals(1, change.nBefore());
        assertEquals(87.5, change.before(), EPS);
        assertEquals(100.0, change.after(), EPS);
        assertEquals(12.5, change.change(), EPS); // 100.00 - 87.50, higher is better
        assertEquals(12.5, change.improvement(), EPS);
    }

    // ---- recommendations and actions ----

    @Test
    public void recommendationsComeFromTheFiguresAndActionsFollowThrough() {
        long s = classroom(ANA, BAYU, CICI);
        catalog.enroll(s, CICI, EnrollmentStatus.CANCELLED, AbsenceReason.WORKLOAD, null);
        // Only those who attended answer the reaction questionnaire and the post-test.
        catalog.recordAttendance(s, List.of(new AttendanceMark(ANA, 1, true, null, null),
                new AttendanceMark(BAYU, 1, true, null, null)));
        service.submitReaction(s, new ReactionSubmission(ANA, null, map("r1", 3, "r2", 4), null));
        service.submitReaction(s, new ReactionSubmission(BAYU, null, map("r1", 3, "r2", 5), null));
        tests(s, ANA, 1, 0, 1, 0);  // pre 2 of 3, post 2 of 3
        tests(s, BAYU, 1, 1, 0, 1); // pre 0 of 3, post 1 of 3
        rate(s, ANA, FollowUpPhase.AFTER, 2, 4);
        rate(s, BAYU, FollowUpPhase.AFTER, 2, 3);

        assertThrows(AccessDeniedException.class, () -> as(Role.PIMPINAN, () -> follow.recommendations(CODE, null, null)));
        List<Recommendation> r = as(Role.OPERATOR, () -> follow.recommendations(CODE, null, null));
        assertEquals(List.of(
                // r1: (3 + 3) / 2 = 3.0 < 3.5
                new Recommendation(Recommendation.Kind.ITEM_BELOW_THRESHOLD, "r1", 3.0, 3.5, "evaluation.rec.item"),
                // <g> = (2/3 + 1/3 - 2/3 - 0) / (2 - 2/3) = (1/3) / (4/3) = 0.25 < 0.3
                new Recommendation(Recommendation.Kind.LOW_GAIN, null, 0.25, 0.3, "evaluation.rec.gain"),
                // b1 after 2, 2: 0 of 2 >= 3 = 0.0 < 0.5 (b2: 4, 3 -> 1.0)
                new Recommendation(Recommendation.Kind.LOW_APPLICATION, "b1", 0.0, 0.5, "evaluation.rec.application"),
                // the one supervisor (the lurah) held no seat and no role: 0 / 1 < 0.5
                new Recommendation(Recommendation.Kind.LEADERS_ABSENT, null, 0.0, 0.5, "evaluation.rec.leaders"),
                // Ana, Bayu registered, Cici cancelled for workload: 1 / 3 >= 0.1
                new Recommendation(Recommendation.Kind.WORKLOAD_ABSENCES, null, 1.0 / 3, 0.1,
                        "evaluation.rec.workload")), r);

        ProgramAction first = follow.addAction(CODE, new ActionInput("LOW_GAIN", "Ganti studi kasus dengan kasus "
                + "kelurahan", null, "Kasubbag Umum", LocalDate.of(2027, 3, 31)));
        ProgramAction second = follow.addAction(CODE, new ActionInput(null, "Undang lurah sebagai mentor",
                ActionStatus.IN_PROGRESS, "Camat", null));
        assertEquals(ActionStatus.OPEN, first.status());
        assertNull(first.doneAt());
        ProgramAction done = follow.updateAction(first.id(), new ActionInput("LOW_GAIN", first.text(),
                ActionStatus.DONE, first.owner(), first.due()));
        assertEquals(ActionStatus.DONE, done.status());
        assertEquals(NOW, done.doneAt());
        // by due date, none last
        assertEquals(List.of(first.id(), second.id()), as(Role.OPERATOR, () -> follow.actions(CODE)).stream()
                .map(ProgramAction::id).toList());
        assertEquals(List.of(FieldError.of("text", "evaluation.required"), FieldError.of("recommendation",
                "evaluation.recommendationUnknown", "LOW_MOOD")), assertThrows(ValidationException.class,
                        () -> follow.addAction(CODE, new ActionInput("LOW_MOOD", " ", null, "Camat", null))).errors());
        assertThrows(NotFoundException.class, () -> follow.updateAction(first.id() + 100, new ActionInput(null, "x",
                null, "y", null)));
        assertThrows(NotFoundException.class, () -> follow.addAction("NO-PROGRAM", new ActionInput(null, "x", null,
                "y", null)));
        assertThrows(AccessDeniedException.class, () -> as(Role.PIMPINAN, () -> follow.addAction(CODE,
                new ActionInput(null, "x", null, "y", null))));
        assertEquals(Collections.emptyList(), follow.actions("OTHER"));
    }
}
