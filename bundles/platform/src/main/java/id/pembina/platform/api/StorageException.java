package id.pembina.platform.api;

import java.sql.SQLTransientException;

/**
 * The database failed: not the caller's fault, and nothing of the failed operation was kept.
 * {@link #isTransient()} tells whether trying again later may help (no free connection in the
 * pool, a timeout, a lost connection).
 */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * @return true when a cause is a transient SQL failure, e.g. the pool gave no connection in time, or the
     *         database cannot be reached now: a connection failure (SQL state class 08, a connection exception
     *         of any kind, such as H2's broken TCP connection 90067) or a server shutting down or starting up
     *         (PostgreSQL 57P01-57P03)
     */
    public boolean isTransient() {
        for (Throwable c = getCause(); c != null; c = c.getCause()) {
            if (c instanceof SQLTransientException || c instanceof java.sql.SQLNonTransientConnectionException
                    || c instanceof java.sql.SQLRecoverableException
                    || (c instanceof java.sql.SQLException s && s.getSQLState() != null
                            && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P")))) {
                return true;
            }
        }
        return false;
    }
}
