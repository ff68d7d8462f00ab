package id.pembina.audit.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import id.pembina.persistence.internal.LiquibaseSchemaMigrator;
import id.pembina.persistence.testing.TestDatabase;
import id.pembina.security.api.AuditEvent;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;
import id.pembina.security.api.Role;

/**
 * On PostgreSQL the database itself keeps the trail append-only: even SQL sent past Pembina's code cannot
 * change, remove or truncate an entry (the API has no such operation to try).
 */
public class PostgresAppendOnlyTest {

    private TestDatabase db;

    @Before
    public void setUp() throws Exception {
        db = TestDatabase.open("PostgreSQL");
        AuditService audit = new AuditService(db.dataSource(), new LiquibaseSchemaMigrator(),
                Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC));
        CallerContext.runAs(new Caller("admin", Set.of(Role.ADMIN), null, null, "10.0.0.1"),
                () -> audit.record(new AuditEvent("CREATE", "unit", "KEC-MEDAN-MARELAN", null)));
    }

    @After
    public void tearDown() throws Exception {
        db.close();
    }

    @Test
    public void updateDeleteAndTruncateAreRefusedAndTheEntryStays() throws Exception {
        for (String sql : new String[] {"UPDATE audit_entry SET user_name = 'someone'", "DELETE FROM audit_entry",
                "TRUNCATE audit_entry"}) {
            SQLException e = assertThrows(sql, SQLException.class, () -> execute(sql));
            assertTrue(e.getMessage(), e.getMessage().contains("audit_entry is append-only"));
        }
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT user_name, entity_id FROM audit_entry")) {
            rs.next();
            assertEquals("admin", rs.getString(1));
            assertEquals("KEC-MEDAN-MARELAN", rs.getString(2));
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
