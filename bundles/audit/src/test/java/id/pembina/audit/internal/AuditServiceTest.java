package id.pembina.audit.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

import id.pembina.persistence.internal.LiquibaseSchemaMigrator;
import id.pembina.persistence.testing.TestDatabase;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.Page;
import id.pembina.platform.api.StorageException;
import id.pembina.platform.api.ValidationException;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.AuditEntry;
import id.pembina.security.api.AuditEvent;
import id.pembina.security.api.AuditQuery;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;
import id.pembina.security.api.Role;

/** The audit trail against a fresh H2 database and a fresh PostgreSQL schema per test. */
@RunWith(Parameterized.class)
public class AuditServiceTest {

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {"H2"}, new Object[] {"PostgreSQL"});
    }

    @Parameter
    public String database;

    /** 2026-11-27 03:00 UTC = 10:00 in Jakarta. */
    private static final Instant T0 = Instant.parse("2026-11-27T03:00:00Z");
    private static final String NIP_BUDI = "198609262015051001";
    private static final String NIP_SITI = "199003152019032002";

    private static final Caller ADMIN = new Caller("admin", Set.of(Role.ADMIN), null, null, "10.0.0.1");
    private static final Caller OPERATOR = new Caller("rina", Set.of(Role.OPERATOR), null, null, "10.0.0.2");

    private TestDatabase db;
    private SteppingClock clock;
    private AuditService audit;

    @Before
    public void setUp() throws Exception {
        db = TestDatabase.open(database);
        clock = new SteppingClock(T0);
        audit = new AuditService(db.dataSource(), new LiquibaseSchemaMigrator(), clock);
    }

    @After
    public void tearDown() throws Exception {
        db.close();
    }

    @Test
    public void whoAndFromWhereComeFromTheCallerAndWhenFromTheClockInUtc() {
        CallerContext.runAs(OPERATOR, () -> audit.record(new AuditEvent("update", "participant", NIP_BUDI, "rank III/a")));

        AuditEntry e = onlyEntry(admin(AuditQuery.all(), 0, 10));
        assertEquals(T0, e.at());
        assertEquals("rina", e.user());
        assertEquals("10.0.0.2", e.address());
        assertEquals("UPDATE", e.action()); // actions are stored in upper case
        assertEquals("participant", e.entity());
        assertEquals(NIP_BUDI, e.entityId());
        assertEquals("rank III/a", e.detail());
    }

    @Test
    public void aFailedLoginIsRecordedUnderTheNameTriedWithoutACaller() {
        audit.record("budi", "192.168.1.9", new AuditEvent("LOGIN_FAILED", "user", "budi", null));

        AuditEntry e = onlyEntry(admin(AuditQuery.all(), 0, 10));
        assertEquals("budi", e.user());
        assertEquals("192.168.1.9", e.address());
        assertEquals("LOGIN_FAILED", e.action());
        assertEquals(null, e.detail());
    }

    @Test
    public void aWriteWithoutACallerIsRefusedAndNothingIsRecorded() {
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> audit.record(new AuditEvent("CREATE", "participant", NIP_BUDI, null)));
        assertEquals(AccessDeniedException.NO_CALLER, e.code());
        assertEquals(0, admin(AuditQuery.all(), 0, 10).total());
    }

    @Test
    public void newestFirstInPagesWithTheTotalOfAllMatches() {
        // Five events one minute apart: ids 1..5 at T0+0..4 min; newest first is 5,4,3,2,1.
        for (int i = 1; i <= 5; i++) {
            int n = i;
            CallerContext.runAs(ADMIN, () -> audit.record(new AuditEvent("CREATE", "unit", "U" + n, null)));
            clock.step(Duration.ofMinutes(1));
        }
        Page<AuditEntry> first = admin(AuditQuery.all(), 0, 2);
        assertEquals(5, first.total());
        assertEquals(List.of("U5", "U4"), ids(first));
        assertEquals(T0.plusSeconds(4 * 60), first.items().get(0).at());
        assertEquals(List.of("U3", "U2"), ids(admin(AuditQuery.all(), 2, 2)));
        assertEquals(List.of("U1"), ids(admin(AuditQuery.all(), 4, 2)));
        assertEquals(List.of(), ids(admin(AuditQuery.all(), 6, 2)));
    }

    @Test
    public void eventsOfTheSameMillisecondComeNewestRecordedFirst() {
        CallerContext.runAs(ADMIN, () -> {
            audit.record(new AuditEvent("CREATE", "unit", "A", null));
            audit.record(new AuditEvent("CREATE", "unit", "B", null));
        });
        assertEquals(List.of("B", "A"), ids(admin(AuditQuery.all(), 0, 10)));
    }

    @Test
    public void everyFilterNarrowsTheTrail() {
        // T0: rina UPDATE participant BUDI; T0+1h: admin EXPORT report budget; T0+2h: rina DELETE participant SITI;
        // T0+3h: budi LOGIN_FAILED user budi.
        CallerContext.runAs(OPERATOR, () -> audit.record(new AuditEvent("UPDATE", "participant", NIP_BUDI, null)));
        clock.step(Duration.ofHours(1));
        CallerContext.runAs(ADMIN, () -> audit.record(new AuditEvent("EXPORT", "report", "budget", "format=pdf")));
        clock.step(Duration.ofHours(1));
        CallerContext.runAs(OPERATOR, () -> audit.record(new AuditEvent("DELETE", "participant", NIP_SITI, null)));
        clock.step(Duration.ofHours(1));
        audit.record("budi", "192.168.1.9", new AuditEvent("LOGIN_FAILED", "user", "budi", null));

        assertEquals(List.of(NIP_SITI, NIP_BUDI), ids(admin(new AuditQuery("rina", null, null, null, null, null), 0, 10)));
        assertEquals(List.of("budget"), ids(admin(new AuditQuery(null, "export", null, null, null, null), 0, 10)));
        assertEquals(List.of(NIP_SITI, NIP_BUDI),
                ids(admin(new AuditQuery(null, null, "participant", null, null, null), 0, 10)));
        assertEquals(List.of(NIP_BUDI), ids(admin(new AuditQuery(null, null, "participant", NIP_BUDI, null, null), 0, 10)));
        // from is inclusive, to exclusive: [T0+1h, T0+3h) holds the 2nd and 3rd events.
        Page<AuditEntry> window = admin(new AuditQuery(null, null, null, null, T0.plusSeconds(3600), T0.plusSeconds(3 * 3600)), 0, 10);
        assertEquals(List.of(NIP_SITI, "budget"), ids(window));
        assertEquals(2, window.total());
        // Filters combine; blank filters are none.
        assertEquals(List.of(NIP_SITI),
                ids(admin(new AuditQuery("rina", " ", "participant", null, T0.plusSeconds(1), null), 0, 10)));
        assertEquals(0, admin(new AuditQuery("nobody", null, null, null, null, null), 0, 10).total());
    }

    @Test
    public void onlyAnAdminReadsTheTrail() {
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> CallerContext.callAs(OPERATOR, () -> audit.find(AuditQuery.all(), 0, 10)));
        assertEquals(AccessDeniedException.DENIED, denied.code());
        AccessDeniedException noCaller = assertThrows(AccessDeniedException.class, () -> audit.find(AuditQuery.all(), 0, 10));
        assertEquals(AccessDeniedException.NO_CALLER, noCaller.code());
    }

    @Test
    public void badPagingAndAnEmptyPeriodAreRefusedByField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> admin(new AuditQuery(null, null, null, null, T0, T0), -1, 501));
        assertEquals(List.of("offset", "limit", "to"), e.errors().stream().map(FieldError::field).collect(Collectors.toList()));
        assertEquals(List.of("501", "1..500"), e.errors().get(1).args());
        assertThrows(ValidationException.class, () -> admin(AuditQuery.all(), 0, 0));
    }

    @Test
    public void longAndMultiLineTextsAreCutToOneLineOfTheColumnsWidth() {
        String detail = "line one\nline\ttwo\u0000" + "x".repeat(600);
        CallerContext.runAs(ADMIN, () -> audit.record(new AuditEvent("IMPORT", "participant", null, detail)));

        AuditEntry e = onlyEntry(admin(AuditQuery.all(), 0, 10));
        // AuditEvent cuts the detail to 500 characters; control characters become spaces.
        assertEquals(500, e.detail().length());
        assertEquals("line one line two " + "x".repeat(482), e.detail());
        assertEquals(null, e.entityId());
    }

    @Test
    public void entriesAreKeptWhenTheServiceStartsAgain() {
        CallerContext.runAs(ADMIN, () -> audit.record(new AuditEvent("CREATE", "unit", "KEC-MEDAN-MARELAN", null)));

        AuditService again = new AuditService(db.dataSource(), new LiquibaseSchemaMigrator(), clock);
        Page<AuditEntry> page = CallerContext.callAs(ADMIN, () -> again.find(AuditQuery.all(), 0, 10));
        assertEquals(List.of("KEC-MEDAN-MARELAN"), ids(page));
    }

    @Test
    public void aFailureToRecordFailsTheCallInsteadOfPassingSilently() throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE audit_entry");
        }
        assertThrows(StorageException.class,
                () -> CallerContext.runAs(ADMIN, () -> audit.record(new AuditEvent("CREATE", "unit", "X", null))));
    }

    private Page<AuditEntry> admin(AuditQuery q, int offset, int limit) {
        return CallerContext.callAs(ADMIN, () -> audit.find(q, offset, limit));
    }

    private static AuditEntry onlyEntry(Page<AuditEntry> page) {
        assertEquals(1, page.total());
        return page.items().get(0);
    }

    private static List<String> ids(Page<AuditEntry> page) {
        return page.items().stream().map(AuditEntry::entityId).collect(Collectors.toList());
    }

    /** A clock the test moves forward. */
    static final class SteppingClock extends Clock {
        private Instant now;

        SteppingClock(Instant start) {
            now = start;
        }

        void step(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
