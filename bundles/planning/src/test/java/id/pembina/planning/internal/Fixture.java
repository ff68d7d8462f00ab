package id.pembina.planning.internal;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

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
import id.pembina.evaluation.api.DisciplineSanction;
import id.pembina.evaluation.api.Evaluations;
import id.pembina.evaluation.api.PerformanceRating;
import id.pembina.evaluation.api.TrainingType;
import id.pembina.evaluation.data.api.ExternalTraining;
import id.pembina.evaluation.data.api.TestPhase;
import id.pembina.evaluation.data.api.TestSubmission;
import id.pembina.evaluation.data.api.YearFacts;
import id.pembina.evaluation.data.internal.EvaluationDataServiceImpl;
import id.pembina.evaluation.data.internal.TrainingResultsImpl;
import id.pembina.participant.api.Education;
import id.pembina.participant.api.Nip;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;
import id.pembina.participant.internal.RegistryService;
import id.pembina.persistence.internal.LiquibaseSchemaMigrator;
import id.pembina.persistence.testing.TestDatabase;

/**
 * The real registry, catalog and evaluation with a small kecamatan, for the planning tests (run as an operator).
 * <ul>
 * <li>Units: KEC (Kantor Kecamatan Medan Marelan) &gt; KEL_LD, KEL_RP.</li>
 * <li>RUDI (KEC, ADMINISTRATOR, "Sekretaris Camat"), BUDI and SITI (KEL_LD, PELAKSANA, "Pengadministrasi Umum"),
 * EKO (KEL_RP, PELAKSANA, "Pengelola Layanan").</li>
 * <li>Programme KOM, 12 JP, develops TIK (declared by its module), PELAYANAN and ETIKA (recorded). BUDI attended a session of it on 2026-03-10 (12 JP credited).</li>
 * <li>SITI: external training of 16 JP on 2026-08-20 (certificate CERT-001) and 10 JP on 2025-04-01.</li>
 * <li>BUDI's year facts 2025: GOOD.</li>
 * </ul>
 */
final class Fixture implements AutoCloseable {

    static final String KEC = "KEC";
    static final String KEL_LD = "KEL_LD";
    static final String KEL_RP = "KEL_RP";
    static final String RUDI = "197512012000121003";
    static final String BUDI = "198609262015051001";
    static final String SITI = "199003152019032002";
    static final String EKO = "198801012010011002";
    static final String KOM = "KOM";
    static final Instant NOW = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, Nip.WIB).toInstant();

    final TestDatabase db;
    final RegistryService registry;
    final CatalogService catalog;
    final EvaluationDataServiceImpl evaluation;
    final PlanningService planning;
    final long marchSession;

    /** Declares (SPI 1.2) that KOM develops TIK; PELAYANAN and ETIKA are recorded by staff (CSV). */
    record Module(String id, String name, String version, List<ProgramDefinition> programs) implements TrainingModule {

        @Override
        public List<String> competencies(String programCode) {
            return KOM.equals(programCode) ? List.of("TIK") : List.of();
        }
    }

    Fixture(String database) throws Exception {
        db = TestDatabase.open(database);
        Clock clock = Clock.fixed(NOW, Nip.WIB);
        LiquibaseSchemaMigrator migrator = new LiquibaseSchemaMigrator();
        registry = new RegistryService(db.dataSource(), migrator, clock);
        registry.createUnit(new OrganizationUnit(KEC, "Kantor Kecamatan Medan Marelan", null));
        registry.createUnit(new OrganizationUnit(KEL_LD, "Kantor Lurah Labuhan Deli", KEC));
        registry.createUnit(new OrganizationUnit(KEL_RP, "Kantor Lurah Rengas Pulau", KEC));
        registry.create(person(RUDI, "Rudi", KEC, PositionType.ADMINISTRATOR, "Sekretaris Camat"));
        registry.create(person(BUDI, "Budi", KEL_LD, PositionType.PELAKSANA, "Pengadministrasi Umum"));
        registry.create(person(SITI, "Siti", KEL_LD, PositionType.PELAKSANA, "Pengadministrasi Umum"));
        registry.create(person(EKO, "Eko", KEL_RP, PositionType.PELAKSANA, "Pengelola Layanan"));
        CatalogTestKit kit = new CatalogTestKit(db.dataSource(), migrator, registry, clock);
        kit.add(new Module("komunikasi", "Komunikasi", "1.0.0", List.of(program())), 1);
        catalog = kit.service();
        evaluation = new EvaluationDataServiceImpl(db.dataSource(), migrator, registry, catalog, Evaluations.engine(),
                clock);
        planning = new PlanningService(db.dataSource(), migrator, registry, catalog, evaluation,
                new TrainingResultsImpl(db.dataSource(), registry, catalog), clock);
        marchSession = catalog.createSession(TrainingSession.of(KOM, LocalDateTime.of(2026, 3, 10, 8, 0),
                LocalDateTime.of(2026, 3, 10, 17, 0), "Aula Kantor Camat", null, 30, List.of(), List.of(), List.of()))
                .id();
        catalog.enroll(marchSession, BUDI, EnrollmentStatus.REGISTERED, null, null);
        catalog.recordAttendance(marchSession, List.of(new AttendanceMark(BUDI, 1, true, null, null)));
        evaluation.addExternalTraining(new ExternalTraining(null, SITI, "Diklat Teknis Kearsipan", TrainingType.TECHNICAL,
                new BigDecimal("16"), LocalDate.of(2026, 8, 20), "CERT-001"));
        evaluation.addExternalTraining(new ExternalTraining(null, SITI, "Seminar Pelayanan", TrainingType.SEMINAR,
                new BigDecimal("10"), LocalDate.of(2025, 4, 1), null));
        evaluation.recordYearFacts(new YearFacts(BUDI, 2025, PerformanceRating.GOOD, DisciplineSanction.NONE));
    }

    /** Requirements, levels and programme competencies as in the needs test's comments. */
    void importCompetencies() {
        planning.importRequirements(new StringReader("""
                positionTitle,positionType,competency,name,level
                Pengadministrasi Umum,,PELAYANAN,Pelayanan Publik,3
                Pengadministrasi Umum,,TIK,Teknologi Informasi,2
                Pengadministrasi Umum,,ETIKA,Etika Publik,1
                ,PELAKSANA,PELAYANAN,Pelayanan Publik,2
                ,PELAKSANA,ETIKA,Etika Publik,1
                ,ADMINISTRATOR,KEPEMIMPINAN,Kepemimpinan,4
                """));
        planning.importLevels(new StringReader("nip,competency,level,source,assessedOn\n"
                + BUDI + ",PELAYANAN,1,SELF,2026-01-10\n"
                + BUDI + ",PELAYANAN,2,SUPERVISOR,2026-02-01\n"
                + BUDI + ",TIK,3,SELF,2026-01-10\n"
                + SITI + ",PELAYANAN,3,SELF,2026-03-01\n"
                + SITI + ",PELAYANAN,1,ASSESSMENT,2025-06-01\n"
                + SITI + ",TIK,1,SUPERVISOR,2026-01-01\n"
                + SITI + ",TIK,2,SUPERVISOR,2025-01-01\n"));
        planning.importProgramCompetencies(new StringReader("programCode,competency\nKOM,PELAYANAN\nKOM,ETIKA\n"));
    }

    /**
     * Past training results ({@link #importCompetencies} first): BUDI's March session pre 0 %, post 100 % (g = 1,
     * goal reached); a KOM session of 2025-09-15 with SITI (pre 0 %, post 0 %: g = 0, not reached) and EKO (pre 0 %,
     * post 100 %: reached); EKO's PELAYANAN assessed 1 by himself on 2025-12-01, after that session.
     */
    long recordResults() {
        test(marchSession, BUDI, TestPhase.PRE, 1);
        test(marchSession, BUDI, TestPhase.POST, 0);
        long september = catalog.createSession(TrainingSession.of(KOM, LocalDateTime.of(2025, 9, 15, 8, 0),
                LocalDateTime.of(2025, 9, 15, 17, 0), "Aula Kantor Camat", null, 30, List.of(), List.of(), List.of()))
                .id();
        catalog.enroll(september, SITI, EnrollmentStatus.REGISTERED, null, null);
        catalog.enroll(september, EKO, EnrollmentStatus.REGISTERED, null, null);
        catalog.recordAttendance(september, List.of(new AttendanceMark(SITI, 1, true, null, null),
                new AttendanceMark(EKO, 1, true, null, null)));
        test(september, SITI, TestPhase.PRE, 1);
        test(september, SITI, TestPhase.POST, 1);
        test(september, EKO, TestPhase.PRE, 1);
        test(september, EKO, TestPhase.POST, 0);
        planning.importLevels(new StringReader("nip,competency,level,source,assessedOn\n"
                + EKO + ",PELAYANAN,1,SELF,2025-12-01\n"));
        return september;
    }

    /** The test's one item q1 is keyed on option 0: choosing 1 scores 0 of 1. */
    private void test(long session, String nip, TestPhase phase, int choice) {
        evaluation.submitTest(session, phase, new TestSubmission(nip, "1.0", java.util.Map.of("q1", choice)));
    }

    private static ProgramDefinition program() {
        return new ProgramDefinition(KOM, "Pelatihan Komunikasi Pelayanan", "Uraian", CompetencyType.TEKNIS,
                DeliveryMethod.PELATIHAN, 12, List.of("Peserta melayani warga dengan ramah"),
                new ReactionQuestionnaire("1.0", false, List.of(new ReactionQuestionnaire.LikertItem("r1", "Materi relevan"))),
                new KnowledgeTest("1.0", List.of(new KnowledgeTest.TestItem("q1", "Skala IKM", List.of("1-4", "1-5"), 0, 1))),
                new BehaviourChecklist("1.0", List.of(new BehaviourChecklist.BehaviourIndicator("b1", "Menyapa warga"))),
                List.of());
    }

    private static Participant person(String nip, String name, String unit, PositionType type, String title) {
        return new Participant(nip, name, null, null, unit, title, type, Rank.III_A, Education.S1, null, null);
    }

    @Override
    public void close() throws Exception {
        db.close();
    }
}
