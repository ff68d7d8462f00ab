package id.pembina.participant.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.pembina.participant.api.Education;
import id.pembina.participant.api.Gender;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.platform.api.Page;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantChange;
import id.pembina.participant.api.ParticipantQuery;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;

/** SQL of the registry's own tables; the caller owns the connection and its transaction. */
final class JdbcParticipantStore {

    private static final String COLUMNS = "nip, name, gender, birth_date, unit_code, position_title, "
            + "position_type, rank_code, education, supervisor_nip, active";

    /** Units of a subtree, the root included; portable between H2 and PostgreSQL. */
    private static final String SUBTREE = "WITH RECURSIVE sub(code) AS ("
            + "SELECT code FROM reg_unit WHERE code = ? "
            + "UNION ALL SELECT u.code FROM reg_unit u JOIN sub s ON u.parent_code = s.code) ";

    void insert(Connection c, Participant p, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO reg_participant (" + COLUMNS
                + ", name_lower, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int i = bind(s, p);
            s.setString(i++, lower(p.name()));
            s.setObject(i++, utc(now));
            s.setObject(i, utc(now));
            s.executeUpdate();
        }
        history(c, p, ParticipantChange.Kind.CREATED, now);
    }

    void update(Connection c, Participant p, ParticipantChange.Kind kind, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE reg_participant SET name = ?, gender = ?, "
                + "birth_date = ?, unit_code = ?, position_title = ?, position_type = ?, rank_code = ?, "
                + "education = ?, supervisor_nip = ?, active = ?, name_lower = ?, updated_at = ? WHERE nip = ?")) {
            s.setString(1, p.name());
            s.setString(2, p.gender().name());
            s.setObject(3, p.birthDate());
            s.setString(4, p.unitCode());
            s.setString(5, p.positionTitle());
            s.setString(6, p.positionType().name());
            s.setString(7, p.rank().code());
            s.setString(8, p.education().name());
            s.setString(9, p.supervisorNip());
            s.setBoolean(10, p.isActive());
            s.setString(11, lower(p.name()));
            s.setObject(12, utc(now));
            s.setString(13, p.nip());
            s.executeUpdate();
        }
        history(c, p, kind, now);
    }

    private void history(Connection c, Participant p, ParticipantChange.Kind kind, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO reg_participant_history (" + COLUMNS
                + ", changed_at, change_kind) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int i = bind(s, p);
            s.setObject(i++, utc(now));
            s.setString(i, kind.name());
            s.executeUpdate();
        }
    }

    private static int bind(PreparedStatement s, Participant p) throws SQLException {
        s.setString(1, p.nip());
        s.setString(2, p.name());
        s.setString(3, p.gender().name());
        s.setObject(4, p.birthDate());
        s.setString(5, p.unitCode());
        s.setString(6, p.positionTitle());
        s.setString(7, p.positionType().name());
        s.setString(8, p.rank().code());
        s.setString(9, p.education().name());
        if (p.supervisorNip() == null) {
            s.setNull(10, Types.CHAR);
        } else {
            s.setString(10, p.supervisorNip());
        }
        s.setBoolean(11, p.isActive());
        return 12;
    }

    Optional<Participant> find(Connection c, String nip) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM reg_participant WHERE nip = ?")) {
            s.setString(1, nip);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    boolean exists(Connection c, String nip) throws SQLException {
        return one(c, "SELECT COUNT(*) FROM reg_participant WHERE nip = ?", nip) > 0;
    }

    long count(Connection c) throws SQLException {
        return one(c, "SELECT COUNT(*) FROM reg_participant");
    }

    long unitCount(Connection c) throws SQLException {
        return one(c, "SELECT COUNT(*) FROM reg_unit");
    }

    Page<Participant> search(Connection c, ParticipantQuery q) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        String prefix = "";
        if (q.unitCode() != null) {
            prefix = SUBTREE;
            args.add(q.unitCode());
            where.append(" AND p.unit_code IN (SELECT code FROM sub)");
        }
        if (!q.includeInactive()) {
            where.append(" AND p.active = TRUE");
        }
        if (q.nameContains() != null) {
            where.append(" AND p.name_lower LIKE ? ESCAPE '\\'");
            args.add("%" + lower(q.nameContains()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (q.rank() != null) {
            where.append(" AND p.rank_code = ?");
            args.add(q.rank().code());
        }
        long total;
        try (PreparedStatement s = c.prepareStatement(prefix + "SELECT COUNT(*) FROM reg_participant p" + where)) {
            setAll(s, args);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        List<Participant> items = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(prefix + "SELECT " + COLUMNS.replaceAll("(\\w+)", "p.$1")
                + " FROM reg_participant p" + where + " ORDER BY p.name_lower, p.nip LIMIT ? OFFSET ?")) {
            setAll(s, args);
            s.setInt(args.size() + 1, q.limit());
            s.setInt(args.size() + 2, q.offset());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    items.add(read(rs));
                }
            }
        }
        return new Page<>(items, total, q.offset(), q.limit());
    }

    List<ParticipantChange> history(Connection c, String nip) throws SQLException {
        List<ParticipantChange> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + ", changed_at, change_kind FROM reg_participant_history WHERE nip = ? ORDER BY id")) {
            s.setString(1, nip);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Instant at = rs.getObject("changed_at", LocalDateTime.class).toInstant(ZoneOffset.UTC);
                    out.add(new ParticipantChange(at, ParticipantChange.Kind.valueOf(rs.getString("change_kind")),
                            read(rs)));
                }
            }
        }
        return out;
    }

    List<OrganizationUnit> units(Connection c) throws SQLException {
        // Parents before children: breadth-first from the roots.
        List<OrganizationUnit> all = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT code, name, parent_code FROM reg_unit ORDER BY code");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                all.add(new OrganizationUnit(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        List<OrganizationUnit> ordered = new ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        boolean progress = true;
        while (ordered.size() < all.size() && progress) {
            progress = false;
            for (OrganizationUnit u : all) {
                if (!placed.contains(u.code()) && (u.parentCode() == null || placed.contains(u.parentCode()))) {
                    ordered.add(u);
                    placed.add(u.code());
                    progress = true;
                }
            }
        }
        return ordered;
    }

    Optional<OrganizationUnit> findUnit(Connection c, String code) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT code, name, parent_code FROM reg_unit WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new OrganizationUnit(rs.getString(1), rs.getString(2), rs.getString(3)))
                        : Optional.empty();
            }
        }
    }

    boolean unitExists(Connection c, String code) throws SQLException {
        return one(c, "SELECT COUNT(*) FROM reg_unit WHERE code = ?", code) > 0;
    }

    void insertUnit(Connection c, OrganizationUnit u, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO reg_unit (code, name, parent_code, created_at) VALUES (?,?,?,?)")) {
            s.setString(1, u.code());
            s.setString(2, u.name());
            s.setString(3, u.parentCode());
            s.setObject(4, utc(now));
            s.executeUpdate();
        }
    }

    private static Participant read(ResultSet rs) throws SQLException {
        return new Participant(rs.getString("nip"), rs.getString("name"), Gender.valueOf(rs.getString("gender")),
                rs.getObject("birth_date", LocalDate.class), rs.getString("unit_code"),
                rs.getString("position_title"), PositionType.valueOf(rs.getString("position_type")),
                Rank.fromCode(rs.getString("rank_code")), Education.valueOf(rs.getString("education")),
                // CHAR(18) may come back padded.
                Texts.trimToNull(rs.getString("supervisor_nip")), rs.getBoolean("active"));
    }

    private static long one(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            setAll(s, List.of(args));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void setAll(PreparedStatement s, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            s.setObject(i + 1, args.get(i));
        }
    }

    /**
     * Lower case for the search column, one code point for one: {@code String.toLowerCase} may
     * lengthen a text (U+0130 becomes two chars), which would overflow {@code name_lower} for a
     * name of the maximum length.
     */
    private static String lower(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static LocalDateTime utc(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
