package id.pembina.reporting.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pembina.catalog.api.AbsenceReason;
import id.pembina.catalog.api.AttendanceMark;
import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.CostCategory;
import id.pembina.catalog.api.CostLine;
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
import id.pembina.evaluation.api.EvaluationEngine;
import id.pembina.evaluation.api.Evaluations;
import id.pembina.evaluation.data.api.FollowUpPhase;
import id.pembina.evaluation.data.api.FollowUpSubmission;
import id.pembina.evaluation.data.api.ReactionSubmission;
import id.pembina.evaluation.data.api.TestPhase;
import id.pembina.evaluation.data.api.TestSubmission;
import id.pembina.evaluation.data.internal.EvaluationDataServiceImpl;
import id.pembina.participant.api.Education;
import id.pembina.participant.api.Nip;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;
import id.pembina.participant.internal.RegistryService;
import id.pembina.persistence.internal.LiquibaseSchemaMigrator;
import id.pembina.persistence.testing.TestDatabase;
import id.pembina.platform.api.BundleMessages;
import id.pembina.platform.api.Messages;

/**
 * The real registry, catalog and evaluation on H2 with one small programme run: a session of KOM-PELAYANAN on
 * 10 March 2026 costing Rp 4.000.000 (3.000.000 honoraria + 1.000.000 consumption), Budi, Siti and Dewi holding
 * seats (Budi and Siti present, so 12 JP each), Ani cancelled for workload; Rudi supervises Budi and Siti.
 */
final class ReportWorld implements AutoCloseable {

    static final Instant NOW = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, Nip.WIB).toInstant();
    static final String KEC = "KEC-MEDAN-MARELAN";
    static final String KEL = "KEL-LABUHAN-DELI";
    static final String RUDI = "197512012000121003";
    static final String BUDI = "198609262015051001";
    static final String SITI = "199003152019032002";
    static final String DEWI = "199507072020122001";
    static final String ANI = "199202022018012001";
    static final String PROGRAM = "KOM-PELAYANAN";

    final TestDatabase db;
    final RegistryService registry;
    final CatalogService catalog;
    final EvaluationDataServiceImpl evaluation;
    final EvaluationEngine engine = Evaluations.engine();
    final Messages messages = Messages.of(List.of(new BundleMessages("id.pembina.evaluation.data.internal.messages",
            ReportWorld.class.getClassLoader()), BundleMessages.PLATFORM));
    final long session;

    record Module(String id, String name, String version, List<ProgramDefinition> programs) implements TrainingModule {
    }

    ReportWorld() throws Exception {
        db = TestDatabase.open("H2");
        Clock clock = Clock.fixed(NOW, Nip.WIB);
        LiquibaseSchemaMigrator migrator = new LiquibaseSchemaMigrator();
        registry = new RegistryService(db.dataSource(), migrator, clock);
        registry.createUnit(new OrganizationUnit(KEC, "Kantor Kecamatan Medan Marelan", null));
        registry.createUnit(new OrganizationUnit(KEL, "Kantor Lurah Labuhan Deli", KEC));
        registry.create(person(RUDI, "Rudi Hartono", KEC, PositionType.ADMINISTRATOR, null));
        registry.create(person(BUDI, "Budi Santoso", KEL, PositionType.PELAKSANA, RUDI));
        registry.create(person(SITI, "Siti Aminah", KEL, PositionType.PELAKSANA, RUDI));
        registry.create(person(DEWI, "Dewi Lestari", KEL, PositionType.PELAKSANA, null));
        registry.create(person(ANI, "Ani Lubis", KEL, PositionType.PELAKSANA, null));
        CatalogTestKit kit = new CatalogTestKit(db.dataSource(), migrator, registry, clock);
        kit.add(new Module("komunikasi-efektif", "Komunikasi Efektif", "1.0.0", List.of(program())), 1);
        catalog = kit.service();
        evaluation = new EvaluationDataServiceImpl(db.dataSource(), migrator, registry, catalog, engine, clock);
        session = catalog.createSession(TrainingSession.of(PROGRAM, LocalDateTime.of(2026, 3, 10, 8, 0),
                LocalDateTime.of(2026, 3, 10, 17, 0), "Aula Kantor Camat", null, 30, List.of("Drs. Ahmad Siregar"),
                List.of(new CostLine(CostCategory.HONORARIA, "Honor narasumber", new BigDecimal("3000000")),
                        new CostLine(CostCategory.CONSUMPTION, "Konsumsi", new BigDecimal("1000000"))), List.of()))
                .id();
        for (String nip : List.of(BUDI, SITI, DEWI, ANI)) {
            catalog.enroll(session, nip, EnrollmentStatus.REGISTERED, null, null);
        }
        catalog.enroll(session, ANI, EnrollmentStatus.CANCELLED, AbsenceReason.WORKLOAD, "Rapat dinas");
        catalog.recordAttendance(session, List.of(new AttendanceMark(BUDI, 1, true, null, null),
                new AttendanceMark(SITI, 1, true, null, null), new AttendanceMark(DEWI, 1, false, AbsenceReason.SICKNESS, null)));
    }

    /** Reactions, tests, follow-ups and a benefit, as the programme report test describes them. */
    void answer() {
        evaluation.submitReaction(session, new ReactionSubmission(BUDI, null, map("r1", 5, "r2", 2), null));
        evaluation.submitReaction(session, new ReactionSubmission(SITI, null, map("r1", 4, "r2", 3), "Ruangan panas"));
        evaluation.submitTest(session, TestPhase.PRE, new TestSubmission(BUDI, "1.0", map("q1", 1, "q2", 1)));
        evaluation.submitTest(session, TestPhase.PRE, new TestSubmission(SITI, "1.0", map("q1", 0, "q2", 1)));
        evaluation.submitTest(session, TestPhase.POST, new TestSubmission(BUDI, "1.0", map("q1", 0, "q2", 1)));
        evaluation.submitTest(session, TestPhase.POST, new TestSubmission(SITI, "1.0", map("q1", 0, "q2", 1)));
        evaluation.submitFollowUp(new FollowUpSubmission(session, BUDI, RUDI, FollowUpPhase.AFTER, null, null,
                map("b1", 2, "b2", 4)));
        evaluation.submitFollowUp(new FollowUpSubmission(session, SITI, RUDI, FollowUpPhase.AFTER, null, null,
                map("b1", 2, "b2", 3)));
        evaluation.recordBenefit(session, "Waktu layanan lebih singkat", new BigDecimal("5000000"));
    }

    static Map<String, Integer> map(Object... kv) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Integer) kv[i + 1]);
        }
        return m;
    }

    /** q1 (1 point) is keyed on option 0, q2 (2 points) on option 0. */
    private static ProgramDefinition program() {
        return new ProgramDefinition(PROGRAM, "Komunikasi Efektif dalam Pelayanan", "Uraian", CompetencyType.TEKNIS,
                DeliveryMethod.PELATIHAN, 12, List.of("Peserta mampu melayani warga dengan ramah"),
                new ReactionQuestionnaire("1.0", false, List.of(
                        new ReactionQuestionnaire.LikertItem("r1", "Materi relevan dengan tugas saya"),
                        new ReactionQuestionnaire.LikertItem("r2", "Fasilitator menguasai materi"))),
                new KnowledgeTest("1.0", List.of(
                        new KnowledgeTest.TestItem("q1", "Apa kepanjangan IKM?", List.of("Indeks Kepuasan Masyarakat",
                                "Indeks Kinerja Mandiri"), 0, 1),
                        new KnowledgeTest.TestItem("q2", "Skala unsur IKM adalah", List.of("1-4", "1-5"), 0, 2))),
                new BehaviourChecklist("1.0", List.of(
                        new BehaviourChecklist.BehaviourIndicator("b1", "Menyapa warga yang datang"),
                        new BehaviourChecklist.BehaviourIndicator("b2", "Menyelesaikan layanan tepat waktu"))),
                List.of(new ResultsIndicator("complaints-per-month", "Pengaduan per bulan", "pengaduan/bulan",
                        ResultsIndicator.Direction.LOWER_IS_BETTER)));
    }

    private static Participant person(String nip, String name, String unit, PositionType type, String supervisor) {
        return new Participant(nip, name, null, null, unit, "Pengadministrasi Umum", type, Rank.III_A, Education.S1,
                supervisor, null);
    }

    @Override
    public void close() throws Exception {
        db.close();
    }
}
