package id.pembina.catalog.internal;

import org.junit.Rule;
import id.pembina.persistence.testing.AsCaller;
import id.pembina.security.api.CallerContext;
import id.pembina.security.api.Caller;
import id.pembina.security.api.Role;
import id.pembina.catalog.spi.IndexTrainingType;
import id.pembina.persistence.testing.TestDatabase;
import static id.pembina.catalog.internal.Fixtures.at;
import static id.pembina.catalog.internal.Fixtures.changedProgram;
import static id.pembina.catalog.internal.Fixtures.config;
import static id.pembina.catalog.internal.Fixtures.module;
import static id.pembina.catalog.internal.Fixtures.program;
import static id.pembina.catalog.internal.Fixtures.service;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.function.ThrowingRunnable;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;

import id.pembina.catalog.api.AbsenceReason;
import id.pembina.catalog.api.AttendanceMark;
import id.pembina.catalog.api.AttendanceSummary;
import id.pembina.catalog.api.CostCategory;
import id.pembina.catalog.api.CostLine;
import id.pembina.catalog.api.DeliveryMode;
import id.pembina.catalog.api.SessionRole;
import id.pembina.catalog.api.Enrollment;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.catalog.api.InstrumentKind;
import id.pembina.catalog.api.Meeting;
import id.pembina.catalog.api.ModuleInfo;
import id.pembina.catalog.api.Program;
import id.pembina.catalog.api.ProgramDetail;
import id.pembina.catalog.api.ProgramDetail.InstrumentVersion;
import id.pembina.catalog.api.SessionQuery;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.catalog.internal.Fixtures.FakeModule;
import id.pembina.catalog.internal.Fixtures.CountingDataSource;
import id.pembina.catalog.internal.Fixtures.FakeRegistry;
import id.pembina.catalog.internal.Fixtures.TestClock;
import id.pembina.catalog.spi.CompetencyType;
import id.pembina.catalog.spi.DeliveryMethod;
import id.pembina.catalog.spi.ProgramDefinition;
import id.pembina.catalog.spi.TrainingModule;
import id.pembina.platform.api.FieldError;
import id.pembina.participant.api.Nip;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.Page;
import id.pembina.platform.api.ValidationException;
import id.pembina.persistence.internal.LiquibaseSchemaMigrator;

/** The catalog against a fresh H2 database and a fresh PostgreSQL schema per test. */
@RunWith(Parameterized.class)
public class CatalogServiceTest {

    /** The services refuse work without a caller: these tests work as training staff. */
    @Rule
    public final AsCaller caller = AsCaller.operator();

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {"H2"}, new Object[] {"PostgreSQL"});
    }

    @Parameter
    public String database;

    /** 2026-11-27 10:00 in Jakarta. */
    private static final Instant NOW = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, Nip.WIB).toInstant();

    private static final String BUDI = "198609262015051001";
    private static final String SITI = "199003152019032002";
    private static final String RUDI = "197512012000121003";
    private static final String DEWI = "199507072020122001";
    private static final String EKO = "198801012010011002";
    private static final String ANI = "199202022018012001";
    private static final String INACTIVE = "196805051990031004";
    private static final String UNKNOWN = "198011112005011005";

    private static final String PELAYANAN = "KOM-PELAYANAN"; // 12 JP
    private static final String TULIS = "KOM-TULIS";         // 8 JP
    private static final String MODULE_ID = "komunikasi-efektif";
    private static final String VENUE = "Aula Kantor Camat Medan Marelan";

    private static FakeModule komunikasi() {
        return module(MODULE_ID, "1.0.0", program(PELAYANAN, 12, "1.0"), program(TULIS, 8, "1.0"));
    }

    private TestDatabase db;
    private TestClock clock;
    private FakeRegistry people;
    private CatalogServiceImpl catalog;

    @Before
    public void setUp() throws Exception {
        db = TestDatabase.open(database);
        clock = new TestClock(NOW, Nip.WIB);
        people = new FakeRegistry();
        for (String nip : List.of(BUDI, SITI, RUDI, DEWI, EKO, ANI)) {
            people.add(nip, "Peserta " + nip, true);
        }
        people.add(INACTIVE, "Pensiun", false);
        catalog = newCatalog("0.80");
        catalog.addModule(komunikasi(), service(1));
    }

    private CatalogServiceImpl newCatalog(String threshold) {
        return new CatalogServiceImpl(db.dataSource(), new LiquibaseSchemaMigrator(), people.registry(), null,
                config(45, threshold), clock);
    }

    @After
    public void tearDown() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    // ---- helpers ----

    private static TrainingSession newSession(String code, LocalDateTime start, LocalDateTime end, int capacity,
            Meeting... meetings) {
        return TrainingSession.of(code, start, end, VENUE, null, capacity, List.of("Drs. Ahmad Siregar"), List.of(),
                List.of(meetings));
    }

    private long create(String code, LocalDateTime start, LocalDateTime end, int capacity, Meeting... meetings) {
        return catalog.createSession(newSession(code, start, end, capacity, meetings)).id();
    }

    private static List<FieldError> refused(ThrowingRunnable r) {
        return assertThrows(ValidationException.class, r).errors();
    }

    private Enrollment enroll(long session, String nip) {
        return catalog.enroll(session, nip, EnrollmentStatus.REGISTERED, null, null);
    }

    private Map<String, Enrollment> byNip(long session) {
        return catalog.enrollments(session).stream().collect(Collectors.toMap(Enrollment::nip, Function.identity()));
    }

    private static AttendanceMark present(String nip, int meeting) {
        return new AttendanceMark(nip, meeting, true, null, null);
    }

    private static AttendanceMark absent(String nip, int meeting, AbsenceReason reason) {
        return new AttendanceMark(nip, meeting, false, reason, null);
    }

    private static Meeting meeting(int n, LocalDateTime start, int minutes) {
        return new Meeting(n, start, start.plusMinutes(minutes));
    }

    private static List<String> codes(List<Program> programs) {
        return programs.stream().map(Program::code).toList();
    }

    private ModuleInfo moduleInfo(String id) {
        return catalog.modules().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    // ---- modules and programmes ----

    @Test
    public void moduleArrivalStoresItsProgrammes() {
        assertEquals(List.of(PELAYANAN, TULIS), codes(catalog.programs()));
        ProgramDefinition def = program(PELAYANAN, 12, "1.0");
        assertEquals(new Program(PELAYANAN, def.title(), def.description(), CompetencyType.TEKNIS,
                DeliveryMethod.PELATIHAN, 12, def.objectives(), MODULE_ID, "1.0.0", true), catalog.programs().get(0));

        ProgramDetail d = catalog.program(PELAYANAN).orElseThrow();
        assertEquals(catalog.programs().get(0), d.program());
        assertEquals(def.reaction(), d.reaction());
        assertEquals(def.knowledgeTest(), d.knowledgeTest());
        assertEquals(def.behaviour(), d.behaviour());
        assertEquals(def.results(), d.results());
        assertEquals(List.of(new InstrumentVersion(InstrumentKind.BEHAVIOUR, "1.0", "1.0.0"),
                new InstrumentVersion(InstrumentKind.KNOWLEDGE_TEST, "1.0", "1.0.0"),
                new InstrumentVersion(InstrumentKind.REACTION, "1.0", "1.0.0")), d.instrumentVersions());
        assertEquals(8, catalog.program(TULIS).orElseThrow().program().jp());
        assertEquals(Optional.empty(), catalog.program("KOM-TIDAK-ADA"));

        assertEquals(List.of(new ModuleInfo(MODULE_ID, "Modul " + MODULE_ID, "1.0.0", 7L, null, null, "UNKNOWN",
                List.of(PELAYANAN, TULIS), "ACTIVE", List.of())), catalog.modules());
    }

    @Test
    public void modulesReportTheirBundle() {
        Bundle bundle = (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getSymbolicName" -> "id.pembina.module.komunikasi";
                    case "getVersion" -> new Version(1, 0, 0, "202611271000");
                    case "getState" -> Bundle.ACTIVE;
                    case "getBundleId" -> 7L;
                    case "getLocation" -> "mvn:id.pembina/pembina-module-komunikasi-efektif/1.0.0";
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        BundleContext context = (BundleContext) Proxy.newProxyInstance(BundleContext.class.getClassLoader(),
                new Class<?>[] {BundleContext.class}, (p, m, a) -> {
                    if (m.getName().equals("getBundle") && a != null && a.length == 1 && Long.valueOf(7L).equals(a[0])) {
                        return bundle;
                    }
                    if (m.getName().equals("getBundle")) {
                        return null;
                    }
                    if (m.getName().equals("getBundles")) {
                        // the module's bundle serves its module: nothing is listed as BROKEN
                        return new Bundle[] {bundle};
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        CatalogServiceImpl withContext = new CatalogServiceImpl(db.dataSource(), new LiquibaseSchemaMigrator(),
                people.registry(), context, config(45, "0.80"), clock);
        withContext.addModule(komunikasi(), service(1));
        assertEquals(List.of(new ModuleInfo(MODULE_ID, "Modul " + MODULE_ID, "1.0.0", 7L, "id.pembina.module.komunikasi",
                "1.0.0.202611271000", "ACTIVE", List.of(PELAYANAN, TULIS), "ACTIVE", List.of())), withContext.modules());
    }

    @Test
    public void removedModuleLeavesItsRecordsReadable() {
        long id = create(PELAYANAN, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 12, 0), 20);
        enroll(id, BUDI);

        catalog.removeModule(komunikasi(), service(1));

        assertEquals(List.of(), catalog.programs());
        assertEquals(List.of(), catalog.modules());
        ProgramDetail d = catalog.program(PELAYANAN).orElseThrow();
        assertFalse(d.program().installed());
        assertEquals(program(PELAYANAN, 12, "1.0").knowledgeTest(), d.knowledgeTest());
        TrainingSession s = catalog.session(id).orElseThrow();
        assertEquals(Boolean.FALSE, s.moduleInstalled());
        assertEquals(Integer.valueOf(1), s.registered());
        assertEquals(List.of(s), catalog.sessions(new SessionQuery(PELAYANAN, null, null, 0, 10)).items());
        assertEquals(EnrollmentStatus.REGISTERED, byNip(id).get(BUDI).status());
        assertEquals(List.of(FieldError.of("programCode", "session.moduleNotInstalled", PELAYANAN)),
                refused(() -> create(PELAYANAN, at(2026, 12, 5, 8, 0), at(2026, 12, 5, 12, 0), 20)));

        // The module comes back (a new service): everything is live again.
        catalog.addModule(komunikasi(), service(2));
        assertEquals(List.of(PELAYANAN, TULIS), codes(catalog.programs()));
        assertTrue(catalog.program(PELAYANAN).orElseThrow().program().installed());
        assertEquals(Boolean.TRUE, catalog.session(id).orElseThrow().moduleInstalled());
        assertEquals("ACTIVE", moduleInfo(MODULE_ID).status());
        assertNotNull(create(PELAYANAN, at(2026, 12, 5, 8, 0), at(2026, 12, 5, 12, 0), 20));
    }

    @Test
    public void programmesAreOrderedByCodeWhateverTheDatabaseCollation() {
        catalog.addModule(module("urutan", "1.0.0", program("KOMA", 2, "1.0"), program("KOM-Z", 2, "1.0"),
                program("A1", 2, "1.0")), service(2));
        assertEquals(List.of("A1", PELAYANAN, TULIS, "KOM-Z", "KOMA"), codes(catalog.programs()));
    }

    @Test
    public void removingAnUnknownServiceChangesNothing() {
        catalog.removeModule(komunikasi(), service(99));
        assertEquals(List.of(PELAYANAN, TULIS), codes(catalog.programs()));
    }

    @Test
    public void invalidModuleIsListedAndOffersNoProgramme() {
        FakeModule bad = new FakeModule("Layanan Prima", "Layanan Prima", "1.0.0", List.of(program("LAY-PRIMA", 10, "1.0")));
        catalog.addModule(bad, service(2));

        ModuleInfo info = moduleInfo("Layanan Prima");
        assertEquals("INVALID", info.status());
        assertEquals(List.of("module id must match " + ModuleRules.MODULE_ID + ": Layanan Prima"), info.problems());
        assertEquals(List.of(), info.programs());
        assertEquals("ACTIVE", moduleInfo(MODULE_ID).status());
        assertEquals(List.of(PELAYANAN, TULIS), codes(catalog.programs()));
        assertEquals(Optional.empty(), catalog.program("LAY-PRIMA"));
        assertEquals(List.of(FieldError.of("programCode", "session.programUnknown", "LAY-PRIMA")),
                refused(() -> create("LAY-PRIMA", at(2026, 12, 5, 8, 0), at(2026, 12, 5, 12, 0), 20)));

        catalog.removeModule(bad, service(2));
        assertEquals(1, catalog.modules().size());
    }

    @Test
    public void moduleThatCannotBeReadIsInvalid() {
        TrainingModule broken = new TrainingModule() {
            @Override
            public String id() {
                return "rusak";
            }

            @Override
            public String name() {
                return "Modul rusak";
            }

            @Override
            public String version() {
                return "0.1.0";
            }

            @Override
            public List<ProgramDefinition> programs() {
                throw new IllegalStateException("resource missing");
            }
        };
        catalog.addModule(broken, service(3));
        ModuleInfo info = moduleInfo("rusak");
        assertEquals("INVALID", info.status());
        assertEquals(1, info.problems().size());
        assertTrue(info.problems().get(0), info.problems().get(0).contains("resource missing"));
        assertEquals(List.of(PELAYANAN, TULIS), codes(catalog.programs()));
    }

    @Test
    public void moduleWithoutIdOrFailingMethodsIsListedToo() {
        catalog.addModule(new FakeModule(null, null, null, List.of(program("LAY-PRIMA", 10, "1.0"))), service(4));
        TrainingModule failing = new TrainingModule() {
            @Override
            public String id() {
                throw new IllegalStateException("no id");
            }

            @Override
            public String name() {
                return "Modul gagal";
            }

            @Override
            public String version() {
                return "0.0.1";
            }

            @Override
            public List<ProgramDefinition> programs() {
                return List.of(program("LAY-GAGAL", 10, "1.0"));
            }
        };
        catalog.addModule(failing, service(5));

        List<ModuleInfo> modules = catalog.modules();
        assertEquals(3, modules.size());
        List<ModuleInfo> invalid = modules.stream().filter(m -> m.status().equals("INVALID")).toList();
        assertEquals(2, invalid.size());
        assertTrue(invalid.stream().allMatch(m -> m.id() == null && !m.problems().isEmpty()));
        assertEquals("Modul gagal", invalid.stream().filter(m -> m.bundleId() == 7L && "0.0.1".equals(m.version()))
                .findFirst().orElseThrow().name());
        assertEquals(List.of(PELAYANAN, TULIS), codes(catalog.programs()));
        catalog.removeModule(failing, service(5));
        assertEquals(2, catalog.modules().size());
    }

    @Test
    public void secondModuleWithTheSameProgrammeCodeIsInvalid() {
        FakeModule other = module("layanan-prima", "2.0.0", program(PELAYANAN, 6, "1.0"), program("LAY-PRIMA", 10, "1.0"));
        catalog.addModule(other, service(2));

        ModuleInfo info = moduleInfo("layanan-prima");
        assertEquals("INVALID", info.status());
        assertEquals(List.of(PELAYANAN + ": programme code already provided by module " + MODULE_ID), info.problems());
        assertEquals(List.of(PELAYANAN, TULIS), codes(catalog.programs()));
        assertEquals(Optional.empty(), catalog.program("LAY-PRIMA"));
        Program p = catalog.program(PELAYANAN).orElseThrow().program();
        assertEquals(MODULE_ID, p.moduleId());
        assertEquals(12, p.jp());
    }

    @Test
    public void refusedModuleIsOfferedOnceTheConflictingModuleLeaves() {
        FakeModule other = module("layanan-prima", "2.0.0", program(PELAYANAN, 6, "1.0"), program("LAY-PRIMA", 10, "1.0"));
        catalog.addModule(other, service(2));
        FakeModule bad = new FakeModule("Tidak Sah", "x", "1.0.0", List.of(program("LAY-SAH", 10, "1.0")));
        catalog.addModule(bad, service(3));
        assertEquals("INVALID", moduleInfo("layanan-prima").status());

        catalog.removeModule(komunikasi(), service(1));

        ModuleInfo info = moduleInfo("layanan-prima");
        assertEquals("ACTIVE", info.status());
        assertEquals(List.of(), info.problems());
        assertEquals(List.of(PELAYANAN, "LAY-PRIMA"), codes(catalog.programs()));
        Program p = catalog.program(PELAYANAN).orElseThrow().program();
        assertEquals("layanan-prima", p.moduleId());
        assertEquals(6, p.jp());
        assertEquals("a module refused for its own rules stays refused", "INVALID", moduleInfo("Tidak Sah").status());

        // The first module returns: now it is the one in conflict.
        catalog.addModule(komunikasi(), service(4));
        assertEquals("INVALID", moduleInfo(MODULE_ID).status());
        assertEquals(List.of(PELAYANAN + ": programme code already provided by module layanan-prima"),
                moduleInfo(MODULE_ID).problems());
    }

    @Test
    public void upgradeWithNewInstrumentVersionsKeepsTheOldOnes() throws Exception {
        catalog.removeModule(komunikasi(), service(1));
        clock.advance(Duration.ofDays(30));
        FakeModule upgraded = module(MODULE_ID, "1.1.0", changedProgram(PELAYANAN, 12, "1.1"), program(TULIS, 8, "1.0"));
        catalog.addModule(upgraded, service(2));

        assertEquals("ACTIVE", moduleInfo(MODULE_ID).status());
        ProgramDetail d = catalog.program(PELAYANAN).orElseThrow();
        ProgramDefinition def = changedProgram(PELAYANAN, 12, "1.1");
        assertEquals("1.1.0", d.program().moduleVersion());
        assertEquals(def.title(), d.program().title());
        assertTrue(d.program().installed());
        assertEquals(def.reaction(), d.reaction());
        assertEquals(def.knowledgeTest(), d.knowledgeTest());
        assertEquals(def.behaviour(), d.behaviour());
        assertEquals(def.results(), d.results());
        assertEquals(List.of(new InstrumentVersion(InstrumentKind.BEHAVIOUR, "1.0", "1.0.0"),
                new InstrumentVersion(InstrumentKind.BEHAVIOUR, "1.1", "1.1.0"),
                new InstrumentVersion(InstrumentKind.KNOWLEDGE_TEST, "1.0", "1.0.0"),
                new InstrumentVersion(InstrumentKind.KNOWLEDGE_TEST, "1.1", "1.1.0"),
                new InstrumentVersion(InstrumentKind.REACTION, "1.0", "1.0.0"),
                new InstrumentVersion(InstrumentKind.REACTION, "1.1", "1.1.0")), d.instrumentVersions());
        // The unchanged programme still names its 1.0 instruments, recorded once.
        assertEquals(3, catalog.program(TULIS).orElseThrow().instrumentVersions().size());

        ProgramDefinition old = program(PELAYANAN, 12, "1.0");
        ProgramStore store = new ProgramStore();
        try (Connection c = db.dataSource().getConnection()) {
            assertEquals(Optional.of(old.reaction()), store.reaction(c, PELAYANAN, "1.0"));
            assertEquals(Optional.of(old.knowledgeTest()), store.knowledgeTest(c, PELAYANAN, "1.0"));
            assertEquals(Optional.of(old.behaviour()), store.behaviour(c, PELAYANAN, "1.0"));
            assertEquals(Optional.of(def.knowledgeTest()), store.knowledgeTest(c, PELAYANAN, "1.1"));
            assertEquals(Optional.empty(), store.knowledgeTest(c, PELAYANAN, "9.9"));
        }
        // The same through the service.
        assertEquals(Optional.of(old.reaction()), catalog.reaction(PELAYANAN, "1.0"));
        assertEquals(Optional.of(old.knowledgeTest()), catalog.knowledgeTest(PELAYANAN, "1.0"));
        assertEquals(Optional.of(old.behaviour()), catalog.behaviour(PELAYANAN, "1.0"));
        assertEquals(Optional.of(def.reaction()), catalog.reaction(PELAYANAN, "1.1"));
        assertEquals(Optional.empty(), catalog.knowledgeTest(PELAYANAN, "9.9"));
        assertEquals(Optional.empty(), catalog.behaviour("KOM-TIDAK-ADA", "1.0"));
    }

    @Test
    public void newServiceBeforeTheOldOneLeavesKeepsTheProgrammeInstalled() {
        FakeModule upgraded = module(MODULE_ID, "1.1.0", changedProgram(PELAYANAN, 12, "1.1"), program(TULIS, 8, "1.0"));
        catalog.addModule(upgraded, service(2));
        catalog.removeModule(komunikasi(), service(1));
        assertEquals(List.of(PELAYANAN, TULIS), codes(catalog.programs()));
        assertEquals("1.1", catalog.program(PELAYANAN).orElseThrow().reaction().version());
    }

    @Test
    public void changedItemsUnderTheSameVersionAreRefused() {
        catalog.removeModule(komunikasi(), service(1));
        FakeModule sloppy = module(MODULE_ID, "1.0.1", changedProgram(PELAYANAN, 12, "1.0"), program(TULIS, 8, "1.0"));
        catalog.addModule(sloppy, service(2));

        ModuleInfo info = moduleInfo(MODULE_ID);
        assertEquals("INVALID", info.status());
        assertEquals(1, info.problems().size());
        String problem = info.problems().get(0);
        assertTrue(problem, problem.startsWith(PELAYANAN + ": REACTION version 1.0 was recorded with other items"));
        assertTrue(problem, problem.contains("new version"));
        assertEquals(List.of(), catalog.programs());
        ProgramDetail d = catalog.program(PELAYANAN).orElseThrow();
        assertFalse(d.program().installed());
        assertEquals("1.0.0", d.program().moduleVersion());
        assertEquals(program(PELAYANAN, 12, "1.0").reaction(), d.reaction());
        assertEquals("1.0.0", catalog.program(TULIS).orElseThrow().program().moduleVersion());
    }

    @Test
    public void changedAnonymityUnderTheSameVersionIsRefused() {
        catalog.removeModule(komunikasi(), service(1));
        ProgramDefinition p = program(PELAYANAN, 12, "1.0");
        ProgramDefinition named = new ProgramDefinition(p.code(), p.title(), p.description(), p.competencyType(),
                p.deliveryMethod(), p.jp(), p.objectives(),
                new id.pembina.catalog.spi.ReactionQuestionnaire("1.0", false, p.reaction().items()), p.knowledgeTest(),
                p.behaviour(), p.results());
        catalog.addModule(module(MODULE_ID, "1.0.1", named, program(TULIS, 8, "1.0")), service(2));

        ModuleInfo info = moduleInfo(MODULE_ID);
        assertEquals("INVALID", info.status());
        assertEquals(List.of(PELAYANAN + ": REACTION version 1.0 was recorded anonymous; give the changed instrument "
                + "a new version"), info.problems());
        assertTrue(catalog.program(PELAYANAN).orElseThrow().reaction().anonymous());
    }

    @Test
    public void theIpAsnTrainingTypeIsDeclaredByTheModuleOrSetByTheOperatorNeverInferred() {
        catalog.removeModule(komunikasi(), service(1));
        ProgramDefinition p = program(PELAYANAN, 12, "1.0");
        // A managerial programme without a declaration is technical training, not leadership training.
        ProgramDefinition managerial = new ProgramDefinition(p.code(), p.title(), p.description(),
                CompetencyType.MANAJERIAL, p.deliveryMethod(), p.jp(), p.objectives(), p.reaction(),
                p.knowledgeTest(), p.behaviour(), p.results());
        ProgramDefinition seminar = new ProgramDefinition(TULIS, "Seminar " + TULIS, "Uraian", CompetencyType.TEKNIS,
                DeliveryMethod.SEMINAR, 8, p.objectives(), p.reaction(), p.knowledgeTest(), p.behaviour(), List.of());
        catalog.addModule(module(MODULE_ID, "1.0.1", managerial, seminar), service(2));
        assertEquals(IndexTrainingType.TEKNIS, catalog.program(PELAYANAN).orElseThrow().program().indexTrainingType());
        assertEquals(IndexTrainingType.SEMINAR, catalog.program(TULIS).orElseThrow().program().indexTrainingType());
        // The module's next version declares PKA (Pelatihan Kepemimpinan Administrator).
        ProgramDefinition pka = new ProgramDefinition(p.code(), p.title(), p.description(), CompetencyType.MANAJERIAL,
                p.deliveryMethod(), p.jp(), p.objectives(), p.reaction(), p.knowledgeTest(), p.behaviour(),
                p.results(), IndexTrainingType.PKA);
        catalog.removeModule(module(MODULE_ID, "1.0.1", managerial, seminar), service(2));
        catalog.addModule(module(MODULE_ID, "1.0.2", pka, seminar), service(3));
        Program declared = catalog.program(PELAYANAN).orElseThrow().program();
        assertEquals(IndexTrainingType.PKA, declared.indexTrainingType());
        assertFalse(declared.indexTrainingTypeSet());
        // The operator decides it is a technical course after all; the setting outlives an upgrade.
        Program set = catalog.setIndexTrainingType(PELAYANAN, IndexTrainingType.TEKNIS);
        assertEquals(IndexTrainingType.TEKNIS, set.indexTrainingType());
        assertTrue(set.indexTrainingTypeSet());
        catalog.removeModule(module(MODULE_ID, "1.0.2", pka, seminar), service(3));
        catalog.addModule(module(MODULE_ID, "1.0.3", pka, seminar), service(4));
        assertEquals(IndexTrainingType.TEKNIS, catalog.program(PELAYANAN).orElseThrow().program().indexTrainingType());
        // Cleared: back to the module's declaration.
        assertEquals(IndexTrainingType.PKA, catalog.setIndexTrainingType(PELAYANAN, null).indexTrainingType());
        assertThrows(NotFoundException.class, () -> catalog.setIndexTrainingType("TIDAK-ADA", IndexTrainingType.PKP));
    }

    // ---- sessions ----

    @Test
    public void createSessionStoresEverythingAndComputesTheRest() {
        List<String> facilitators = List.of("Drs. Ahmad Siregar", "Rina Lubis, S.Sos.");
        List<CostLine> costs = List.of(
                new CostLine(CostCategory.HONORARIA, "Honor narasumber", new BigDecimal("1500000.00")),
                new CostLine(CostCategory.CONSUMPTION, "Konsumsi peserta", new BigDecimal("250000.50")));
        List<Meeting> meetings = List.of(
                new Meeting(1, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 12, 0)),
                new Meeting(2, at(2026, 12, 2, 8, 0), at(2026, 12, 2, 12, 0)));
        TrainingSession in = TrainingSession.of(PELAYANAN, at(2026, 12, 1, 8, 0), at(2026, 12, 2, 12, 0), VENUE,
                "https://zoom.us/j/8123456", 25, facilitators, costs, meetings);

        TrainingSession out = catalog.createSession(in);

        assertNotNull(out.id());
        assertEquals(new TrainingSession(out.id(), PELAYANAN, at(2026, 12, 1, 8, 0), at(2026, 12, 2, 12, 0), VENUE,
                "https://zoom.us/j/8123456", 25, facilitators, costs, meetings, 0, 0, new BigDecimal("1750000.50"),
                10, true), out);
        assertEquals(Optional.of(out), catalog.session(out.id()));
        assertEquals(Optional.empty(), catalog.session(out.id() + 1000));
    }

    @Test
    public void sessionWithoutMeetingsIsOneMeeting() {
        TrainingSession out = catalog.createSession(TrainingSession.of(TULIS, at(2026, 12, 1, 8, 0),
                at(2026, 12, 1, 15, 30), " ", "https://meet.medan.go.id/tulis", 10, null, null, null));
        assertEquals(List.of(new Meeting(1, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 15, 30))), out.meetings());
        assertEquals(Integer.valueOf(10), out.scheduledJp()); // 450 minutes / 45
        assertNull(out.venue());
        assertEquals(List.of(), out.facilitators());
        assertEquals(new BigDecimal("0.00"), out.totalCost());
    }

    @Test
    public void deliveryModeAndRolesAreStoredAndReplaced() {
        TrainingSession in = newSession(PELAYANAN, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 12, 0), 10)
                .with(DeliveryMode.BLENDED, List.of(new SessionRole(DEWI, SessionRole.Kind.MENTOR),
                        new SessionRole(BUDI, SessionRole.Kind.FACILITATOR)));
        TrainingSession out = catalog.createSession(in);
        assertEquals(DeliveryMode.BLENDED, out.deliveryMode());
        // stored by NIP: BUDI (1985...) before DEWI (1990...)
        assertEquals(List.of(new SessionRole(BUDI, SessionRole.Kind.FACILITATOR),
                new SessionRole(DEWI, SessionRole.Kind.MENTOR)), out.roles());
        // an update replaces both; a session given no mode is a classroom session
        TrainingSession updated = catalog.updateSession(out.id(), newSession(PELAYANAN, at(2026, 12, 1, 8, 0),
                at(2026, 12, 1, 12, 0), 10).with(null, List.of(new SessionRole(DEWI, SessionRole.Kind.COACH))));
        assertEquals(DeliveryMode.CLASSROOM, updated.deliveryMode());
        assertEquals(List.of(new SessionRole(DEWI, SessionRole.Kind.COACH)), catalog.session(out.id()).orElseThrow()
                .roles());
    }

    @Test
    public void badRolesAreRefused() {
        TrainingSession in = newSession(PELAYANAN, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 12, 0), 10)
                .with(DeliveryMode.E_LEARNING, java.util.Arrays.asList(new SessionRole("123", SessionRole.Kind.COACH),
                        new SessionRole(DEWI, null), new SessionRole(DEWI, SessionRole.Kind.COACH),
                        new SessionRole(DEWI, SessionRole.Kind.COACH)));
        assertEquals(List.of(FieldError.of("roles[0].nip", "session.roleNip"), FieldError.of("roles[1].role", "required"),
                FieldError.of("roles[3]", "session.roleTwice")), refused(() -> catalog.createSession(in)));
    }

    @Test
    public void unknownProgrammeIsRefused() {
        assertEquals(List.of(FieldError.of("programCode", "session.programUnknown", "KOM-TIDAK-ADA")),
                refused(() -> create("KOM-TIDAK-ADA", at(2026, 12, 1, 8, 0), at(2026, 12, 1, 12, 0), 20)));
        assertEquals(0, catalog.sessions(new SessionQuery(null, null, null, 0, 10)).total());
    }

    @Test
    public void everyProblemOfASessionIsReportedAtOnce() {
        assertEquals(List.of(FieldError.of("capacity", "session.capacity"),
                FieldError.of("programCode", "session.programUnknown", "KOM-TIDAK-ADA")),
                refused(() -> create("KOM-TIDAK-ADA", at(2026, 12, 1, 8, 0), at(2026, 12, 1, 12, 0), 0)));
    }

    @Test
    public void updateReplacesTheSessionsData() {
        long id = create(PELAYANAN, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 12, 0), 20);
        List<CostLine> costs = List.of(new CostLine(CostCategory.VENUE, "Sewa aula", new BigDecimal("750000")));
        List<Meeting> meetings = List.of(meeting(1, at(2026, 12, 3, 8, 0), 90), meeting(2, at(2026, 12, 3, 10, 0), 90));
        TrainingSession changed = TrainingSession.of(TULIS, at(2026, 12, 3, 8, 0), at(2026, 12, 3, 12, 0), null,
                "https://zoom.us/j/1", 15, List.of("Rina Lubis, S.Sos."), costs, meetings);

        TrainingSession out = catalog.updateSession(id, changed);

        assertEquals(new TrainingSession(id, TULIS, at(2026, 12, 3, 8, 0), at(2026, 12, 3, 12, 0), null,
                "https://zoom.us/j/1", 15, List.of("Rina Lubis, S.Sos."),
                List.of(new CostLine(CostCategory.VENUE, "Sewa aula", new BigDecimal("750000.00"))), meetings, 0, 0,
                new BigDecimal("750000.00"), 4, true), out);
        assertEquals(Optional.of(out), catalog.session(id));
    }

    @Test
    public void refusedUpdateChangesNothing() {
        long id = create(PELAYANAN, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 12, 0), 20);
        TrainingSession before = catalog.session(id).orElseThrow();
        assertEquals(List.of(FieldError.of("venue", "session.venueOrLink")), refused(() -> catalog.updateSession(id,
                TrainingSession.of(PELAYANAN, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 12, 0), null, null, 30, null, null,
                        null))));
        assertEquals(Optional.of(before), catalog.session(id));
        assertThrows(NotFoundException.class, () -> catalog.updateSession(id + 1000, newSession(PELAYANAN,
                at(2026, 12, 1, 8, 0), at(2026, 12, 1, 12, 0), 20)));
    }

    @Test
    public void raisingCapacityPromotesWaitlistedInOrder() {
        TrainingSession s = newSession(PELAYANAN, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 12, 0), 2);
        long id = catalog.createSession(s).id();
        for (String nip : List.of(BUDI, SITI, RUDI, DEWI, EKO)) {
            enroll(id, nip);
        }
        assertEquals(Integer.valueOf(3), catalog.enroll(id, EKO, EnrollmentStatus.REGISTERED, null, null)
                .waitlistPosition());

        TrainingSession out = catalog.updateSession(id, newSession(PELAYANAN, at(2026, 12, 1, 8, 0),
                at(2026, 12, 1, 12, 0), 4));

        Map<String, Enrollment> e = byNip(id);
        assertEquals(EnrollmentStatus.REGISTERED, e.get(RUDI).status());
        assertEquals(EnrollmentStatus.REGISTERED, e.get(DEWI).status());
        assertNull(e.get(DEWI).waitlistPosition());
        assertEquals(EnrollmentStatus.WAITLISTED, e.get(EKO).status());
        assertEquals(Integer.valueOf(1), e.get(EKO).waitlistPosition());
        assertEquals(Integer.valueOf(4), out.registered());
        assertEquals(Integer.valueOf(1), out.waitlisted());

        // Lowering the capacity takes no seat away.
        TrainingSession lower = catalog.updateSession(id, newSession(PELAYANAN, at(2026, 12, 1, 8, 0),
                at(2026, 12, 1, 12, 0), 3));
        assertEquals(Integer.valueOf(4), lower.registered());
        assertEquals(Integer.valueOf(1), lower.waitlisted());
    }

    // ---- enrollment ----

    @Test
    public void fullSessionWaitlistsInOrder() {
        long id = create(PELAYANAN, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 12, 0), 2);

        Enrollment budi = enroll(id, BUDI);
        assertEquals(new Enrollment(id, BUDI, EnrollmentStatus.REGISTERED, null, null, null, NOW), budi);
        assertEquals(EnrollmentStatus.REGISTERED, enroll(id, SITI).status());
        Enrollment rudi = enroll(id, RUDI);
        assertEquals(EnrollmentStatus.WAITLISTED, rudi.status());
        assertEquals(Integer.valueOf(1), rudi.waitlistPosition());
        Enrollment dewi = enroll(id, DEWI);
        assertEquals(EnrollmentStatus.WAITLISTED, dewi.status());
        assertEquals(Integer.valueOf(2), dewi.waitlistPosition());

        TrainingSession s = catalog.session(id).orElseThrow();
        assertEquals(Integer.valueOf(2), s.registered());
        assertEquals(Integer.valueOf(2), s.waitlisted());
    }

    @Test
    public void enrollmentsAreListedByStatusThenWaitlistThenNip() {
        long id = create(PELAYANAN, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 12, 0), 2);
        enroll(id, SITI);
        enroll(id, BUDI);
        enroll(id, EKO);    // waitlisted 1
        enroll(id, RUDI);   // waitlisted 2
        catalog.enroll(id, DEWI, EnrollmentStatus.INVITED, null, null);
        catalog.enroll(id, ANI, EnrollmentStatus.CANCELLED, AbsenceReason.LEAVE, "Cuti melahirkan");

        List<String> order = catalog.enrollments(id).stream().map(e -> e.status() + " " + e.nip()
                + (e.waitlistPosition() == null ? "" : " #" + e.waitlistPosition())).toList();
        assertEquals(List.of("INVITED " + DEWI, "REGISTERED " + BUDI, "REGISTERED " + SITI, "WAITLISTED " + EKO + " #1",
                "WAITLISTED " + RUDI + " #2", "CANCELLED " + ANI), order);
        assertThrows(NotFoundException.class, () -> catalog.enrollments(id + 1000));
    }

    @Test
    public void cancellingASeatPromotesTheFirstWaitlisted() {
        long id = create(PELAYANAN, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 12, 0), 2);
        enroll(id, BUDI);
        enroll(id, SITI);
        catalog.enroll(id, RUDI, EnrollmentStatus.REGISTERED, null, "Dari Kelurahan Terjun");
        enroll(id, DEWI);
        enroll(id, EKO);
        clock.advance(Duration.ofHours(1));

        Enrollment cancelled = catalog.enroll(id, SITI, EnrollmentStatus.CANCELLED, AbsenceReason.WORKLOAD,
                "Rapat Musrenbang kecamatan");

        assertEquals(new Enrollment(id, SITI, EnrollmentStatus.CANCELLED, AbsenceReason.WORKLOAD,
                "Rapat Musrenbang kecamatan", null, NOW.plus(Duration.ofHours(1))), cancelled);
        Map<String, Enrollment> e = byNip(id);
        assertEquals(EnrollmentStatus.REGISTERED, e.get(RUDI).status());
        assertNull(e.get(RUDI).waitlistPosition());
        assertEquals("the participant's note survives the promotion", "Dari Kelurahan Terjun", e.get(RUDI).note());
        assertEquals(Integer.valueOf(1), e.get(DEWI).waitlistPosition());
        assertEquals(Integer.valueOf(2), e.get(EKO).waitlistPosition());

        // Cancelling a waitlisted participant gives no seat; the others move up.
        catalog.enroll(id, DEWI, EnrollmentStatus.CANCELLED, null, null);
        e = byNip(id);
        assertEquals(EnrollmentStatus.WAITLISTED, e.get(EKO).status());
        assertEquals(Integer.valueOf(1), e.get(EKO).waitlistPosition());
        assertEquals(Integer.valueOf(2), catalog.session(id).orElseThrow().registered());

        // A no-show of a seat holder frees the seat too.
        catalog.enroll(id, BUDI, EnrollmentStatus.NO_SHOW, AbsenceReason.SICKNESS, null);
        assertEquals(EnrollmentStatus.REGISTERED, byNip(id).get(EKO).status());
    }

    @Test
    public void reasonIsKeptOnlyForAbsence() {
        long id = create(PELAYANAN, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 12, 0), 2);
        Enrollment e = catalog.enroll(id, BUDI, EnrollmentStatus.REGISTERED, AbsenceReason.WORKLOAD, "  ");
        assertNull(e.absenceReason());
        assertNull(e.note());
    }

    @Test
    public void repeatedRequestIsIdempotent() {
        long id = create(PELAYANAN, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 12, 0), 1);
        Enrollment budi = enroll(id, BUDI);
        Enrollment siti = enroll(id, SITI);
        Enrollment rudi = enroll(id, RUDI);
        clock.advance(Duration.ofHours(2));

        assertEquals(budi, enroll(id, BUDI));
        assertEquals("asking again keeps the place in line", siti, enroll(id, SITI));
        assertEquals(Integer.valueOf(1), enroll(id, SITI).waitlistPosition());
        assertEquals(rudi, enroll(id, RUDI));
        assertEquals(Integer.valueOf(2), rudi.waitlistPosition());
        assertEquals(3, catalog.enrollments(id).size());
    }

    @Test
    public void nipMayBeWrittenWithSpaces() {
        long id = create(PELAYANAN, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 12, 0), 5);
        assertEquals(BUDI, catalog.enroll(id, "19860926 201505 1 001", EnrollmentStatus.REGISTERED, null, null).nip());
        assertEquals(1, catalog.enrollments(id).size());
    }

    @Test
    public void unknownAndInactiveParticipantsAreRefused() {
        long id = create(PELAYANAN, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 12, 0), 5);
        assertEquals(List.of(FieldError.of("nip", "enrollment.participantUnknown", UNKNOWN)), refused(() -> enroll(id, UNKNOWN)));
        assertEquals(List.of(FieldError.of("nip", "enrollment.participantInactive", INACTIVE)),
                refused(() -> enroll(id, INACTIVE)));
        assertEquals(List.of(FieldError.of("status", "required")),
                refused(() -> catalog.enroll(id, BUDI, null, null, null)));
        assertEquals(List.of(FieldError.of("note", "tooLong", 1000)),
                refused(() -> catalog.enroll(id, BUDI, EnrollmentStatus.REGISTERED, null, "x".repeat(1001))));
        assertEquals(List.of(), catalog.enrollments(id));
        assertThrows(NotFoundException.class, () -> enroll(id + 1000, BUDI));
    }

    @Test
    public void participantCannotHoldOverlappingSessions() {
        long a = create(PELAYANAN, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 16, 0), 10);
        long b = create(TULIS, at(2026, 12, 1, 13, 0), at(2026, 12, 1, 17, 0), 10);
        long touching = create(TULIS, at(2026, 12, 1, 16, 0), at(2026, 12, 1, 18, 0), 10);

        enroll(a, BUDI);
        assertEquals(List.of(FieldError.of("nip", "enrollment.overlap", BUDI, a)), refused(() -> enroll(b, BUDI)));
        assertEquals(List.of(FieldError.of("nip", "enrollment.overlap", BUDI, a)),
                refused(() -> catalog.enroll(b, BUDI, EnrollmentStatus.INVITED, null, null)));
        assertFalse(byNip(b).containsKey(BUDI));

        // A session that starts when the other ends does not overlap it.
        assertEquals(EnrollmentStatus.REGISTERED, enroll(touching, SITI).status());
        assertEquals(EnrollmentStatus.REGISTERED, enroll(a, SITI).status());

        // Once the enrollment is cancelled, it holds no time.
        catalog.enroll(a, BUDI, EnrollmentStatus.CANCELLED, AbsenceReason.WORKLOAD, null);
        assertEquals(EnrollmentStatus.REGISTERED, enroll(b, BUDI).status());
        // And coming back to the first session is now the clash.
        assertEquals(List.of(FieldError.of("nip", "enrollment.overlap", BUDI, b)), refused(() -> enroll(a, BUDI)));
    }

    /**
     * A session with all its seats in one transaction: BUDI and SITI registered. Refused whole, with every reason,
     * when BUDI holds an overlapping session and INACTIVE is inactive; refused when the seats run out (capacity 1:
     * RUDI would be waitlisted, not registered). No session of the refused ones exists afterwards.
     */
    @Test
    public void aSessionWithAllItsSeatsOrNothing() {
        TrainingSession made = catalog.createSessionWithEnrollments(newSession(PELAYANAN, at(2026, 12, 1, 8, 0),
                at(2026, 12, 1, 16, 0), 2), List.of(BUDI, SITI));
        assertEquals(Map.of(BUDI, EnrollmentStatus.REGISTERED, SITI, EnrollmentStatus.REGISTERED),
                byNip(made.id()).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().status())));
        long total = catalog.sessions(new SessionQuery(null, null, null, 0, 10)).total();

        assertEquals(List.of(FieldError.of("nip", "enrollment.overlap", BUDI, made.id()),
                FieldError.of("nip", "enrollment.participantInactive", INACTIVE)),
                refused(() -> catalog.createSessionWithEnrollments(newSession(TULIS, at(2026, 12, 1, 13, 0),
                        at(2026, 12, 1, 17, 0), 5), List.of(BUDI, INACTIVE))));
        assertEquals(List.of(FieldError.of("nips", "enrollment.noSeat", RUDI)),
                refused(() -> catalog.createSessionWithEnrollments(newSession(TULIS, at(2026, 12, 2, 8, 0),
                        at(2026, 12, 2, 12, 0), 1), List.of(SITI, RUDI))));
        assertEquals(total, catalog.sessions(new SessionQuery(null, null, null, 0, 10)).total());
    }

    @Test
    public void waitlistedAndInvitedHoldTime() {
        long full = create(PELAYANAN, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 16, 0), 1);
        long other = create(TULIS, at(2026, 12, 1, 9, 0), at(2026, 12, 1, 10, 0), 10);
        long third = create(TULIS, at(2026, 12, 1, 12, 0), at(2026, 12, 1, 13, 0), 10);
        enroll(full, SITI);
        assertEquals(EnrollmentStatus.WAITLISTED, enroll(full, BUDI).status());
        assertEquals(List.of(FieldError.of("nip", "enrollment.overlap", BUDI, full)), refused(() -> enroll(other, BUDI)));
        catalog.enroll(third, RUDI, EnrollmentStatus.INVITED, null, null);
        assertEquals(List.of(FieldError.of("nip", "enrollment.overlap", RUDI, third)), refused(() -> enroll(full, RUDI)));
    }

    @Test
    public void concurrentRequestsNeverOverfillASession() throws Exception {
        long id = create(PELAYANAN, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 12, 0), 3);
        List<String> nips = List.of(BUDI, SITI, RUDI, DEWI, EKO, ANI);
        ExecutorService pool = Executors.newFixedThreadPool(nips.size());
        try {
            List<Callable<Enrollment>> calls = new ArrayList<>();
            for (String nip : nips) {
                calls.add(() -> CallerContext.callAs(AsCaller.operator("operator"),
                        () -> enroll(id, nip)));
            }
            for (Future<Enrollment> f : pool.invokeAll(calls)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<Enrollment> all = catalog.enrollments(id);
        assertEquals(3, all.stream().filter(e -> e.status() == EnrollmentStatus.REGISTERED).count());
        List<Integer> positions = all.stream().filter(e -> e.status() == EnrollmentStatus.WAITLISTED)
                .map(Enrollment::waitlistPosition).sorted().toList();
        assertEquals(List.of(1, 2, 3), positions);
    }

    @Test
    public void simultaneousRequestsNeverDoubleBookAParticipant() throws Exception {
        // 20 sessions on the same morning, each overlapping every other; BUDI and SITI each ask for all
        // 20 at the same moment: 40 requests, of which exactly one per person (2) may succeed and the
        // other 38 must be refused as overlaps.
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(create(i % 2 == 0 ? PELAYANAN : TULIS, at(2026, 12, 1, 8, i), at(2026, 12, 1, 12, 0), 10));
        }
        List<Callable<String>> calls = new ArrayList<>();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        for (String nip : List.of(BUDI, SITI)) {
            for (long id : ids) {
                // Each request on its own thread, as the training staff (the services refuse work without a caller).
                calls.add(() -> {
                    start.await();
                    return CallerContext.callAs(new Caller("op",
                            java.util.Set.of(Role.OPERATOR), null, null, "test"), () -> {
                                try {
                                    return enroll(id, nip).status().name();
                                } catch (ValidationException e) {
                                    return e.errors().get(0).code();
                                }
                            });
                });
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        List<String> outcomes = new ArrayList<>();
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (Callable<String> call : calls) {
                futures.add(pool.submit(call));
            }
            start.countDown();
            for (Future<String> f : futures) {
                outcomes.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, Collections.frequency(outcomes, "REGISTERED"));
        assertEquals(38, Collections.frequency(outcomes, "enrollment.overlap"));
        Map<String, Long> held = catalog.enrollments(ids).values().stream().flatMap(List::stream)
                .filter(e -> e.status().holdsTime()).collect(Collectors.groupingBy(Enrollment::nip, Collectors.counting()));
        assertEquals(Map.of(BUDI, 1L, SITI, 1L), held);
    }

    // ---- attendance ----

    /** A session of 120 + 120 + 240 minutes (KOM-PELAYANAN, 12 JP) with four seats. */
    private long attendanceSession() {
        return create(PELAYANAN, at(2026, 12, 1, 8, 0), at(2026, 12, 2, 12, 0), 4,
                meeting(1, at(2026, 12, 1, 8, 0), 120), meeting(2, at(2026, 12, 1, 10, 0), 120),
                meeting(3, at(2026, 12, 2, 8, 0), 240));
    }

    @Test
    public void attendanceIsRecordedPerMeetingAndStatusFollows() {
        long id = attendanceSession();
        catalog.enroll(id, BUDI, EnrollmentStatus.REGISTERED, null, "Vegetarian");
        for (String nip : List.of(SITI, RUDI, DEWI, EKO)) {
            enroll(id, nip);
        }
        assertEquals(EnrollmentStatus.WAITLISTED, byNip(id).get(EKO).status());

        List<AttendanceSummary> summaries = catalog.recordAttendance(id, List.of(
                present(BUDI, 1), present(BUDI, 2), present(BUDI, 3),
                present(SITI, 1), new AttendanceMark(SITI, 2, false, AbsenceReason.WORKLOAD, "Rapat dinas"), present(SITI, 3),
                absent(RUDI, 1, AbsenceReason.SICKNESS), absent(RUDI, 2, AbsenceReason.SICKNESS),
                absent(RUDI, 3, AbsenceReason.SICKNESS),
                absent(DEWI, 1, AbsenceReason.LEAVE)));

        // Absences counted by their recorded reason: Rudi 3 x SICKNESS, Siti 1 x WORKLOAD, Dewi 1 x LEAVE.
        List<AttendanceSummary> expected = List.of(
                new AttendanceSummary(RUDI, 0, 3, 0, 480, new BigDecimal("0.0000"), 0,
                        Map.of(AbsenceReason.SICKNESS, 3)),
                new AttendanceSummary(BUDI, 3, 3, 480, 480, new BigDecimal("1.0000"), 12),
                new AttendanceSummary(SITI, 2, 3, 360, 480, new BigDecimal("0.7500"), 0,
                        Map.of(AbsenceReason.WORKLOAD, 1)),
                new AttendanceSummary(DEWI, 0, 3, 0, 480, new BigDecimal("0.0000"), 0,
                        Map.of(AbsenceReason.LEAVE, 1)));
        assertEquals(expected, summaries);
        assertEquals(expected, catalog.attendance(id));
        assertEquals(expected, catalog.attendance(List.of(id)).get(id));

        Map<String, Enrollment> e = byNip(id);
        assertEquals(EnrollmentStatus.ATTENDED, e.get(BUDI).status());
        assertEquals("the enrollment note survives attendance", "Vegetarian", e.get(BUDI).note());
        assertEquals(EnrollmentStatus.ATTENDED, e.get(SITI).status());
        assertEquals(EnrollmentStatus.NO_SHOW, e.get(RUDI).status());
        assertEquals(EnrollmentStatus.REGISTERED, e.get(DEWI).status());
        assertEquals("an absence recorded afterwards does not hand the seat on", EnrollmentStatus.WAITLISTED,
                e.get(EKO).status());

        // A later mark replaces the earlier one of the same meeting.
        List<AttendanceSummary> after = catalog.recordAttendance(id, List.of(present(SITI, 2), present(RUDI, 3)));
        assertEquals(new AttendanceSummary(SITI, 3, 3, 480, 480, new BigDecimal("1.0000"), 12), after.get(2));
        // Rudi's third meeting is now present: 2 x SICKNESS remain.
        assertEquals(new AttendanceSummary(RUDI, 1, 3, 240, 480, new BigDecimal("0.5000"), 0,
                Map.of(AbsenceReason.SICKNESS, 2)), after.get(0));
        assertEquals(EnrollmentStatus.ATTENDED, byNip(id).get(RUDI).status());
    }

    /**
     * Certificates: BUDI (3 of 3 meetings) and SITI (2 of 3, then 3 of 3) completed; RUDI (1 of 3) not. None before
     * the session ends (2026-12-02 12:00; now 2026-11-27). Ten days later, in NIP order (BUDI 1986... before SITI
     * 1990...): BUDI no. 1, SITI no. 2, the same on every read. RUDI credited later gets no. 3; the others keep
     * theirs.
     */
    @Test
    public void completionsGetStableCertificateNumbers() {
        long id = attendanceSession();
        for (String nip : List.of(BUDI, SITI, RUDI)) {
            enroll(id, nip);
        }
        catalog.recordAttendance(id, List.of(present(BUDI, 1), present(BUDI, 2), present(BUDI, 3), present(SITI, 1),
                present(SITI, 2), present(SITI, 3), present(RUDI, 3)));
        assertEquals(Map.of(), catalog.certificates(List.of(id)));

        clock.advance(Duration.ofDays(10));
        String prefix = "BKPSDM-MEDAN/2026/" + id + "/";
        Map<Long, Map<String, String>> first = catalog.certificates(List.of(id, id + 1000));
        assertEquals(Map.of(id, Map.of(BUDI, prefix + "1", SITI, prefix + "2")), first);
        assertEquals(first, catalog.certificates(List.of(id)));

        catalog.recordAttendance(id, List.of(present(RUDI, 1), present(RUDI, 2)));
        assertEquals(Map.of(id, Map.of(BUDI, prefix + "1", SITI, prefix + "2", RUDI, prefix + "3")),
                catalog.certificates(List.of(id)));
    }

    @Test
    public void refusedMarksRecordNothing() {
        long id = attendanceSession();
        for (String nip : List.of(BUDI, SITI, RUDI, DEWI, EKO)) {
            enroll(id, nip);
        }
        catalog.enroll(id, DEWI, EnrollmentStatus.CANCELLED, null, null); // EKO gets her seat
        List<AttendanceSummary> before = catalog.attendance(id);

        assertEquals(List.of(FieldError.of("[1].meeting", "attendance.meetingUnknown", 9)),
                refused(() -> catalog.recordAttendance(id, List.of(present(BUDI, 1), present(BUDI, 9)))));
        assertEquals(List.of(FieldError.of("[1].nip", "attendance.notEnrolled", DEWI),
                FieldError.of("[2].nip", "attendance.notEnrolled", UNKNOWN)),
                refused(() -> catalog.recordAttendance(id, List.of(present(BUDI, 1), present(DEWI, 1),
                        present(UNKNOWN, 1)))));
        assertEquals(List.of(FieldError.of("[0].note", "tooLong", 1000)), refused(() -> catalog.recordAttendance(id,
                List.of(new AttendanceMark(BUDI, 1, false, null, "x".repeat(1001))))));
        assertEquals(List.of(FieldError.of("", "attendance.empty")), refused(() -> catalog.recordAttendance(id, List.of())));

        assertEquals(before, catalog.attendance(id));
        assertEquals(EnrollmentStatus.REGISTERED, byNip(id).get(BUDI).status());
        assertThrows(NotFoundException.class, () -> catalog.recordAttendance(id + 1000, List.of(present(BUDI, 1))));
        assertThrows(NotFoundException.class, () -> catalog.attendance(id + 1000));
    }

    @Test
    public void aSessionKeepsTheJpOfItsProgrammeAtScheduling() {
        long before = create(TULIS, at(2026, 3, 2, 8, 0), at(2026, 3, 2, 12, 0), 10);
        enroll(before, BUDI);
        catalog.recordAttendance(before, List.of(present(BUDI, 1)));
        assertEquals(8, catalog.creditedJp(BUDI, 2026));

        // Module 1.1 gives the programme 10 JP (same instruments): new sessions credit 10, the old one still 8.
        catalog.removeModule(komunikasi(), service(1));
        catalog.addModule(module(MODULE_ID, "1.1.0", program(PELAYANAN, 12, "1.0"), program(TULIS, 10, "1.0")), service(2));
        long after = create(TULIS, at(2026, 4, 6, 8, 0), at(2026, 4, 6, 12, 0), 10);
        enroll(after, BUDI);
        catalog.recordAttendance(after, List.of(present(BUDI, 1)));
        assertEquals(8 + 10, catalog.creditedJp(BUDI, 2026));
        assertEquals(8, catalog.attendance(before).get(0).jpCredited());
        assertEquals(10, catalog.attendance(after).get(0).jpCredited());
    }

    @Test
    public void jpAreCreditedAtTheThreshold() {
        // 5 meetings of 60 minutes; present at 4 = 240 / 300 = 0.80.
        long id = create(TULIS, at(2026, 12, 7, 8, 0), at(2026, 12, 11, 9, 0), 10,
                meeting(1, at(2026, 12, 7, 8, 0), 60), meeting(2, at(2026, 12, 8, 8, 0), 60),
                meeting(3, at(2026, 12, 9, 8, 0), 60), meeting(4, at(2026, 12, 10, 8, 0), 60),
                meeting(5, at(2026, 12, 11, 8, 0), 60));
        enroll(id, BUDI);
        enroll(id, SITI);
        List<AttendanceSummary> s = catalog.recordAttendance(id, List.of(present(BUDI, 1), present(BUDI, 2),
                present(BUDI, 3), present(BUDI, 4), absent(BUDI, 5, AbsenceReason.WORKLOAD),
                present(SITI, 1), present(SITI, 2), present(SITI, 3)));
        assertEquals(List.of(new AttendanceSummary(BUDI, 4, 5, 240, 300, new BigDecimal("0.8000"), 8,
                Map.of(AbsenceReason.WORKLOAD, 1)),
                new AttendanceSummary(SITI, 3, 5, 180, 300, new BigDecimal("0.6000"), 0)), s);
        assertEquals(8, catalog.creditedJp(BUDI, 2026));
        assertEquals(0, catalog.creditedJp(SITI, 2026));

        // The threshold comes from configuration.
        CatalogServiceImpl lenient = newCatalog("0.60");
        lenient.addModule(komunikasi(), service(1));
        assertEquals(8, lenient.creditedJp(SITI, 2026));
        // A broken threshold falls back to 0.80.
        CatalogServiceImpl broken = newCatalog("delapan puluh");
        broken.addModule(komunikasi(), service(1));
        assertEquals(0, broken.creditedJp(SITI, 2026));
        assertEquals(8, broken.creditedJp(BUDI, 2026));
    }

    @Test
    public void creditedJpCountsSessionsThatEndedInTheYear() {
        // Ends 2026: 12 JP.
        long dec = create(PELAYANAN, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 12, 0), 10);
        // Starts 2026, ends 2027: 8 JP for 2027.
        long newYear = create(TULIS, at(2026, 12, 31, 8, 0), at(2027, 1, 2, 12, 0), 10,
                meeting(1, at(2026, 12, 31, 8, 0), 240), meeting(2, at(2027, 1, 2, 8, 0), 240));
        // 2027, half attended: nothing.
        long feb = create(TULIS, at(2027, 2, 1, 8, 0), at(2027, 2, 2, 12, 0), 10,
                meeting(1, at(2027, 2, 1, 8, 0), 240), meeting(2, at(2027, 2, 2, 8, 0), 240));
        // 2026, attended and then cancelled: nothing.
        long june = create(PELAYANAN, at(2026, 6, 10, 8, 0), at(2026, 6, 10, 12, 0), 10);

        for (long id : List.of(dec, newYear, feb, june)) {
            enroll(id, BUDI);
        }
        enroll(dec, SITI);
        catalog.recordAttendance(dec, List.of(present(BUDI, 1), present(SITI, 1)));
        catalog.recordAttendance(newYear, List.of(present(BUDI, 1), present(BUDI, 2)));
        catalog.recordAttendance(feb, List.of(present(BUDI, 1), absent(BUDI, 2, AbsenceReason.WORKLOAD)));
        catalog.recordAttendance(june, List.of(present(BUDI, 1)));
        catalog.enroll(june, BUDI, EnrollmentStatus.CANCELLED, AbsenceReason.OTHER, "Dibatalkan setelah pelatihan");

        assertEquals(List.of(), catalog.attendance(june));
        assertEquals(12, catalog.creditedJp(BUDI, 2026));
        assertEquals(8, catalog.creditedJp(BUDI, 2027));
        assertEquals(0, catalog.creditedJp(BUDI, 2025));
        assertEquals(12, catalog.creditedJp("19860926 201505 1 001", 2026));
        assertEquals(12, catalog.creditedJp(SITI, 2026));
        assertEquals(0, catalog.creditedJp(SITI, 2027));
        assertEquals(0, catalog.creditedJp(UNKNOWN, 2026));
        assertEquals(0, catalog.creditedJp(null, 2026));
    }

    @Test
    public void controlCharactersAreRefusedBeforeAnySql() {
        long id = create(PELAYANAN, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 12, 0), 5);
        assertEquals(List.of(FieldError.of("venue", "text.control")), refused(() -> catalog.createSession(
                TrainingSession.of(PELAYANAN, at(2026, 12, 2, 8, 0), at(2026, 12, 2, 12, 0), "Aula\u0000", null, 5, null,
                        null, null))));
        assertEquals(List.of(FieldError.of("programCode", "text.control")), refused(() -> catalog.createSession(
                TrainingSession.of("KOM\u0000", at(2026, 12, 2, 8, 0), at(2026, 12, 2, 12, 0), "Aula", null, 5, null,
                        null, null))));
        assertEquals(List.of(FieldError.of("note", "text.control")),
                refused(() -> catalog.enroll(id, BUDI, EnrollmentStatus.REGISTERED, null, "catatan\u0000")));
        assertEquals(List.of(), catalog.enrollments(id));

        Enrollment e = catalog.enroll(id, BUDI, EnrollmentStatus.REGISTERED, null, "Baris satu\nBaris dua");
        assertEquals("Baris satu\nBaris dua", e.note());
        assertEquals(List.of(FieldError.of("[0].note", "text.control")), refused(() -> catalog.recordAttendance(id,
                List.of(new AttendanceMark(BUDI, 1, false, AbsenceReason.OTHER, "\u0000")))));
        assertEquals(List.of(FieldError.of("[0].nip", "attendance.notEnrolled", "\u0000")),
                refused(() -> catalog.recordAttendance(id, List.of(present("\u0000", 1)))));
        assertEquals(List.of(FieldError.of("programCode", "text.control")),
                refused(() -> catalog.sessions(new SessionQuery("KOM\u0000", null, null, 0, 10))));
        assertEquals(Optional.empty(), catalog.program("KOM\u0000"));
        assertEquals(Optional.empty(), catalog.program(null));
        assertEquals(Optional.empty(), catalog.reaction(PELAYANAN, "1.0\u0000"));
        assertEquals(Optional.empty(), catalog.knowledgeTest("KOM\u0000", "1.0"));
        assertEquals(Optional.empty(), catalog.behaviour(null, "1.0"));
        assertEquals(0, catalog.creditedJp("19860926201505100\u0000", 2026));
    }

    @Test
    public void moduleWithTooLongTextsIsInvalidWithAClearProblem() {
        ProgramDefinition p = program("LAY-PRIMA", 10, "1.0");
        ProgramDefinition tooLong = new ProgramDefinition(p.code(), p.title(), p.description(), p.competencyType(),
                p.deliveryMethod(), p.jp(), p.objectives(), Fixtures.reaction("1.0", "x".repeat(2001)), p.knowledgeTest(),
                p.behaviour(), p.results());
        catalog.addModule(module("layanan-prima", "1.0.0", tooLong), service(2));
        assertEquals(List.of("LAY-PRIMA: item texts are at most 2000 characters"), moduleInfo("layanan-prima").problems());
        assertEquals(Optional.empty(), catalog.program("LAY-PRIMA"));
    }

    @Test
    public void participantIsLookedUpWhileTheCatalogHoldsNoConnection() {
        CountingDataSource counting = new CountingDataSource(db.dataSource());
        List<Integer> openAtLookup = Collections.synchronizedList(new ArrayList<>());
        people.onFind(() -> openAtLookup.add(counting.open()));
        CatalogServiceImpl watched = new CatalogServiceImpl(counting.proxy(), new LiquibaseSchemaMigrator(),
                people.registry(), null, config(45, "0.80"), clock);
        watched.addModule(komunikasi(), service(1));
        long id = watched.createSession(newSession(PELAYANAN, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 12, 0), 5)).id();

        watched.enroll(id, BUDI, EnrollmentStatus.REGISTERED, null, null);
        watched.enroll(id, BUDI, EnrollmentStatus.CANCELLED, null, null);
        watched.enroll(id, BUDI, EnrollmentStatus.REGISTERED, null, null);

        assertFalse(openAtLookup.isEmpty());
        assertEquals(List.of(0), openAtLookup.stream().distinct().toList());
        assertEquals(0, counting.open());
    }

    @Test
    public void jpMinutesBelowOneFallBackTo45() {
        CatalogServiceImpl misconfigured = newCatalog("0.80");
        misconfigured.configure(config(0, "0.80"));
        misconfigured.addModule(komunikasi(), service(1));
        TrainingSession s = misconfigured.createSession(newSession(PELAYANAN, at(2026, 12, 1, 8, 0),
                at(2026, 12, 1, 16, 0), 5));
        assertEquals(Integer.valueOf(10), s.scheduledJp()); // 480 / 45
        misconfigured.configure(config(60, "0.80"));
        assertEquals(Integer.valueOf(8), misconfigured.session(s.id()).orElseThrow().scheduledJp());
    }

    // ---- search ----

    @Test
    public void sessionsAreFoundByProgrammeAndDates() {
        long p1 = create(PELAYANAN, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 12, 0), 10);
        long p3 = create(PELAYANAN, at(2027, 1, 5, 8, 0), at(2027, 1, 5, 12, 0), 10);
        long p2 = create(PELAYANAN, at(2026, 12, 10, 8, 0), at(2026, 12, 10, 12, 0), 10);
        long t1 = create(TULIS, at(2026, 12, 5, 8, 0), at(2026, 12, 5, 12, 0), 10);
        long t2 = create(TULIS, at(2026, 12, 9, 23, 0), at(2026, 12, 10, 1, 0), 10);
        long midnight = create(TULIS, at(2026, 12, 11, 20, 0), at(2026, 12, 12, 0, 0), 10);

        assertEquals(List.of(p1, p2, p3), ids(new SessionQuery(PELAYANAN, null, null, 0, 10)));
        assertEquals(List.of(t1, t2, p2), ids(new SessionQuery(null, LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 10),
                0, 10)));
        assertEquals(List.of(t2, p2), ids(new SessionQuery(null, LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 10),
                0, 10)));
        assertEquals(List.of(t2), ids(new SessionQuery(TULIS, LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 10),
                0, 10)));
        assertEquals(List.of(midnight), ids(new SessionQuery(null, LocalDate.of(2026, 12, 11), LocalDate.of(2026, 12, 11),
                0, 10)));
        assertEquals("a session ending at midnight does not take place on the next day", List.of(),
                ids(new SessionQuery(null, LocalDate.of(2026, 12, 12), LocalDate.of(2026, 12, 31), 0, 10)));
        assertEquals(List.of(p2, p3), ids(new SessionQuery(PELAYANAN, LocalDate.of(2026, 12, 2), null, 0, 10)));
        assertEquals(List.of(p1, t1), ids(new SessionQuery(null, null, LocalDate.of(2026, 12, 5), 0, 10)));
        assertEquals(List.of(), ids(new SessionQuery("KOM-TIDAK-ADA", null, null, 0, 10)));

        Page<TrainingSession> page = catalog.sessions(new SessionQuery(null, null, null, 1, 2));
        assertEquals(List.of(t1, t2), page.items().stream().map(TrainingSession::id).toList());
        assertEquals(6, page.total());
        assertEquals(1, page.offset());
        assertEquals(2, page.limit());
        Page<TrainingSession> last = catalog.sessions(new SessionQuery(null, null, null, 5, 2));
        assertEquals(List.of(p3), last.items().stream().map(TrainingSession::id).toList());
        assertEquals(6, last.total());
        Page<TrainingSession> beyond = catalog.sessions(new SessionQuery(null, null, null, 10, 2));
        assertEquals(List.of(), beyond.items());
        assertEquals(6, beyond.total());
        Page<TrainingSession> filtered = catalog.sessions(new SessionQuery(PELAYANAN, LocalDate.of(2026, 12, 2), null, 0, 1));
        assertEquals(List.of(p2), filtered.items().stream().map(TrainingSession::id).toList());
        assertEquals(2, filtered.total());
    }

    @Test
    public void pagingLimitsAreChecked() {
        assertEquals(List.of(FieldError.of("limit", "invalidValue", 0, "1..500")),
                refused(() -> catalog.sessions(new SessionQuery(null, null, null, 0, 0))));
        assertEquals(List.of(FieldError.of("limit", "invalidValue", 501, "1..500")),
                refused(() -> catalog.sessions(new SessionQuery(null, null, null, 0, 501))));
        assertEquals(List.of(FieldError.of("offset", "invalidValue", -1, "0..")),
                refused(() -> catalog.sessions(new SessionQuery(null, null, null, -1, 10))));
        assertEquals(0, catalog.sessions(new SessionQuery(null, null, null, 0, 500)).total());
    }

    private List<Long> ids(SessionQuery q) {
        List<Long> out = new ArrayList<>(catalog.sessions(q).items().stream().map(TrainingSession::id).toList());
        return Collections.unmodifiableList(out);
    }
}
