package id.pembina.rest.common.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the database answers now: a connection from the pool (which waits at most its
 * {@code hikari.connectionTimeout}) that the driver reports valid within two seconds. A change
 * between reachable and unreachable is logged once, with the reason.
 */
final class DatabaseProbe {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseProbe.class);
    static final int VALID_SECONDS = 2;

    private final AtomicBoolean down = new AtomicBoolean();
    /** Whether a DataSource was ever seen; before that the server is still starting. */
    private final AtomicBoolean seen = new AtomicBoolean();
    private final AtomicBoolean startLogged = new AtomicBoolean();

    /** @return null when the database answers, else why not (for the log, never for an anonymous client) */
    String problem(DataSource dataSource) {
        String problem = check(dataSource);
        if (dataSource != null) {
            seen.set(true);
        } else if (!seen.get()) {
            // Karaf registers the pool a few seconds into a start; a health probe then is no outage.
            if (startLogged.compareAndSet(false, true)) {
                LOG.info("Health: waiting for the DataSource 'pembina' (starting); answered 503 until it is there");
            }
            return problem;
        }
        if (problem != null && down.compareAndSet(false, true)) {
            LOG.error("Health: the database cannot be reached ({}); requests are answered 503 until it returns",
                    problem);
        } else if (problem == null && down.compareAndSet(true, false)) {
            LOG.info("Health: the database answers again");
        }
        return problem;
    }

    private static String check(DataSource dataSource) {
        if (dataSource == null) {
            return "no DataSource 'pembina' is registered (see etc/org.ops4j.datasource-pembina.cfg)";
        }
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(VALID_SECONDS) ? null : "the connection is not valid";
        } catch (SQLException e) {
            return e.getClass().getSimpleName() + " " + e.getSQLState() + ": " + e.getMessage();
        }
    }
}
