package id.pembina.persistence.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import id.pembina.persistence.api.SchemaMigrationException;

/** A first start creates the database; a database file lost later is refused instead of recreated empty. */
public class InstallationMarkerTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @After
    public void tearDown() {
        System.clearProperty("karaf.data");
    }

    @Test
    public void aLostH2FileIsRefusedAndNoTableIsCreated() throws Exception {
        Path data = folder.getRoot().toPath();
        System.setProperty("karaf.data", data.toString());
        Path marker = data.resolve("pembina").resolve(InstallationMarker.FILE);
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:" + data.resolve("pembina").resolve("pembina"));
        LiquibaseSchemaMigrator migrator = new LiquibaseSchemaMigrator();
        ClassLoader cl = getClass().getClassLoader();

        assertFalse(Files.exists(marker));
        assertEquals(2, migrator.migrate(ds, "db/sample.sql", cl)); // the first start
        assertTrue(Files.exists(marker));
        assertEquals(0, migrator.migrate(ds, "db/sample.sql", cl)); // a restart

        Files.delete(data.resolve("pembina").resolve("pembina.mv.db")); // the file goes missing
        SchemaMigrationException e = assertThrows(SchemaMigrationException.class,
                () -> migrator.migrate(ds, "db/sample.sql", cl));
        assertTrue(e.getMessage(), e.getMessage().contains("is empty, but this installation created its database before"));
        try (Connection c = ds.getConnection();
                ResultSet rs = c.getMetaData().getTables(null, null, "SAMPLE", null)) {
            assertFalse("no table was created", rs.next());
        }
    }
}
