package id.pembina.demo.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import id.pembina.catalog.testkit.CatalogTestKit;
import id.pembina.evaluation.api.Evaluations;
import id.pembina.evaluation.data.internal.EvaluationDataServiceImpl;
import id.pembina.module.etika.internal.EtikaIntegritasModule;
import id.pembina.module.komunikasi.internal.KomunikasiEfektifModule;
import id.pembina.module.manajemenwaktu.internal.ManajemenWaktuModule;
import id.pembina.module.teknologi.internal.TeknologiInformasiModule;
import id.pembina.participant.api.Nip;
import id.pembina.participant.internal.RegistryService;
import id.pembina.persistence.api.DatabaseBackup;
import id.pembina.persistence.internal.H2DatabaseBackup;
import id.pembina.persistence.internal.LiquibaseSchemaMigrator;
import id.pembina.persistence.testing.TestDatabase;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;
import id.pembina.security.api.Role;

/**
 * Backup and restore of a database holding the whole Marelan demo (registry, catalog with the four seed modules,
 * a year of evaluation answers; on PostgreSQL without the answers): every table, row for row, comes back. H2 through {@code pembina:backup} and
 * {@code pembina:restore} (the {@link DatabaseBackup} service); PostgreSQL through {@code pg_dump -Fc} and
 * {@code pg_restore}, as docs/operations.md tells administrators to do, when those tools are on this machine.
 */
public class BackupRoundTripTest {

    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(TODAY.atTime(10, 0), Nip.WIB).toInstant(), Nip.WIB);
    private static final Caller ADMIN = new Caller("admin", Set.of(Role.ADMIN), null, null, "127.0.0.1");
    private static final Caller OPERATOR = new Caller("operator", Set.of(Role.OPERATOR), null, null, "127.0.0.1");

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private JdbcDataSource live;

    @org.junit.After
    public void tearDown() throws Exception {
        if (live != null) {
            try (Connection c = live.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }
    }

    /**
     * Loads the demo through the real services: units, participants, the seed modules' programmes and, when
     * {@code answers}, the year of sessions and evaluation answers (slow on a busy PostgreSQL server).
     */
    private static void loadDemo(DataSource dataSource, boolean answers) {
        // The services refuse work without a caller; loading the demo is the platform's own work.
        try (CallerContext.Scope s = CallerContext.enter(id.pembina.security.api.Caller.system("demo"))) {
            loadDemoAsSystem(dataSource, answers);
        }
    }

    private static void loadDemoAsSystem(DataSource dataSource, boolean answers) {
        LiquibaseSchemaMigrator migrator = new LiquibaseSchemaMigrator();
        RegistryService registry = new RegistryService(dataSource, migrator, CLOCK);
        CatalogTestKit catalogAccess = new CatalogTestKit(dataSource, migrator, registry, CLOCK);
        catalogAccess.add(new KomunikasiEfektifModule(), 101);
        catalogAccess.add(new TeknologiInformasiModule(), 102);
        catalogAccess.add(new ManajemenWaktuModule(), 103);
        catalogAccess.add(new EtikaIntegritasModule(), 104);
        EvaluationDataServiceImpl evaluation = new EvaluationDataServiceImpl(dataSource, migrator, registry,
                catalogAccess.service(), Evaluations.engine(), CLOCK);
        assertEquals(DemoDataLoader.Outcome.LOADED, DemoDataLoader.load(registry, TODAY));
        if (!answers) {
            return;
        }
        assertEquals(0, EvaluationDemoApplier.load(MarelanDemoData.generate(TODAY), catalogAccess.service(), evaluation,
                Duration.ofSeconds(5)).refused());
    }

    /** Every table of the current schema: its rows as text, sorted (row order is no property of a table). */
    static Map<String, List<String>> snapshot(DataSource dataSource) throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            try (Statement s = c.createStatement()) {
                for (String t : tables) {
                    List<String> rows = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + t + "\"")) {
                        ResultSetMetaData meta = rs.getMetaData();
                        while (rs.next()) {
                            StringBuilder row = new StringBuilder();
                            for (int i = 1; i <= meta.getColumnCount(); i++) {
                                row.append(meta.getColumnLabel(i)).append('=').append(rs.getString(i)).append('|');
                            }
                            rows.add(row.toString());
                        }
                    }
                    rows.sort(null);
                    out.put(t.toLowerCase(java.util.Locale.ROOT), rows);
                }
            }
        }
        return out;
    }

    private static long rows(Map<String, List<String>> snapshot) {
        return snapshot.values().stream().mapToLong(List::size).sum();
    }

    @Test
    public void anH2BackupRestoresEveryTableRowForRow() throws Exception {
        live = new JdbcDataSource();
        // Kept open between connections (no pool here): H2 closes and compacts a file database at its last close.
        live.setURL("jdbc:h2:" + folder.getRoot().toPath().resolve("pembina") + ";WRITE_DELAY=0;DB_CLOSE_DELAY=-1");
        loadDemo(live, true);
        Map<String, List<String>> before = snapshot(live);
        // registry, catalog and evaluation tables (and Liquibase's two) with the demo's rows in them
        assertTrue(before.keySet().toString(), before.keySet().containsAll(List.of("reg_participant", "cat_session",
                "cat_enrollment", "ev_reaction_response", "ev_test_answers", "databasechangelog")));
        assertTrue(before.get("reg_participant").size() >= 300);
        DatabaseBackup backup = new H2DatabaseBackup(live);
        Path file = folder.getRoot().toPath().resolve("cadangan").resolve("pembina-backup.zip");

        // Administrators only; without a caller, nobody.
        assertThrows(AccessDeniedException.class, () -> backup.backup(file));
        try (CallerContext.Scope s = CallerContext.enter(OPERATOR)) {
            assertThrows(AccessDeniedException.class, () -> backup.backup(file));
            assertThrows(AccessDeniedException.class, () -> backup.restore(file));
        }
        assertFalse(Files.exists(file));

        try (CallerContext.Scope s = CallerContext.enter(ADMIN)) {
            DatabaseBackup.Summary written = backup.backup(file);
            assertEquals(before.size(), written.tables());
            assertEquals(rows(before), written.rows());
            assertFalse(Files.exists(file.resolveSibling("pembina-backup.zip.partial")));

            // Later changes, then the restore: exactly the state of the backup again.
            try (Connection c = live.getConnection(); Statement st = c.createStatement()) {
                st.execute("DELETE FROM ev_reaction_value");
                st.execute("DELETE FROM ev_reaction_response");
                st.execute("UPDATE reg_participant SET name = 'Diubah' WHERE nip LIKE '19%'");
            }
            assertNotEquals(before, snapshot(live));
            DatabaseBackup.Summary restored = backup.restore(file);
            assertEquals(written.rows(), restored.rows());
            assertEquals(before, snapshot(live));

            // Into an empty database as well (a new machine).
            JdbcDataSource empty = new JdbcDataSource();
            empty.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            new H2DatabaseBackup(empty).restore(file);
            assertEquals(before, snapshot(empty));

            // A damaged file is refused before anything changes.
            Path damaged = file.resolveSibling("damaged.zip");
            byte[] all = Files.readAllBytes(file);
            Files.write(damaged, java.util.Arrays.copyOf(all, all.length / 2));
            assertThrows(IllegalArgumentException.class, () -> backup.restore(damaged));
            assertEquals(before, snapshot(live));
        }
    }

    @Test
    public void aPostgresDumpRestoresEveryTableRowForRow() throws Exception {
        // ./pembina test installs PostgreSQL with its client tools (scripts/postgres-test-db.sh)
        assertTrue("pg_dump and pg_restore must be on the PATH", onPath("pg_dump") && onPath("pg_restore"));
        try (TestDatabase db = TestDatabase.open("PostgreSQL")) {
            loadDemo(db.dataSource(), false);
            Map<String, List<String>> before = snapshot(db.dataSource());
            assertTrue(before.get("reg_participant").size() >= 300);
            String schema;
            try (Connection c = db.dataSource().getConnection()) {
                schema = c.getSchema();
            }
            String jdbc = System.getProperty(TestDatabase.POSTGRES_URL_PROPERTY, "").trim();
            if (jdbc.isEmpty() || jdbc.startsWith("${")) {
                jdbc = TestDatabase.DEFAULT_POSTGRES_URL;
            }
            URI url = URI.create(jdbc.substring("jdbc:".length()));
            Map<String, String> query = new LinkedHashMap<>();
            for (String kv : url.getQuery().split("&")) {
                String[] p = kv.split("=", 2);
                query.put(p[0], p.length > 1 ? p[1] : "");
            }
            String database = url.getPath().substring(1);
            Path dump = folder.getRoot().toPath().resolve("pembina.dump");
            run(query.get("password"), "pg_dump", "-Fc", "-h", url.getHost(), "-p", Integer.toString(url.getPort()),
                    "-U", query.get("user"), "-n", schema, "-f", dump.toString(), database);
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
            run(query.get("password"), "pg_restore", "-h", url.getHost(), "-p", Integer.toString(url.getPort()),
                    "-U", query.get("user"), "-d", database, dump.toString());
            assertEquals(before, snapshot(db.dataSource()));
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private void run(String password, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.newFile().toPath().toFile());
        pb.environment().put("PGPASSWORD", password == null ? "" : password);
        Process p = pb.start();
        assertTrue(String.join(" ", command) + " did not finish", p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(String.join(" ", command), 0, p.exitValue());
    }
}
