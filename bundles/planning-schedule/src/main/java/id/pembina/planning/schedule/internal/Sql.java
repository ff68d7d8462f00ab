package id.pembina.planning.schedule.internal;

import java.sql.SQLException;

import javax.sql.DataSource;

import id.pembina.persistence.api.Jdbc;
import id.pembina.platform.api.StorageException;

/** Work on the bundle's tables in one transaction (committed when it returns, rolled back when it throws). */
final class Sql {

    private Sql() {
    }

    static <T> T tx(DataSource dataSource, String what, Jdbc.Work<T> work) {
        try {
            return Jdbc.inTransaction(dataSource, work);
        } catch (SQLException e) {
            throw new StorageException(what, e);
        }
    }
}
