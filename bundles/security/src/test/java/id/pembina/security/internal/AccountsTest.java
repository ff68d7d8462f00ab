package id.pembina.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

import id.pembina.participant.api.Education;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;
import id.pembina.participant.internal.RegistryService;
import id.pembina.persistence.internal.LiquibaseSchemaMigrator;
import id.pembina.persistence.testing.TestDatabase;
import id.pembina.platform.api.ConflictException;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.ValidationException;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;
import id.pembina.security.api.LoginThrottledException;
import id.pembina.security.api.Role;
import id.pembina.security.api.UserAccount;

/** Accounts, logins and the admin bootstrap against a fresh H2 database and a fresh PostgreSQL schema. */
@RunWith(Parameterized.class)
public class AccountsTest {

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] { "H2" }, new Object[] { "PostgreSQL" });
    }

    @Parameter
    public String database;

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static final String NIP_BUDI = "198609262015051001";
    private static final String UNIT = "KEC-MEDAN-MARELAN";
    private static final Caller ADMIN = new Caller("root", Set.of(Role.ADMIN), null, null, "test");

    private TestDatabase db;
    private AccountStore store;
    private UserAccountsService accounts;
    private AuthenticatorService auth;
    private LoginThrottleTest.Hand clock;
    private CallerContext.Scope scope;

    @Before
    public void setUp() throws Exception {
        db = TestDatabase.open(database);
        var migrator = new LiquibaseSchemaMigrator();
        RegistryService registry = new RegistryService(db.dataSource(), migrator, java.time.Clock.systemUTC());
        scope = CallerContext.enter(ADMIN);
        registry.createUnit(new OrganizationUnit(UNIT, "Kecamatan Medan Marelan", null));
        registry.create(new Participant(NIP_BUDI, "Budi Santoso", null, null, UNIT, "Pengadministrasi Umum",
                PositionType.PELAKSANA, Rank.III_A, Education.S1, null, null));
        store = new AccountStore(db.dataSource(), migrator);
        clock = new LoginThrottleTest.Hand();
        accounts = new UserAccountsService(store, registry, new TestConfig(), clock);
        auth = new AuthenticatorService(store, new TestConfig(), clock);
    }

    @After
    public void tearDown() throws Exception {
        scope.close();
        if (db != null) {
            db.close();
        }
    }

    private static char[] pw(String s) {
        return s.toCharArray();
    }

    @Test
    public void accountsOfEveryRoleLogInAsTheirCaller() {
        accounts.add("ops", pw("operator-sandi-1"), Set.of(Role.OPERATOR), null, null);
        accounts.add("camat", pw("pimpinan-sandi-1"), Set.of(Role.PIMPINAN), null, " " + UNIT + " ");
        accounts.add("budi", pw("peserta-sandi-1"), Set.of(Role.PESERTA), "19860926 201505 1 001", null);

        assertEquals(Optional.of(new Caller("ops", Set.of(Role.OPERATOR), null, null, "10.1.1.1")),
                auth.authenticate("ops", pw("operator-sandi-1"), "10.1.1.1"));
        assertEquals(Optional.of(new Caller("camat", Set.of(Role.PIMPINAN), null, UNIT, "10.1.1.1")),
                auth.authenticate("camat", pw("pimpinan-sandi-1"), "10.1.1.1"));
        // the NIP as the registry keeps it, without spaces
        assertEquals(Optional.of(new Caller("budi", Set.of(Role.PESERTA), NIP_BUDI, null, "10.1.1.1")),
                auth.authenticate("budi", pw("peserta-sandi-1"), "10.1.1.1"));
        assertEquals(Optional.empty(), auth.authenticate("budi", pw("peserta-sandi-2"), "10.1.1.1"));
        assertEquals(Optional.empty(), auth.authenticate("nobody", pw("peserta-sandi-1"), "10.1.1.1"));

        assertEquals(List.of("budi", "camat", "ops"), accounts.list().stream().map(UserAccount::name).toList());
    }

    @Test
    public void theAccountsSurviveARestartOfTheStore() {
        accounts.add("ops", pw("operator-sandi-1"), Set.of(Role.OPERATOR, Role.ADMIN), null, null);
        AccountStore again = new AccountStore(db.dataSource(), new LiquibaseSchemaMigrator());
        StoredAccount a = again.find("ops").orElseThrow();
        assertEquals(Set.of(Role.ADMIN, Role.OPERATOR), a.roles());
        assertTrue(a.passwordHash().startsWith("pbkdf2-sha256$1000$"));
        assertEquals(Instant.parse("2026-11-30T01:00:00Z"), a.created());
    }

    @Test
    public void badInputIsRefusedFieldByField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> accounts.add("a b", pw("short"), Set.of(Role.PESERTA, Role.PIMPINAN), null, null));
        assertEquals(List.of("name:security.user.name", "password:security.user.passwordShort",
                "nip:security.user.nipRequired", "unitCode:security.user.unitRequired"), codes(e));

        e = assertThrows(ValidationException.class,
                () -> accounts.add("budi", pw("peserta-sandi-1"), Set.of(Role.PESERTA), "199003152019032002", "NOPE"));
        assertEquals(List.of("nip:security.user.nipUnknown", "unitCode:security.user.unitUnknown"), codes(e));

        e = assertThrows(ValidationException.class, () -> accounts.add("budi", pw("sandi-cukup"), Set.of(), null, null));
        assertEquals(List.of("roles:security.user.noRole"), codes(e));

        // exactly 10 characters is enough; 9 is not
        accounts.add("ten", pw("0123456789"), Set.of(Role.OPERATOR), null, null);
        e = assertThrows(ValidationException.class, () -> accounts.add("nine", pw("012345678"), Set.of(Role.OPERATOR), null, null));
        assertEquals(List.of("password:security.user.passwordShort"), codes(e));
        assertEquals(List.of("10"), e.errors().get(0).args());

        assertThrows(ConflictException.class, () -> accounts.add("ten", pw("0123456789"), Set.of(Role.OPERATOR), null, null));
    }

    @Test
    public void onlyAnAdminManagesAccountsButEveryoneMayChangeTheirOwnPassword() {
        accounts.add("ops", pw("operator-sandi-1"), Set.of(Role.OPERATOR), null, null);
        Caller ops = auth.authenticate("ops", pw("operator-sandi-1"), "x").orElseThrow();
        CallerContext.runAs(ops, () -> {
            assertThrows(AccessDeniedException.class, () -> accounts.list());
            assertThrows(AccessDeniedException.class, () -> accounts.add("x1x", pw("0123456789"), Set.of(Role.ADMIN), null, null));
            assertThrows(AccessDeniedException.class, () -> accounts.changePassword("root", pw("0123456789")));
            accounts.changePassword("ops", pw("operator-sandi-2"));
        });
        assertEquals(Optional.empty(), auth.authenticate("ops", pw("operator-sandi-1"), "x"));
        assertTrue(auth.authenticate("ops", pw("operator-sandi-2"), "x").isPresent());
        assertThrows(NotFoundException.class, () -> accounts.changePassword("ghost", pw("0123456789")));
    }

    @Test
    public void aDisabledAccountStopsAtOnceAndEveryChangeMovesTheVersion() {
        accounts.add("ops", pw("operator-sandi-1"), Set.of(Role.OPERATOR), null, null);
        long v0 = auth.accountsVersion();
        assertTrue(auth.caller("ops", "web").isPresent());

        accounts.setDisabled("ops", true);
        long v1 = auth.accountsVersion();
        assertNotEquals(v0, v1);
        assertEquals(Optional.empty(), auth.caller("ops", "web"));
        assertEquals(Optional.empty(), auth.authenticate("ops", pw("operator-sandi-1"), "x"));

        accounts.setDisabled("ops", false);
        UserAccount changed = accounts.update("ops", Set.of(Role.PIMPINAN), null, UNIT);
        assertNotEquals(v1, auth.accountsVersion());
        assertEquals(Set.of(Role.PIMPINAN), changed.roles());
        assertEquals(Optional.of(new Caller("ops", Set.of(Role.PIMPINAN), null, UNIT, "web")), auth.caller("ops", "web"));
    }

    @Test
    public void theLastEnabledAdminStays() {
        accounts.add("boss", pw("admin-sandi-01"), Set.of(Role.ADMIN), null, null);
        accounts.add("boss2", pw("admin-sandi-02"), Set.of(Role.ADMIN), null, null);
        accounts.setDisabled("boss", true);
        ValidationException e = assertThrows(ValidationException.class, () -> accounts.setDisabled("boss2", true));
        assertEquals(List.of("roles:security.user.lastAdmin"), codes(e));
        e = assertThrows(ValidationException.class, () -> accounts.update("boss2", Set.of(Role.OPERATOR), null, null));
        assertEquals(List.of("roles:security.user.lastAdmin"), codes(e));
    }

    @Test
    public void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        accounts.add("ops", pw("operator-sandi-1"), Set.of(Role.OPERATOR), null, null);
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), auth.authenticate("ops", pw("wrong-" + i), "10.9.9.9"));
        }
        LoginThrottledException t = assertThrows(LoginThrottledException.class,
                () -> auth.authenticate("ops", pw("operator-sandi-1"), "10.9.9.8"));
        assertEquals(30, t.retryAfterSeconds());
        clock.plus(30);
        assertTrue(auth.authenticate("ops", pw("operator-sandi-1"), "10.9.9.8").isPresent());
    }

    @Test
    public void raisedIterationsRehashAtTheNextLogin() {
        accounts.add("ops", pw("operator-sandi-1"), Set.of(Role.OPERATOR), null, null);
        TestConfig stronger = new TestConfig() {
            @Override
            public int hash_iterations() {
                return 2_000;
            }
        };
        AuthenticatorService raised = new AuthenticatorService(store, stronger, clock);
        assertTrue(raised.authenticate("ops", pw("operator-sandi-1"), "x").isPresent());
        assertTrue(store.find("ops").orElseThrow().passwordHash().startsWith("pbkdf2-sha256$2000$"));
        assertTrue(raised.authenticate("ops", pw("operator-sandi-1"), "x").isPresent());
    }

    @Test
    public void firstStartCreatesAdminWithRandomPasswordInPrivateFile() throws Exception {
        Path file = tmp.getRoot().toPath().resolve("pembina/admin-password");
        AdminBootstrap.ensureAdmin(store, new PasswordHasher(1_000), null, file, clock.now);

        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        assertEquals(24, password.length());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(Optional.of(new Caller("admin", Set.of(Role.ADMIN), null, null, "x")),
                auth.authenticate("admin", password.toCharArray(), "x"));

        // a later start keeps it, even when the file is gone
        Files.delete(file);
        AdminBootstrap.ensureAdmin(store, new PasswordHasher(1_000), "", file, clock.now);
        assertTrue(auth.authenticate("admin", password.toCharArray(), "x").isPresent());
        assertFalse(Files.exists(file));
    }

    @Test
    public void environmentPasswordWinsAndRestoresTheAdmin() throws Exception {
        Path file = tmp.getRoot().toPath().resolve("admin-password");
        AdminBootstrap.ensureAdmin(store, new PasswordHasher(1_000), "Rahasia-Marelan-2026", file, clock.now);
        accounts.add("boss", pw("admin-sandi-01"), Set.of(Role.ADMIN), null, null);
        accounts.setDisabled("admin", true);

        AdminBootstrap.ensureAdmin(store, new PasswordHasher(1_000), "Rahasia-Baru-2026", file, clock.now);

        assertEquals(Optional.empty(), auth.authenticate("admin", pw("Rahasia-Marelan-2026"), "x"));
        assertTrue(auth.authenticate("admin", pw("Rahasia-Baru-2026"), "x").isPresent());
        assertFalse(Files.exists(file));
    }

    @Test
    public void anUpgradedInstallationKeepsItsGeneratedPassword() throws Exception {
        Path file = tmp.getRoot().toPath().resolve("admin-password");
        Files.writeString(file, "AbcdefghJkmnpqrstuvwxyz2\n");
        AdminBootstrap.ensureAdmin(store, new PasswordHasher(1_000), null, file, clock.now);
        assertTrue(auth.authenticate("admin", pw("AbcdefghJkmnpqrstuvwxyz2"), "x").isPresent());
    }

    @Test
    public void generatedPasswordsDiffer() {
        String a = AdminPassword.generate();
        assertNotEquals(a, AdminPassword.generate());
        assertTrue(a.chars().allMatch(Character::isLetterOrDigit));
    }

    private static List<String> codes(ValidationException e) {
        return e.errors().stream().map(f -> f.field() + ":" + f.code()).collect(Collectors.toList());
    }
}
