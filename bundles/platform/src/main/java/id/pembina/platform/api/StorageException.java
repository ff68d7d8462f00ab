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

    /** @return true when a cause is a transient SQL failure, e.g. the pool gave no connection in time */
    public boolean isTransient() {
        for (Throwable c = getCause(); c != null; c = c.getCause()) {
            if (c instanceof SQLTransientException
                    || (c instanceof java.sql.SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }
}
