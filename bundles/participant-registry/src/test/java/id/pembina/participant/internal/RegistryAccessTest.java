package id.pembina.participant.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import id.pembina.participant.api.Education;
import id.pembina.participant.api.Nip;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantChange;
import id.pembina.participant.api.ParticipantQuery;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;
import id.pembina.persistence.internal.LiquibaseSchemaMigrator;
import id.pembina.persistence.testing.AsCaller;
import id.pembina.persistence.testing.TestDatabase;
import id.pembina.platform.api.Page;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.AuditEntry;
import id.pembina.security.api.AuditEvent;
import id.pembina.security.api.AuditQuery;
import id.pembina.security.api.AuditTrail;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;

/**
 * Who may do what in the registry, with units A > A1 > A1A and B: a pimpinan of A1 sees exactly the
 * participants of A1 and A1A, a peserta their own record, staff everything; writes are staff's and audited.
 */
public class RegistryAccessTest {

    private static final Instant NOW = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, Nip.WIB).toInstant();

    private static final String IN_A = "198609262015051001";
    private static final String IN_A1 = "199003152019032002";
    private static final String IN_A1A = "197512012000121003";
    private static final String IN_B = "199507072020122001";

    private static final Caller OPERATOR = AsCaller.operator("opa");
    private static final Caller PIMPINAN_A1 = AsCaller.pimpinan("lurah", "A1");
    private static final Caller PESERTA = AsCaller.peserta("rudi", IN_A1A);

    private TestDatabase db;
    private RegistryService registry;
    private final List<String> audited = new ArrayList<>();

    @Before
    public void setUp() throws Exception {
        db = TestDatabase.open("H2");
        registry = new RegistryService(db.dataSource(), new LiquibaseSchemaMigrator(), Clock.fixed(NOW, Nip.WIB));
        registry.setAuditTrail(new Recorder());
        CallerContext.runAs(OPERATOR, () -> {
            registry.createUnit(new OrganizationUnit("A", "A", null));
            registry.createUnit(new OrganizationUnit("A1", "A1", "A"));
            registry.createUnit(new OrganizationUnit("A1A", "A1A", "A1"));
            registry.createUnit(new OrganizationUnit("B", "B", null));
            registry.create(person(IN_A, "Ani", "A"));
            registry.create(person(IN_A1, "Budi", "A1"));
            registry.create(person(IN_A1A, "Cici", "A1A"));
            registry.create(person(IN_B, "Dodi", "B"));
        });
    }

    @After
    public void tearDown() throws Exception {
        db.close();
    }

    private static Participant person(String nip, String name, String unit) {
        return new Participant(nip, name, null, null, unit, "Pengadministrasi Umum", PositionType.PELAKSANA,
                Rank.III_A, Education.SMA, null, null);
    }

    private static List<String> names(Page<Participant> page) {
        return page.items().stream().map(Participant::name).toList();
    }

    private static ParticipantQuery unit(String code) {
        return new ParticipantQuery(code, null, null, false, 0, 50);
    }

    @Test
    public void nothingWithoutACaller() throws Exception {
        // A fresh thread carries no caller.
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                registry.search(ParticipantQuery.all());
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        t.start();
        t.join();
        assertEquals(AccessDeniedException.NO_CALLER, ((AccessDeniedException) thrown.get()).code());
    }

    @Test
    public void staffSeeAndChangeEverything() {
        CallerContext.runAs(OPERATOR, () -> {
            assertEquals(List.of("Ani", "Budi", "Cici", "Dodi"), names(registry.search(ParticipantQuery.all())));
            assertEquals(4, registry.count());
            registry.update(IN_B, person(IN_B, "Dodi Baru", "B"));
        });
        // Who made each change: opa created and renamed.
        List<ParticipantChange> history = CallerContext.callAs(OPERATOR, () -> registry.history(IN_B));
        assertEquals(List.of("opa", "opa"), history.stream().map(ParticipantChange::by).toList());
    }

    @Test
    public void aPimpinanListsExactlyTheirSubtree() {
        CallerContext.runAs(PIMPINAN_A1, () -> {
            // No unit named: their own subtree, A1 and A1A.
            Page<Participant> own = registry.search(ParticipantQuery.all());
            assertEquals(List.of("Budi", "Cici"), names(own));
            assertEquals(2, own.total());
            // The participants they may see: Budi (A1) and Cici (A1A).
            assertEquals(2, registry.count());
            assertEquals(List.of("Cici"), names(registry.search(unit("A1A"))));
            assertEquals(List.of("Budi", "Cici"), registry.members("A1", false).stream().map(Participant::name).toList());
            assertEquals(List.of("A1", "A1A"), registry.units().stream().map(OrganizationUnit::code).toList());
            assertEquals("Cici", registry.find(IN_A1A).orElseThrow().name());
            assertEquals(Set.of(IN_A1, IN_A1A), registry.findAll(List.of(IN_A, IN_A1, IN_A1A, IN_B)).keySet());
            assertTrue(registry.participantsWithin(List.of(IN_A1, IN_A1A), "A1"));
            assertFalse(registry.participantsWithin(List.of(IN_A1, IN_B), "A1"));
            assertTrue(registry.unitWithin("A1A", "A1"));
            assertFalse(registry.unitWithin("A", "A1"));
        });
    }

    @Test
    public void aPimpinanIsRefusedOutsideTheirSubtreeAndEveryWrite() {
        CallerContext.runAs(PIMPINAN_A1, () -> {
            assertEquals(Access.OUTSIDE, denied(() -> registry.search(unit("A"))));
            assertEquals(Access.OUTSIDE, denied(() -> registry.search(unit("B"))));
            assertEquals(Access.OUTSIDE, denied(() -> registry.members("B", false)));
            assertEquals(Access.OUTSIDE, denied(() -> registry.find(IN_B)));
            assertEquals(Access.OUTSIDE, denied(() -> registry.history(IN_A)));
            assertEquals(Access.OUTSIDE, denied(() -> registry.findUnit("A")));
            assertEquals(Access.DENIED, denied(() -> registry.update(IN_A1, person(IN_A1, "X", "A1"))));
            assertEquals(Access.DENIED, denied(() -> registry.deactivate(IN_A1)));
            assertEquals(Access.DENIED, denied(() -> registry.createUnit(new OrganizationUnit("A2", "A2", "A1"))));
            assertEquals(Access.DENIED, denied(() -> registry.importCsv(new StringReader("nip\n"))));
        });
    }

    @Test
    public void aPesertaReadsOnlyTheirOwnRecord() {
        CallerContext.runAs(PESERTA, () -> {
            assertEquals("Cici", registry.find(IN_A1A).orElseThrow().name());
            assertEquals(1, registry.history(IN_A1A).size());
            assertEquals(Set.of(IN_A1A), registry.findAll(List.of(IN_A1, IN_A1A)).keySet());
            assertEquals(Access.OUTSIDE, denied(() -> registry.find(IN_A1)));
            assertEquals(Access.DENIED, denied(() -> registry.search(ParticipantQuery.all())));
            assertEquals(Access.DENIED, denied(() -> registry.members("A1A", false)));
            assertEquals(Access.DENIED, denied(registry::units));
            assertEquals(Access.DENIED, denied(registry::count));
            assertEquals(Access.DENIED, denied(() -> registry.create(person(IN_A, "Ani", "A"))));
        });
    }

    @Test
    public void everyWriteIsAudited() {
        CallerContext.runAs(OPERATOR, () -> {
            registry.deactivate(IN_B);
            registry.importCsv(new StringReader("nip\n"));
        });
        // setUp: 4 units and 4 participants; then the deactivation and one import event with its counts.
        assertEquals(List.of("CREATE unit A", "CREATE unit A1", "CREATE unit A1A", "CREATE unit B",
                "CREATE participant " + IN_A, "CREATE participant " + IN_A1, "CREATE participant " + IN_A1A,
                "CREATE participant " + IN_B, "DEACTIVATE participant " + IN_B, "IMPORT participant null"), audited);
    }

    private static String denied(Runnable r) {
        return assertThrows(AccessDeniedException.class, r::run).code();
    }

    /** Records the events the registry hands to the audit trail (the real trail is the security bundle's). */
    private final class Recorder implements AuditTrail {
        @Override
        public void record(AuditEvent e) {
            CallerContext.require();
            audited.add(e.action() + " " + e.entity() + " " + e.entityId());
        }

        @Override
        public void record(String user, String address, AuditEvent event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<AuditEntry> find(AuditQuery query, int offset, int limit) {
            throw new UnsupportedOperationException();
        }
    }
}
