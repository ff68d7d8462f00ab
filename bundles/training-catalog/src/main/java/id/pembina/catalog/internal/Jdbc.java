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

    /** Keys go to the database in IN lists of at most this many parameters. */
    static final int CHUNK = 500;

    /** @return the distinct keys in slices of at most {@link #CHUNK} */
    static <T> List<List<T>> chunks(java.util.Collection<T> keys) {
        List<T> all = new ArrayList<>(new java.util.LinkedHashSet<>(keys));
        List<List<T>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            out.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return out;
    }

    /**
     * The keys as an IN list of literals. Literals, not parameters: H2 checks a row against an IN list of
     * parameters one by one (500 comparisons a row for a chunk of 500) but against constants in a hash set,
     * and plans a join by the values. Only numbers and plain codes are accepted, so nothing can be injected.
     */
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[A-Za-z0-9._-]+");

    static String literals(java.util.Collection<?> keys) {
        StringBuilder b = new StringBuilder();
        for (Object k : keys) {
            if (b.length() > 0) {
                b.append(',');
            }
            if (k instanceof Long || k instanceof Integer) {
                b.append(k);
            } else if (k instanceof String && KEY.matcher((String) k).matches()) {
                b.append('\'').append(k).append('\'');
            } else {
                throw new IllegalArgumentException("Not a key: " + k);
            }
        }
        return b.toString();
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
