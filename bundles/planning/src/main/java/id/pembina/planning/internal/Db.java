package id.pembina.planning.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import id.pembina.persistence.api.SchemaMigrator;
import id.pembina.platform.api.StorageException;

/**
 * The planning tables ({@code pl_*}): migrated once when built, and work in one transaction each
 * (committed when it returns, rolled back when it throws).
 */
final class Db {

    static final String CHANGE_LOG = "db/planning.sql";

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final DataSource dataSource;

    Db(DataSource dataSource, SchemaMigrator migrator) {
        migrator.migrate(dataSource, CHANGE_LOG, Db.class.getClassLoader());
        this.dataSource = dataSource;
    }

    <T> T tx(Work<T> work) {
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
        } catch (SQLException e) {
            throw new StorageException("Database error: " + e.getMessage(), e);
        }
    }

    static <T> List<T> list(Connection c, String sql, RowReader<T> reader, Object... args) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, args);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
            }
            return out;
        }
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, args);
            return st.executeUpdate();
        }
    }

    static void bind(PreparedStatement st, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof java.time.LocalDate d) {
                st.setObject(i + 1, java.sql.Date.valueOf(d));
            } else if (a instanceof java.time.Instant t) {
                st.setTimestamp(i + 1, java.sql.Timestamp.from(t));
            } else {
                st.setObject(i + 1, a);
            }
        }
    }

    /** @return "?,?,?" for n values */
    static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }
}
