package id.pembina.persistence.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Plain JDBC work that the bundles' stores share: one transaction, a list of rows, an update, and parameters bound
 * the same way on H2 and PostgreSQL ({@link LocalDate} as a SQL date, {@link Instant} as a timestamp, null
 * untyped so that either database takes it for any column type).
 *
 * @since 1.4
 */
public final class Jdbc {

    private Jdbc() {
    }

    /** Database work on the connection it was given. */
    @ConsumerType
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Turns the current row into a value. */
    @ConsumerType
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction on a connection of {@code dataSource}: committed when it returns, rolled
     * back when it throws; the connection goes back as it came.
     */
    public static <T> T inTransaction(DataSource dataSource, Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    /** @return every row of the query, read by {@code reader} */
    public static <T> List<T> list(Connection c, String sql, RowReader<T> reader, Object... args) throws SQLException {
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

    /** @return the number of rows the statement changed */
    public static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, args);
            return st.executeUpdate();
        }
    }

    /** Binds {@code args} to the statement's parameters 1..n. */
    public static void bind(PreparedStatement st, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof LocalDate d) {
                st.setDate(i + 1, java.sql.Date.valueOf(d));
            } else if (a instanceof Instant t) {
                st.setTimestamp(i + 1, Timestamp.from(t));
            } else {
                st.setObject(i + 1, a);
            }
        }
    }

    /** @return the column's timestamp as an instant, or null */
    public static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** @return "?,?,?" for n values */
    public static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
