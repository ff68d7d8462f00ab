package id.pembina.rest.common.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.FileInputStream;
import java.io.InputStream;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.h2.tools.Server;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import id.pembina.platform.api.StorageException;

/**
 * The database goes away under a running pool configured as the distribution ships it (the hikari.* lines of
 * etc/org.ops4j.datasource-pembina.cfg): an H2 TCP server stopped and started again inside the test. While it
 * is gone, a request fails within 5 s (the pool's connection timeout, not Hikari's default 30 s) as a
 * transient storage failure, which REST answers 503; health says the database is down; when the server is
 * back the same pool serves again by itself.
 */
public class DatabaseOutageTest {

    static {
        // Hikari checks a connection before handing it out only when it was idle for 500 ms. PostgreSQL's
        // connection failures (SQL states 08..., 57P01) make Hikari drop the connection at once; H2's TCP
        // failures (90067, 90121) do not, so here every connection is checked, as the test asks again at once.
        System.setProperty("com.zaxxer.hikari.aliveBypassWindowMs", "0");
    }

    @org.junit.Rule
    public org.junit.rules.TemporaryFolder folder = new org.junit.rules.TemporaryFolder();

    /** The answer bound the issue sets for a request while the database is down. */
    private static final long BOUND_MILLIS = 5000;

    private int port;
    private Server server;
    private HikariDataSource pool;

    @Before
    public void setUp() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        server = start();
        Properties shipped = new Properties();
        try (InputStream in = new FileInputStream("../../distribution/src/main/assembly/etc/org.ops4j.datasource-pembina.cfg")) {
            shipped.load(in);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:tcp://127.0.0.1:" + port + "/" + folder.getRoot().getAbsolutePath() + "/outage");
        config.setMaximumPoolSize(Integer.parseInt(shipped.getProperty("hikari.maximumPoolSize").trim()));
        config.setMinimumIdle(Integer.parseInt(shipped.getProperty("hikari.minimumIdle").trim()));
        config.setConnectionTimeout(Long.parseLong(shipped.getProperty("hikari.connectionTimeout").trim()));
        config.setValidationTimeout(Long.parseLong(shipped.getProperty("hikari.validationTimeout").trim()));
        pool = new HikariDataSource(config);
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE survivor (name VARCHAR(20))");
            st.execute("INSERT INTO survivor VALUES ('Budi')");
        }
    }

    private Server start() throws SQLException {
        return Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists", "-tcpDaemon").start();
    }

    @After
    public void tearDown() {
        if (pool != null) {
            pool.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    private String read() {
        try (Connection c = pool.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT name FROM survivor")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            // as every Pembina store does
            throw new StorageException("Database error: " + e.getMessage(), e);
        }
    }

    @Test
    public void noDataSourceYetIsAProblemBeforeAndAfterTheFirstOne() {
        DatabaseProbe probe = new DatabaseProbe();
        // starting: the pool is not registered yet (logged as waiting, not as an outage)
        assertNotNull(probe.problem(null));
        assertNull(probe.problem(pool));
        // the pool's service went away after it was there: an outage
        assertNotNull(probe.problem(null));
        assertNull(probe.problem(pool));
    }

    @Test
    public void aDatabaseThatGoesAwayIsA503WithinTheBoundAndServiceResumesByItself() {
        DatabaseProbe probe = new DatabaseProbe();
        assertEquals("Budi", read());
        assertNull(probe.problem(pool));

        server.stop();
        long before = System.nanoTime();
        StorageException down = assertThrows(StorageException.class, this::read);
        long requestMillis = (System.nanoTime() - before) / 1_000_000;
        assertTrue("answered after " + requestMillis + " ms", requestMillis < BOUND_MILLIS);
        assertTrue(down.isTransient());
        assertEquals(503, ProblemMapper.problemFor(down).status());
        before = System.nanoTime();
        assertNotNull(probe.problem(pool));
        long healthMillis = (System.nanoTime() - before) / 1_000_000;
        assertTrue("health answered after " + healthMillis + " ms", healthMillis < BOUND_MILLIS);

        // The same port and database file again. Each attempt waits at most the
        // connection timeout, so the loop needs no pause of its own; the pool must recover by itself.
        server = restart();
        String found = null;
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (found == null && System.nanoTime() < deadline) {
            try {
                found = read();
            } catch (StorageException e) {
                assertTrue(e.isTransient());
            }
        }
        assertEquals("Budi", found);
        assertNull(probe.problem(pool));
    }

    private Server restart() {
        try {
            return start();
        } catch (SQLException e) {
            throw new AssertionError("the H2 server did not start again on port " + port, e);
        }
    }
}
