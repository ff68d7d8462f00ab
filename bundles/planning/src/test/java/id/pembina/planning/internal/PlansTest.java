package id.pembina.planning.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

import id.pembina.evaluation.data.internal.TrainingResultsImpl;
import id.pembina.catalog.api.AttendanceMark;
import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.CostCategory;
import id.pembina.catalog.api.CostLine;
import id.pembina.catalog.api.DeliveryMode;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.catalog.api.SessionQuery;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.planning.api.Acceptance;
import id.pembina.planning.api.Budget;
import id.pembina.planning.api.BudgetLine;
import id.pembina.planning.api.LineOutcome;
import id.pembina.planning.api.PlanComparison;
import id.pembina.planning.api.PlanDraft;
import id.pembina.planning.api.PlanLine;
import id.pembina.planning.api.PlanProgress;
import id.pembina.planning.api.PlanSnapshot;
import id.pembina.planning.api.PlanSummary;
import id.pembina.planning.api.PlanVersion;
import id.pembina.planning.api.PlannedSession;
import id.pembina.planning.api.SiasnCourse;
import id.pembina.participant.api.Nip;
import id.pembina.persistence.internal.LiquibaseSchemaMigrator;
import id.pembina.persistence.testing.AsCaller;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.ValidationException;

/** Budgets, plan versions, comparing, accepting, planned vs realised, and the SIASN export; H2 and PostgreSQL. */
@RunWith(Parameterized.class)
public class PlansTest {

    @Rule
    public final AsCaller caller = AsCaller.operator();

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {"H2"}, new Object[] {"PostgreSQL"});
    }

    @Parameter
    public String database;

    private Fixture f;

    @Before
    public void setUp() throws Exception {
        f = new Fixture(database);
    }

    @After
    public void tearDown() throws Exception {
        f.close();
    }

    private static BigDecimal rp(String amount) {
        return new BigDecimal(amount);
    }

    private static PlannedSession session(String start, String end, String mode, int capacity, String cost,
            String... nips) {
        return new PlannedSession(Fixture.KOM, LocalDate.parse(start), LocalDate.parse(end), mode, capacity, rp(cost),
                List.of(nips));
    }

    /** Version 1: May (SITI, EKO; Rp 4,000,000) and June 1 online (BUDI; Rp 1,500,000). */
    private PlanVersion version1() {
        return f.planning.saveDraft(new PlanDraft(2026, Fixture.KEC, "Rencana 2026", "manual", List.of(
                session("2026-05-04", "2026-05-04", "CLASSROOM", 10, "4000000", Fixture.SITI, Fixture.EKO),
                session("2026-06-01", "2026-06-01", "ONLINE", 5, "1500000", Fixture.BUDI))));
    }

    /** Version 2: June costs Rp 1,000,000 now; July added (RUDI; Rp 900,000). */
    private PlanVersion version2() {
        return f.planning.saveDraft(new PlanDraft(2026, Fixture.KEC, "Rencana 2026", "solver", List.of(
                session("2026-05-04", "2026-05-04", "CLASSROOM", 10, "4000000", Fixture.SITI, Fixture.EKO),
                session("2026-06-01", "2026-06-01", "ONLINE", 5, "1000000", Fixture.BUDI),
                session("2026-07-01", "2026-07-02", null, 3, "900000", Fixture.RUDI))));
    }

    /** 10,000,000 + 5,000,000.50 = 15,000,000.50; a unit budget beside it. */
    @Test
    public void budgetsPerYearAndUnit() {
        assertEquals(Optional.empty(), f.planning.ceiling(2026, null));
        f.planning.set(new Budget(2026, null, List.of(new BudgetLine("HONORARIA", rp("10000000")),
                new BudgetLine("venue", rp("5000000.50")))));
        f.planning.set(new Budget(2026, Fixture.KEL_LD, List.of(new BudgetLine("CONSUMPTION", rp("2000000")))));
        assertEquals(Optional.of(rp("15000000.50")), f.planning.ceiling(2026, null));
        assertEquals(Optional.of(rp("2000000.00")), f.planning.ceiling(2026, Fixture.KEL_LD));
        assertEquals(Optional.empty(), f.planning.ceiling(2027, null));
        List<Budget> all = f.planning.budgets(2026);
        assertEquals(2, all.size());
        assertNull(all.get(0).unitCode());
        assertEquals(List.of(new BudgetLine("HONORARIA", rp("10000000.00")), new BudgetLine("VENUE", rp("5000000.50"))),
                all.get(0).lines());
        // Replacing: the agency's budget is now 1,000,000 alone.
        f.planning.set(new Budget(2026, null, List.of(new BudgetLine("OTHER", rp("1000000")))));
        assertEquals(Optional.of(rp("1000000.00")), f.planning.ceiling(2026, null));
        List<FieldError> errors = assertThrows(ValidationException.class, () -> f.planning.set(new Budget(1999, "NOPE",
                List.of(new BudgetLine("VENUE", rp("1")), new BudgetLine("VENUE", rp("-1")),
                        new BudgetLine("FOOD", rp("0.001")))))).errors();
        assertEquals(List.of("year:planning.range", "unitCode:planning.unitUnknown",
                "lines[1].category:planning.categoryTwice", "lines[1].amount:planning.amount",
                "lines[2].category:planning.category", "lines[2].amount:planning.amount"),
                errors.stream().map(e -> e.field() + ":" + e.code()).toList());
    }

    /** Version 1: cost 5,500,000; seats 3; JP 12 x 3 = 36. */
    @Test
    public void draftsBecomeVersions() {
        PlanVersion v1 = version1();
        assertEquals(1, v1.version());
        PlanVersion v2 = version2();
        assertEquals(new PlanVersion(v1.planId(), 2), v2);
        PlanSnapshot first = f.planning.version(v1.planId(), 1);
        assertEquals(rp("5500000.00"), first.cost());
        assertEquals(3, first.seats());
        assertEquals(36, first.jp());
        assertEquals("E_LEARNING", first.lines().get(1).session().deliveryMode());
        assertEquals("operator", first.savedBy());
        PlanSnapshot latest = f.planning.version(v1.planId(), 0);
        assertEquals(2, latest.version());
        assertEquals("solver", latest.source());
        assertEquals(List.of(new PlanSummary(v1.planId(), 2026, Fixture.KEC, "Rencana 2026", 2, null)),
                f.planning.plans(2026));
        assertEquals(List.of(), f.planning.plans(2027));
        assertThrows(NotFoundException.class, () -> f.planning.version(v1.planId(), 3));
        assertThrows(NotFoundException.class, () -> f.planning.version(v1.planId() + 99, 1));
    }

    /**
     * v1 -> v2: July added, June changed (cost); cost 5,900,000 - 5,500,000 = 400,000; seats 4 - 3 = 1;
     * JP 48 - 36 = 12.
     */
    @Test
    public void versionsCompare() {
        long plan = version1().planId();
        version2();
        PlanComparison c = f.planning.compare(plan, 1, 2);
        assertEquals(List.of(3), c.added().stream().map(PlanLine::line).toList());
        assertEquals(List.of(), c.removed());
        assertEquals(List.of(2), c.changed().stream().map(PlanLine::line).toList());
        assertEquals(rp("400000.00"), c.costDelta());
        assertEquals(1, c.seatsDelta());
        assertEquals(12, c.jpDelta());
        PlanComparison back = f.planning.compare(plan, 2, 1);
        assertEquals(List.of(3), back.removed().stream().map(PlanLine::line).toList());
    }

    @Test
    public void draftRulesAreChecked() {
        List<FieldError> errors = assertThrows(ValidationException.class, () -> f.planning.saveDraft(new PlanDraft(2026,
                "NOPE", " ", null, List.of(
                        new PlannedSession("XYZ", LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 2), "TELEPATHY", 1,
                                rp("-5"), List.of(Fixture.BUDI, "199901012020011009")),
                        session("2026-03-02", "2026-03-01", null, 2, "0", Fixture.BUDI, Fixture.BUDI))))).errors();
        assertEquals(List.of("name:required", "unitCode:planning.unitUnknown",
                "sessions[0].programCode:planning.programUnknown", "sessions[0].start:planning.outsideYear",
                "sessions[0].deliveryMode:planning.deliveryMode", "sessions[0].capacity:planning.capacity",
                "sessions[0].plannedCost:planning.amount", "sessions[0].participantNips[1]:planning.participantUnknown",
                "sessions[1].end:planning.endBeforeStart", "sessions[1].participantNips[1]:planning.participantTwice"),
                errors.stream().map(e -> e.field() + ":" + e.code()).toList());
        assertEquals(List.of(), f.planning.plans(2026));
    }

    /**
     * BUDI holds a seat in a catalog session on 2026-06-01, so June (line 2) is refused and nothing is created for
     * it; May (line 1) becomes a session with SITI and EKO registered. Accepting again creates nothing new.
     */
    @Test
    public void acceptingCreatesSessionsThroughTheCatalog() {
        long clash = f.catalog.createSession(TrainingSession.of(Fixture.KOM, LocalDateTime.of(2026, 6, 1, 9, 0),
                LocalDateTime.of(2026, 6, 1, 12, 0), "Aula", null, 10, List.of(), List.of(), List.of())).id();
        f.catalog.enroll(clash, Fixture.BUDI, EnrollmentStatus.REGISTERED, null, null);
        long plan = version1().planId();
        long before = sessions();
        Acceptance a = f.planning.accept(plan, 1, List.of(), "Aula Kantor Camat");
        assertEquals(2, a.outcomes().size());
        LineOutcome may = a.outcomes().get(0);
        assertTrue(may.accepted());
        assertEquals(2, may.enrolled());
        LineOutcome june = a.outcomes().get(1);
        assertNull(june.sessionId());
        assertEquals(List.of(FieldError.of("participantNips", "planning.overlap", Fixture.BUDI, clash)), june.refusals());
        assertEquals(before + 1, sessions());
        TrainingSession created = f.catalog.session(may.sessionId()).orElseThrow();
        assertEquals(LocalDateTime.of(2026, 5, 4, 8, 0), created.start());
        assertEquals(LocalDateTime.of(2026, 5, 4, 16, 0), created.end());
        assertEquals("Aula Kantor Camat", created.venue());
        assertEquals(DeliveryMode.CLASSROOM, created.deliveryMode());
        assertEquals(List.of(Fixture.SITI + ":REGISTERED", Fixture.EKO + ":REGISTERED").stream().sorted().toList(),
                f.catalog.enrollments(may.sessionId()).stream().map(e -> e.nip() + ":" + e.status()).sorted().toList());
        assertEquals(may.sessionId(), f.planning.version(plan, 1).lines().get(0).acceptedSession());
        assertEquals(Integer.valueOf(1), f.planning.plans(2026).get(0).accepted());

        Acceptance again = f.planning.accept(plan, 1, List.of(1), null);
        assertEquals(List.of(new LineOutcome(1, may.sessionId(), 0, List.of())), again.outcomes());
        assertEquals(before + 1, sessions());
        assertThrows(NotFoundException.class, () -> f.planning.accept(plan, 1, List.of(7), null));
    }

    /**
     * EKO is booked into another session on 2026-05-04 after the planning checks passed and before the May line is
     * written (a hook in front of the real catalog, run once). The catalog refuses the line whole: its reason is the
     * catalog's overlap, and neither a session nor an enrollment of the line exists (sessions: before + the hook's
     * 1; SITI holds no seat). June (BUDI, no clash) is accepted.
     */
    @Test
    public void someoneBookedBetweenCheckAndWriteLeavesNothingOfTheLine() throws Exception {
        long plan = version1().planId();
        long before = sessions();
        long[] booked = {0};
        CatalogService hooked = (CatalogService) Proxy.newProxyInstance(CatalogService.class.getClassLoader(),
                new Class<?>[] {CatalogService.class}, (proxy, method, args) -> {
                    if ("createSessionWithEnrollments".equals(method.getName()) && booked[0] == 0) {
                        booked[0] = f.catalog.createSession(TrainingSession.of(Fixture.KOM,
                                LocalDateTime.of(2026, 5, 4, 9, 0), LocalDateTime.of(2026, 5, 4, 12, 0), "Aula", null, 10,
                                List.of(), List.of(), List.of())).id();
                        f.catalog.enroll(booked[0], Fixture.EKO, EnrollmentStatus.REGISTERED, null, null);
                    }
                    try {
                        return method.invoke(f.catalog, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        PlanningService racing = new PlanningService(f.db.dataSource(), new LiquibaseSchemaMigrator(), f.registry,
                hooked, f.evaluation, new TrainingResultsImpl(f.db.dataSource(), f.registry, hooked),
                Clock.fixed(Fixture.NOW, Nip.WIB));

        Acceptance a = racing.accept(plan, 1, List.of(), null);
        LineOutcome may = a.outcomes().get(0);
        assertNull(may.sessionId());
        assertEquals(0, may.enrolled());
        assertEquals(List.of(FieldError.of("nip", "enrollment.overlap", Fixture.EKO, String.valueOf(booked[0]))),
                may.refusals());
        assertTrue(a.outcomes().get(1).accepted());
        assertEquals(before + 2, sessions()); // the hook's and June's
        assertEquals(List.of(booked[0]), f.catalog.sessionsOf(List.of(Fixture.SITI, Fixture.EKO),
                LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 4)).stream().map(TrainingSession::id).toList());
        assertNull(f.planning.version(plan, 1).lines().get(0).acceptedSession());
    }

    /**
     * v2 lines 1 and 3 accepted (June refused as above, no clash here: accepted too). Realised: line 1 costs
     * 3,000,000 + 600,000 = 3,600,000, SITI attended (12 JP credited), EKO registered; line 2 BUDI registered,
     * no cost; line 3 RUDI registered, no cost.
     * Planned: cost 4,000,000 + 1,000,000 + 900,000 = 5,900,000; participants 4; JP 12 x 4 = 48.
     * Realised: cost 3,600,000; participants 2 + 1 + 1 = 4; JP 12.
     * Per participant: 5,900,000 / 4 = 1,475,000.00 and 3,600,000 / 4 = 900,000.00;
     * per JP: 5,900,000 / 48 = 122,916.666... -> 122,916.67 and 3,600,000 / 12 = 300,000.00.
     */
    @Test
    public void plannedAgainstRealised() {
        long plan = version1().planId();
        version2();
        Acceptance a = f.planning.accept(plan, 2, List.of(), null);
        assertTrue(a.outcomes().stream().allMatch(LineOutcome::accepted));
        long may = a.outcomes().get(0).sessionId();
        TrainingSession s = f.catalog.session(may).orElseThrow();
        f.catalog.updateSession(may, new TrainingSession(null, s.programCode(), s.start(), s.end(), s.venue(), null,
                s.capacity(), List.of(), List.of(new CostLine(CostCategory.HONORARIA, "Honor narasumber", rp("3000000")),
                        new CostLine(CostCategory.CONSUMPTION, "Konsumsi", rp("600000"))), List.of(), null, null, null,
                null, null));
        f.catalog.recordAttendance(may, List.of(new AttendanceMark(Fixture.SITI, 1, true, null, null)));
        PlanProgress p = f.planning.progress(plan, 2);
        assertEquals(rp("5900000.00"), p.plannedCost());
        assertEquals(0, rp("3600000").compareTo(p.realisedCost()));
        assertEquals(4, p.plannedParticipants());
        assertEquals(4, p.realisedParticipants());
        assertEquals(48, p.plannedJp());
        assertEquals(12, p.realisedJp());
        assertEquals(rp("1475000.00"), p.plannedCostPerParticipant());
        assertEquals(rp("900000.00"), p.realisedCostPerParticipant());
        assertEquals(rp("122916.67"), p.plannedCostPerJp());
        assertEquals(rp("300000.00"), p.realisedCostPerJp());
        assertEquals(12, p.lines().get(0).realisedJp());
        // Version 1 was never accepted: nothing realised.
        PlanProgress v1 = f.planning.progress(plan, 1);
        assertEquals(0, v1.realisedParticipants());
        assertNull(v1.realisedCostPerJp());
    }

    /**
     * 2026: BUDI's March session (12 JP, organised by the agency = the root unit; it ended on 2026-03-10 and BUDI
     * was credited, so the catalog numbers his certificate: the first of that session) and SITI's external
     * training (16 JP, certificate CERT-001); SITI's 2025 seminar is not in 2026. No kinds mapped: jenisDiklatId
     * empty.
     */
    @Test
    public void siasnExportListsTheYearsCompletedTraining() {
        String certificate = "BKPSDM-MEDAN/2026/" + f.marchSession + "/1";
        List<SiasnCourse> courses = f.planning.courses(2026, null);
        assertEquals(List.of(
                new SiasnCourse(Fixture.BUDI, "Budi", "Pelatihan", null, "Pelatihan Komunikasi Pelayanan",
                        "Kantor Kecamatan Medan Marelan", "10-03-2026", "10-03-2026", 2026, 12, certificate),
                new SiasnCourse(Fixture.SITI, "Siti", "Diklat Teknis", null, "Diklat Teknis Kearsipan", null,
                        "20-08-2026", "20-08-2026", 2026, 16, "CERT-001")), courses);
        assertEquals(List.of(), f.planning.courses(2026, Fixture.KEL_RP));
        assertEquals("nipBaru,nama,jenisKursus,jenisDiklatId,namaKursus,institusiPenyelenggara,tanggalKursus,"
                + "tanggalSelesaiKursus,tahunKursus,jumlahJam,nomorSertipikat\r\n"
                + Fixture.BUDI + ",Budi,Pelatihan,,Pelatihan Komunikasi Pelayanan,Kantor Kecamatan Medan Marelan,"
                + "10-03-2026,10-03-2026,2026,12," + certificate + "\r\n"
                + Fixture.SITI + ",Siti,Diklat Teknis,,Diklat Teknis Kearsipan,,20-08-2026,20-08-2026,2026,16,CERT-001\r\n",
                f.planning.csv(2026, Fixture.KEL_LD));
        assertEquals(List.of(new SiasnCourse(Fixture.SITI, "Siti", "Seminar", null, "Seminar Pelayanan", null,
                "01-04-2025", "01-04-2025", 2025, 10, null)), f.planning.courses(2025, Fixture.KEL_LD));
    }

    /**
     * The agency's mapping (ids made up for the test; real ones come from SIASN's reference): KOM's own id (6)
     * wins over its delivery method's (8); SITI's technical training takes the type's (3); her 2025 seminar has
     * none (empty). A malformed entry is left out, the rest apply.
     */
    @Test
    public void jenisDiklatIdComesFromTheMapping() {
        f.planning.configure(new SiasnConfig() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return SiasnConfig.class;
            }

            @Override
            public String[] siasn_jenisDiklat() {
                return new String[] {"program:KOM=6", "method:pelatihan=8", "type:TECHNICAL = 3", "no mapping"};
            }
        });
        assertEquals(List.of("6", "3"), f.planning.courses(2026, null).stream().map(SiasnCourse::jenisDiklatId).toList());
        assertNull(f.planning.courses(2025, Fixture.KEL_LD).get(0).jenisDiklatId());
    }

    /**
     * June is accepted; a later accept of the same line that still holds an old snapshot of the plan (the line not
     * yet accepted) finds the line's session under the row lock and creates nothing: the session count stays
     * before + 1.
     */
    @Test
    public void aLineAcceptedMeanwhileIsNotAcceptedAgain() {
        long plan = version1().planId();
        long before = sessions();
        Long june = f.planning.accept(plan, 1, List.of(2), null).outcomes().get(0).sessionId();
        PlanStore store = new PlanStore(new Db(f.db.dataSource(), new LiquibaseSchemaMigrator()));
        LineOutcome again = store.acceptOnce(plan, 1, 2, () -> {
            throw new AssertionError("the line was accepted a second time");
        });
        assertEquals(new LineOutcome(2, june, 0, List.of()), again);
        assertEquals(before + 1, sessions());
    }

    /**
     * Two staff accept the same line without participants at the same moment (the catalog's overlap check cannot
     * refuse the second: nobody is enrolled). One session is created, and both answers name it.
     */
    @Test
    public void twoAcceptsOfOneLineAtOnceCreateOneSession() throws Exception {
        long plan = f.planning.saveDraft(new PlanDraft(2026, Fixture.KEC, "Rencana 2026", "manual", List.of(
                session("2026-08-03", "2026-08-03", "CLASSROOM", 10, "1000000")))).planId();
        long before = sessions();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Acceptance>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(two.submit(() -> {
                    start.await();
                    return id.pembina.security.api.CallerContext.callAs(AsCaller.operator("staff"),
                            () -> f.planning.accept(plan, 1, List.of(1), null));
                }));
            }
            start.countDown();
            Long first = answers.get(0).get().outcomes().get(0).sessionId();
            Long second = answers.get(1).get().outcomes().get(0).sessionId();
            assertNotNull(first);
            assertEquals(first, second);
            assertEquals(before + 1, sessions());
            assertEquals(first, f.planning.version(plan, 1).lines().get(0).acceptedSession());
        } finally {
            two.shutdownNow();
        }
    }

    private long sessions() {
        return f.catalog.sessions(new SessionQuery(null, null, null, 0, 100)).total();
    }
}
