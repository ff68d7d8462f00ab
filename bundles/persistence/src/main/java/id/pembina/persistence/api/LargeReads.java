package id.pembina.persistence.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads whose results may be large (a city's 100,000 participants, a year's facts of all of them). H2 keeps a
 * query's whole result before handing out its first row, and above some tens of thousands of rows it keeps it on
 * disk, writing its temporary store again and again: for 100,000 rows that cost far more than the read itself.
 * Streaming the result ({@code LAZY_QUERY_EXECUTION}) keeps nothing; other databases stream anyway.
 *
 * @since 1.3
 */
public final class LargeReads {

    private LargeReads() {
    }

    /** Database work that reads on the connection it was given. */
    @ConsumerType
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code work} on {@code c} with H2 streaming query results row by row; the connection is left as it came
     * (it may go back to a pool). Read each result to its end (or close it) before the next statement.
     */
    public static <T> T lazily(Connection c, Work<T> work) throws SQLException {
        if (!c.getMetaData().getDatabaseProductName().startsWith("H2")) {
            return work.run();
        }
        lazy(c, true);
        try {
            return work.run();
        } finally {
            lazy(c, false);
        }
    }

    private static void lazy(Connection c, boolean on) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
        }
    }
}
