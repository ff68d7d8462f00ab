package id.pembina.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Small JDBC helpers shared by the catalog's SQL. */
final class Jdbc {

    /** Separates list elements stored in one text column. */
    static final String SEP = "\u001F";

    private Jdbc() {
    }

    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Instant) {
                a = LocalDateTime.ofInstant((Instant) a, ZoneOffset.UTC);
            } else if (a instanceof Enum) {
                a = ((Enum<?>) a).name();
            }
            if (a == null) {
                // Untyped: PostgreSQL refuses a VARCHAR null for an INT or BIGINT column.
                s.setNull(i + 1, java.sql.Types.NULL);
            } else {
                s.setObject(i + 1, a);
            }
        }
        return s;
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args)) {
            return s.executeUpdate();
        }
    }

    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args); ResultSet rs = s.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.read(rs));
            }
            return out;
        }
    }

    static long number(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args); ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }


    static String join(List<String> values) {
        return String.join(SEP, values);
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(SEP, -1));
    }

    static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime t = time(rs, column);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
