package id.pembina.evaluation.data.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import id.pembina.platform.api.StorageException;

/** Runs work in one transaction: committed when it returns, rolled back when it throws. */
final class Transactions {

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final DataSource dataSource;

    Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T run(Work<T> work) {
        try {
            return runOrThrow(work);
        } catch (SQLException e) {
            throw new StorageException("Database error: " + e.getMessage(), e);
        }
    }

    /** Like {@link #run} but hands SQL errors (e.g. a unique violation) to the caller. */
    <T> T runOrThrow(Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }
}
