package id.pembina.catalog.internal;

import static id.pembina.catalog.internal.Fixtures.at;
import static id.pembina.catalog.internal.Fixtures.config;
import static id.pembina.catalog.internal.Fixtures.module;
import static id.pembina.catalog.internal.Fixtures.program;
import static id.pembina.catalog.internal.Fixtures.service;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import id.pembina.catalog.api.AttendanceMark;
import id.pembina.catalog.api.Enrollment;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.catalog.api.SessionsAttended;
import id.pembina.catalog.api.SessionQuery;
import id.pembina.catalog.api.TrainingSession;
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
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;

/**
 * Who may do what in the catalog, with the real registry and units A > A1 > A1A and B: a pimpinan of A1
 * lists exactly the sessions attended from A1 and A1A and sees only those participants' enrollments; a
 * peserta sees the session they hold a place in and their own enrollment; only staff write.
 */
public class CatalogAccessTest {

    private static final Instant NOW = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, Nip.WIB).toInstant();
    private static final String IN_A = "198609262015051001";
    private static final String IN_A1 = "199003152019032002";
    private static final String IN_A1A = "197512012000121003";
    private static final String IN_B = "199507072020122001";

    private static final Caller OPERATOR = AsCaller.operator("opa");
    private static final Caller PIMPINAN_A1 = AsCaller.pimpinan("lurah", "A1");
    private static final Caller PESERTA_B = AsCaller.peserta("dodi", IN_B);

    private TestDatabase db;
    private CatalogServiceImpl catalog;
    private long ofA1A;
    private long ofB;
    private long ofA;

    @Before
    public void setUp() throws Exception {
        db = TestDatabase.open("H2");
        Clock clock = Clock.fixed(NOW, Nip.WIB);
        RegistryService registry = new RegistryService(db.dataSource(), new LiquibaseSchemaMigrator(), clock);
        catalog = new CatalogServiceImpl(db.dataSource(), new LiquibaseSchemaMigrator(), registry, null,
                config(45, "0.80"), clock);
        catalog.addModule(module("m", "1.0.0", program("KOM", 12, "1.0")), service(1));
        CallerContext.runAs(OPERATOR, () -> {
            registry.createUnit(new OrganizationUnit("A", "A", null));
            registry.createUnit(new OrganizationUnit("A1", "A1", "A"));
            registry.createUnit(new OrganizationUnit("A1A", "A1A", "A1"));
            registry.createUnit(new OrganizationUnit("B", "B", null));
            registry.create(person(IN_A, "A"));
            registry.create(person(IN_A1, "A1"));
            registry.create(person(IN_A1A, "A1A"));
            registry.create(person(IN_B, "B"));
            ofA1A = session(at(2026, 12, 1, 8, 0), IN_A1A, IN_B);
            ofB = session(at(2026, 12, 2, 8, 0), IN_B);
            ofA = session(at(2026, 12, 3, 8, 0), IN_A);
        });
    }

    @After
    public void tearDown() throws Exception {
        db.close();
    }

    private static Participant person(String nip, String unit) {
        return new Participant(nip, "P " + unit, null, null, unit, "Pengadministrasi Umum", PositionType.PELAKSANA,
                Rank.III_A, Education.SMA, null, null);
    }

    private long session(LocalDateTime start, String... nips) {
        long id = catalog.createSession(TrainingSession.of("KOM", start, start.plusHours(4), "Aula", null, 10,
                List.of("Fasilitator"), List.of(), List.of())).id();
        for (String nip : nips) {
            catalog.enroll(id, nip, EnrollmentStatus.REGISTERED, null, null);
        }
        return id;
    }

    private List<Long> sessionIds() {
        return catalog.sessions(new SessionQuery(null, null, null, 0, 50)).items().stream().map(TrainingSession::id)
                .toList();
    }

    private static String denied(Runnable r) {
        return assertThrows(AccessDeniedException.class, r::run).code();
    }

    @Test
    public void onlyAnAdminChecksAModuleJar() {
        CallerContext.runAs(OPERATOR, () -> assertEquals(Access.DENIED,
                denied(() -> catalog.checkModule(new java.io.ByteArrayInputStream(new byte[0])))));
    }

    @Test
    public void staffSeeEverySession() {
        CallerContext.runAs(OPERATOR, () -> assertEquals(List.of(ofA1A, ofB, ofA), sessionIds()));
    }

    @Test
    public void aPimpinanListsTheSessionsTheirSubtreeAttendsAndOnlyThoseEnrollments() {
        CallerContext.runAs(PIMPINAN_A1, () -> {
            // ofA1A holds IN_A1A (below A1) and IN_B; ofB and ofA hold nobody of A1's subtree.
            assertEquals(List.of(ofA1A), sessionIds());
            assertEquals(1, catalog.sessions(new SessionQuery(null, null, null, 0, 50)).total());
            assertEquals(List.of(IN_A1A), catalog.enrollments(ofA1A).stream().map(Enrollment::nip).toList());
            assertEquals(List.of(IN_A1A), catalog.attendance(ofA1A).stream().map(a -> a.nip()).toList());
            assertEquals((Long) ofA1A, catalog.session(ofA1A).orElseThrow().id());
            assertEquals(List.of("m"), catalog.modules().stream().map(m -> m.id()).toList());
            assertEquals(Access.DENIED, denied(() -> catalog.session(ofB)));
            assertEquals(List.of(ofA1A), catalog.sessionsOf(List.of(IN_A1A), null, null).stream()
                    .map(TrainingSession::id).toList());
            assertEquals(Access.OUTSIDE, denied(() -> catalog.sessionsOf(List.of(IN_B), null, null)));
            assertEquals(Access.DENIED, denied(() -> catalog.enroll(ofA1A, IN_A1, EnrollmentStatus.REGISTERED, null, null)));
            assertEquals(Access.DENIED, denied(() -> catalog.recordAttendance(ofA1A,
                    List.of(new AttendanceMark(IN_A1A, 1, true, null, null)))));
        });
    }

    @Test
    public void aPesertaSeesTheirOwnPlacesOnly() {
        CallerContext.runAs(PESERTA_B, () -> {
            assertEquals((Long) ofB, catalog.session(ofB).orElseThrow().id());
            assertEquals(List.of(IN_B), catalog.enrollments(ofA1A).stream().map(Enrollment::nip).toList());
            assertEquals(Access.DENIED, denied(() -> catalog.session(ofA)));
            assertEquals(Access.DENIED, denied(this::sessionIds));
            assertEquals(Access.OUTSIDE, denied(() -> catalog.creditedJp(IN_A, 2026)));
            assertEquals(0, catalog.creditedJp(IN_B, 2026));
            assertTrue(catalog.programs().stream().anyMatch(p -> p.code().equals("KOM")));
            assertEquals(Access.DENIED, denied(catalog::modules));
            assertEquals(Access.DENIED, denied(() -> catalog.checkModule(new java.io.ByteArrayInputStream(new byte[0]))));
        });
    }

    @Test
    public void setBasedReadsShowOnlyTheParticipantsTheCallerMaySee() {
        // ofA1A: IN_A1A and IN_B, both present at its one meeting (4 hours: 12 JP each); ofB: IN_B alone.
        CallerContext.runAs(OPERATOR, () -> {
            catalog.recordAttendance(ofA1A, List.of(new AttendanceMark(IN_A1A, 1, true, null, null),
                    new AttendanceMark(IN_B, 1, true, null, null)));
            catalog.recordAttendance(ofB, List.of(new AttendanceMark(IN_B, 1, true, null, null)));
            assertEquals(java.util.Map.of(ofA1A, java.util.Map.of(IN_A1A, 12, IN_B, 12), ofB,
                    java.util.Map.of(IN_B, 12)), catalog.jpCredited(List.of(ofA1A, ofB, ofA)));
            assertEquals(java.util.Map.of(ofA1A, sorted(IN_A1A, IN_B), ofB, List.of(IN_B), ofA, List.of(IN_A)),
                    catalog.seatHolders(List.of(ofA1A, ofB, ofA)));
        });
        // A pimpinan of A1 sees A1A's participant only; sessions with nobody visible are left out.
        CallerContext.runAs(PIMPINAN_A1, () -> {
            assertEquals(java.util.Map.of(ofA1A, java.util.Map.of(IN_A1A, 12)),
                    catalog.jpCredited(List.of(ofA1A, ofB, ofA)));
            assertEquals(java.util.Map.of(ofA1A, List.of(IN_A1A)), catalog.seatHolders(List.of(ofA1A, ofB, ofA)));
            // Read with the sessions of A1A's participant: the same, IN_B left out of ofA1A's seats and JP.
            SessionsAttended read = catalog.sessionsAttended(List.of(IN_A1A), null, null);
            assertEquals(List.of(ofA1A), read.sessions().stream().map(TrainingSession::id).toList());
            assertEquals(java.util.Map.of(ofA1A, List.of(IN_A1A)), read.seatHolders());
            assertEquals(java.util.Map.of(ofA1A, java.util.Map.of(IN_A1A, 12)), read.jpCredited());
            assertEquals(Access.OUTSIDE, denied(() -> catalog.sessionsAttended(List.of(IN_B), null, null)));
        });
        // A peserta sees themselves.
        CallerContext.runAs(PESERTA_B, () -> {
            assertEquals(java.util.Map.of(ofA1A, java.util.Map.of(IN_B, 12), ofB, java.util.Map.of(IN_B, 12)),
                    catalog.jpCredited(List.of(ofA1A, ofB, ofA)));
            assertEquals(java.util.Map.of(ofA1A, List.of(IN_B), ofB, List.of(IN_B)),
                    catalog.seatHolders(List.of(ofA1A, ofB, ofA)));
            SessionsAttended read = catalog.sessionsAttended(List.of(IN_B), null, null);
            assertEquals(java.util.Set.of(ofA1A, ofB),
                    read.sessions().stream().map(TrainingSession::id).collect(java.util.stream.Collectors.toSet()));
            assertEquals(java.util.Map.of(ofA1A, List.of(IN_B), ofB, List.of(IN_B)), read.seatHolders());
            assertEquals(java.util.Map.of(ofA1A, java.util.Map.of(IN_B, 12), ofB, java.util.Map.of(IN_B, 12)),
                    read.jpCredited());
        });
    }

    private static List<String> sorted(String... nips) {
        return java.util.Arrays.stream(nips).sorted().toList();
    }

    @Test
    public void nothingWithoutACaller() {
        assertEquals(AccessDeniedException.NO_CALLER, denied(catalog::programs));
    }
}
