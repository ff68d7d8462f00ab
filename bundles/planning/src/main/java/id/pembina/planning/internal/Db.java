package id.pembina.planning.internal;

import java.sql.SQLException;

import javax.sql.DataSource;

import id.pembina.persistence.api.Jdbc;
import id.pembina.persistence.api.SchemaMigrator;
import id.pembina.platform.api.StorageException;

/**
 * The planning tables ({@code pl_*}): migrated once when built, and work in one transaction each
 * (committed when it returns, rolled back when it throws). Statements go through {@link Jdbc}.
 */
final class Db {

    static final String CHANGE_LOG = "db/planning.sql";

    private final DataSource dataSource;

    Db(DataSource dataSource, SchemaMigrator migrator) {
        migrator.migrate(dataSource, CHANGE_LOG, Db.class.getClassLoader());
        this.dataSource = dataSource;
    }

    <T> T tx(Jdbc.Work<T> work) {
        try {
            return Jdbc.inTransaction(dataSource, work);
        } catch (SQLException e) {
            throw new StorageException("Database error: " + e.getMessage(), e);
        }
    }
}
