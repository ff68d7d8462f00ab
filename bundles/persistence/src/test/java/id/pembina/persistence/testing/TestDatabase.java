package id.pembina.persistence.testing;

import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An empty database for one test: a fresh H2 in-memory database, or a fresh schema in the test
 * PostgreSQL server. The PostgreSQL server is required: when it cannot be reached, the test fails.
 */
public abstract class TestDatabase implements AutoCloseable {

    /** System property with the PostgreSQL JDBC URL; surefire fills it from PEMBINA_TEST_PG_URL. */
    public static final String POSTGRES_URL_PROPERTY = "pembina.test.postgres.url";
    public static final String DEFAULT_POSTGRES_URL =
            "jdbc:postgresql://127.0.0.1:5432/pembina_test?user=pembina&password=pembina";

    /** Held so that the level stays set: Liquibase logs every migration at INFO through java.util.logging. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    public abstract DataSource dataSource();

    @Override
    public abstract void close() throws SQLException;

    public static TestDatabase open(String kind) throws SQLException {
        switch (kind) {
            case "H2": return new H2();
            case "PostgreSQL": return new Postgres();
            default: throw new IllegalArgumentException(kind);
        }
    }

    /** @return the URL of the test PostgreSQL server, from the system property or the default */
    static String postgresUrl() {
        String url = System.getProperty(POSTGRES_URL_PROPERTY);
        if (url == null || url.isBlank() || url.startsWith("${")) {
            return DEFAULT_POSTGRES_URL;
        }
        return url.trim();
    }

    /** @return the URL with any password hidden, for messages */
    static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static final class H2 extends TestDatabase {
        private final JdbcDataSource ds = new JdbcDataSource();

        H2() {
            ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        }

        @Override
        public DataSource dataSource() {
            return ds;
        }

        @Override
        public void close() throws SQLException {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }
    }

    private static final class Postgres extends TestDatabase {
        private final String url = postgresUrl();
        private final String schema = "t_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
        private final PGSimpleDataSource admin = new PGSimpleDataSource();
        private final PGSimpleDataSource ds = new PGSimpleDataSource();

        Postgres() throws SQLException {
            admin.setURL(url);
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            } catch (SQLException e) {
                fail("PostgreSQL for the persistence tests is not reachable at " + withoutPassword(url) + " ("
                        + e.getMessage() + "). Run the tests with `./pembina test`, which starts PostgreSQL, or "
                        + "start a PostgreSQL server with a role pembina (password pembina) owning a database "
                        + "pembina_test, or set PEMBINA_TEST_PG_URL (system property " + POSTGRES_URL_PROPERTY
                        + ") to a JDBC URL of a server you may create schemas in.");
            }
            ds.setURL(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        }

        @Override
        public DataSource dataSource() {
            return ds;
        }

        @Override
        public void close() throws SQLException {
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
