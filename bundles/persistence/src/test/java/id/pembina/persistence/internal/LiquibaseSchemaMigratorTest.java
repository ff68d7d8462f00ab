package id.pembina.persistence.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.Test;

import id.pembina.persistence.api.SchemaMigrationException;

public class LiquibaseSchemaMigratorTest {

    private static JdbcDataSource memoryDb() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    @Test
    public void appliesPendingChangeSetsOnceOnly() throws Exception {
        JdbcDataSource ds = memoryDb();
        LiquibaseSchemaMigrator migrator = new LiquibaseSchemaMigrator();
        ClassLoader cl = getClass().getClassLoader();

        assertEquals(2, migrator.migrate(ds, "db/sample.sql", cl));
        assertEquals(0, migrator.migrate(ds, "db/sample.sql", cl));

        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT label FROM sample WHERE id = 1")) {
            rs.next();
            assertEquals("satu", rs.getString(1));
        }
    }

    @Test
    public void missingChangeLogIsReported() {
        LiquibaseSchemaMigrator migrator = new LiquibaseSchemaMigrator();
        assertThrows(SchemaMigrationException.class,
                () -> migrator.migrate(memoryDb(), "db/absent.sql", getClass().getClassLoader()));
    }
}
