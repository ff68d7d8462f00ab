package id.pembina.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import id.pembina.security.api.AuditEntry;
import id.pembina.security.api.AuditQuery;

/**
 * The SQL of the audit trail: one INSERT and the filtered, newest-first SELECT. Nothing here updates or
 * deletes, and nothing anywhere else touches {@code audit_entry}.
 */
final class JdbcAuditStore {

    static final int USER_LENGTH = 100;
    static final int ADDRESS_LENGTH = 200;
    static final int ACTION_LENGTH = 40;
    static final int ENTITY_LENGTH = 40;
    static final int ENTITY_ID_LENGTH = 200;
    static final int DETAIL_LENGTH = 500;

    private static final String COLUMNS = "id, recorded_at, user_name, address, action, entity, entity_id, detail";

    void insert(Connection c, AuditEntry e) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_entry "
                + "(recorded_at, user_name, address, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, utc(e.at()));
            s.setString(2, e.user());
            setNullable(s, 3, e.address());
            s.setString(4, e.action());
            s.setString(5, e.entity());
            setNullable(s, 6, e.entityId());
            setNullable(s, 7, e.detail());
            s.executeUpdate();
        }
    }

    long count(Connection c, AuditQuery q) throws SQLException {
        Where w = where(q);
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM audit_entry" + w.sql)) {
            w.bind(s);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    List<AuditEntry> find(Connection c, AuditQuery q, int offset, int limit) throws SQLException {
        Where w = where(q);
        String sql = "SELECT " + COLUMNS + " FROM audit_entry" + w.sql
                + " ORDER BY recorded_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int next = w.bind(s);
            s.setInt(next, offset);
            s.setInt(next + 1, limit);
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(new AuditEntry(rs.getLong("id"),
                            rs.getObject("recorded_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                            rs.getString("user_name"), rs.getString("address"), rs.getString("action"),
                            rs.getString("entity"), rs.getString("entity_id"), rs.getString("detail")));
                }
            }
            return entries;
        }
    }

    /** The WHERE clause of the query's filters (each one an equality or a range on an indexed column). */
    private static Where where(AuditQuery q) {
        Where w = new Where();
        w.add("user_name = ?", q.user());
        w.add("action = ?", q.action());
        w.add("entity = ?", q.entity());
        w.add("entity_id = ?", q.entityId());
        w.add("recorded_at >= ?", q.from() == null ? null : utc(q.from()));
        w.add("recorded_at < ?", q.to() == null ? null : utc(q.to()));
        return w;
    }

    private static final class Where {
        private String sql = "";
        private final List<Object> values = new ArrayList<>();

        void add(String condition, Object value) {
            if (value != null) {
                sql += (sql.isEmpty() ? " WHERE " : " AND ") + condition;
                values.add(value);
            }
        }

        /** @return the index of the next parameter */
        int bind(PreparedStatement s) throws SQLException {
            int i = 1;
            for (Object v : values) {
                s.setObject(i++, v);
            }
            return i;
        }
    }

    private static void setNullable(PreparedStatement s, int index, String value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value);
        }
    }

    private static LocalDateTime utc(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
