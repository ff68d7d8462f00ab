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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import id.pembina.persistence.api.KeyLists;
import id.pembina.persistence.api.LargeReads;

/** SQL of the registry's own tables; the caller owns the connection and its transaction. */
final class JdbcParticipantStore {

    private static final String COLUMNS = "nip, name, gender, birth_date, unit_code, position_title, "
            + "position_type, rank_code, education, supervisor_nip, active";

    /** What a stored path may hold; only such a path is written into SQL as a literal. */
    private static final java.util.regex.Pattern PATH = java.util.regex.Pattern.compile("/[A-Z0-9._/-]*/");

    private final SubtreeTotals totals = new SubtreeTotals(System::nanoTime);

    /** Called when a transaction of this store's caller ended, committed or not. */
    void settled() {
        totals.settled();
    }

    void insert(Connection c, Participant p, Instant now, String by) throws SQLException {
        insertAll(c, List.of(p), now, by);
    }

    /**
     * Stores new participants with their history rows and unit counts. The rows go in multi-row INSERTs of
     * {@link #ROWS} rows (one statement, one round trip and one plan for {@value #ROWS} rows instead of one
     * each: on PostgreSQL a JDBC batch still executes row by row), with the unit paths read once.
     */
    void insertAll(Connection c, List<Participant> participants, Instant now, String by) throws SQLException {
        java.util.Map<String, long[]> counts = new java.util.TreeMap<>();
        participants.forEach(p -> counts.computeIfAbsent(p.unitCode(), u -> new long[2])[p.isActive() ? 0 : 1]++);
        java.util.Map<String, String> paths = unitPaths(c, counts.keySet());
        if (participants.size() > 1 && PostgresCopy.available(c)) {
            copy(c, participants, paths, now, by);
        } else {
            insertRows(c, participants, paths, now, by);
        }
        for (var e : counts.entrySet()) {
            count(c, e.getKey(), e.getValue()[0], e.getValue()[1]);
        }
    }

    /** The rows of {@link #insertAll} through PostgreSQL's COPY: the same columns and values as the INSERTs. */
    private static void copy(Connection c, List<Participant> participants, java.util.Map<String, String> paths,
            Instant now, String by) throws SQLException {
        LocalDateTime at = utc(now);
        PostgresCopy.insert(c, participants, COLUMNS + ", name_lower, created_at, updated_at, unit_path",
                p -> withMore(values(p), lower(p.name()), at, at, paths.get(p.unitCode())),
                COLUMNS + ", changed_at, change_kind, changed_by",
                p -> withMore(values(p), at, ParticipantChange.Kind.CREATED.name(), by));
    }

    private static Object[] withMore(Object[] values, Object... more) {
        Object[] out = java.util.Arrays.copyOf(values, values.length + more.length);
        System.arraycopy(more, 0, out, values.length, more.length);
        return out;
    }

    /** The rows of {@link #insertAll} as multi-row INSERTs (H2, and a single new participant). */
    private static void insertRows(Connection c, List<Participant> participants, java.util.Map<String, String> paths,
            Instant now, String by) throws SQLException {
        PreparedStatement s = null;
        PreparedStatement h = null;
        try {
            for (int from = 0; from < participants.size(); from += ROWS) {
                List<Participant> rows = participants.subList(from, Math.min(participants.size(), from + ROWS));
                if (s == null || rows.size() < ROWS) {
                    // The statements of a full chunk are prepared once and reused; the last chunk gets its own.
                    close(s, h);
                    s = c.prepareStatement(values("INSERT INTO reg_participant (" + COLUMNS
                            + ", name_lower, created_at, updated_at, unit_path) VALUES ", 15, rows.size()));
                    h = c.prepareStatement(values("INSERT INTO reg_participant_history (" + COLUMNS
                            + ", changed_at, change_kind, changed_by) VALUES ", 14, rows.size()));
                }
                int i = 1;
                int j = 1;
                for (Participant p : rows) {
                    i = bind(s, i, p);
                    s.setString(i++, lower(p.name()));
                    s.setObject(i++, utc(now));
                    s.setObject(i++, utc(now));
                    s.setString(i++, paths.get(p.unitCode()));
                    j = bind(h, j, p);
                    h.setObject(j++, utc(now));
                    h.setString(j++, ParticipantChange.Kind.CREATED.name());
                    h.setString(j++, by);
                }
                s.executeUpdate();
                h.executeUpdate();
            }
        } finally {
            close(s, h);
        }
    }

    private static void close(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement st : statements) {
            if (st != null) {
                st.close();
            }
        }
    }

    /** Rows per multi-row INSERT of {@link #insertAll}. */
    static final int ROWS = 200;

    /** {@code prefix} followed by {@code rows} groups of {@code columns} parameters. */
    private static String values(String prefix, int columns, int rows) {
        String group = "(" + "?,".repeat(columns - 1) + "?)";
        StringBuilder b = new StringBuilder(prefix.length() + rows * (group.length() + 1)).append(prefix);
        for (int r = 0; r < rows; r++) {
            b.append(r == 0 ? "" : ",").append(group);
        }
        return b.toString();
    }

    /** The paths of the given units, by code. */
    private static java.util.Map<String, String> unitPaths(Connection c, java.util.Collection<String> codes)
            throws SQLException {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (List<String> chunk : KeyLists.chunks(codes)) {
            try (PreparedStatement s = c.prepareStatement("SELECT code, path FROM reg_unit WHERE code IN ("
                    + KeyLists.literals(chunk) + ")"); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /** Adds to a unit's participant counts (negative to subtract). */
    private void count(Connection c, String unitCode, long active, long inactive) throws SQLException {
        if (active == 0 && inactive == 0) {
            return;
        }
        totals.changing();
        try (PreparedStatement s = c.prepareStatement("UPDATE reg_unit SET active_count = active_count + ?, "
                + "inactive_count = inactive_count + ? WHERE code = ?")) {
            s.setLong(1, active);
            s.setLong(2, inactive);
            s.setString(3, unitCode);
            s.executeUpdate();
        }
    }

    void update(Connection c, Participant p, ParticipantChange.Kind kind, Instant now, String by) throws SQLException {
        Participant before = find(c, p.nip()).orElseThrow();
        if (!before.unitCode().equals(p.unitCode()) || before.isActive() != p.isActive()) {
            count(c, before.unitCode(), before.isActive() ? -1 : 0, before.isActive() ? 0 : -1);
            count(c, p.unitCode(), p.isActive() ? 1 : 0, p.isActive() ? 0 : 1);
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE reg_participant SET name = ?, gender = ?, "
                + "birth_date = ?, unit_code = ?, position_title = ?, position_type = ?, rank_code = ?, "
                + "education = ?, supervisor_nip = ?, active = ?, name_lower = ?, updated_at = ?, "
                + "unit_path = (SELECT path FROM reg_unit WHERE code = ?) WHERE nip = ?")) {
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
            s.setString(13, p.unitCode());
            s.setString(14, p.nip());
            s.executeUpdate();
        }
        history(c, p, kind, now, by);
    }

    private void history(Connection c, Participant p, ParticipantChange.Kind kind, Instant now, String by)
            throws SQLException {
        try (PreparedStatement s = historyStatement(c)) {
            bindHistory(s, p, kind, now);
            s.setString(14, by);
            s.executeUpdate();
        }
    }

    private static PreparedStatement historyStatement(Connection c) throws SQLException {
        return c.prepareStatement("INSERT INTO reg_participant_history (" + COLUMNS
                + ", changed_at, change_kind, changed_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    }

    private static void bindHistory(PreparedStatement s, Participant p, ParticipantChange.Kind kind, Instant now)
            throws SQLException {
        int i = bind(s, p);
        s.setObject(i++, utc(now));
        s.setString(i, kind.name());
    }

    private static int bind(PreparedStatement s, Participant p) throws SQLException {
        return bind(s, 1, p);
    }

    /** Binds the {@code COLUMNS} of {@code p} from parameter {@code at}; @return the next parameter */
    private static int bind(PreparedStatement s, int at, Participant p) throws SQLException {
        int i = at;
        for (Object v : values(p)) {
            if (v == null) {
                s.setNull(i++, Types.CHAR);
            } else {
                s.setObject(i++, v);
            }
        }
        return i;
    }

    /** The values of {@code COLUMNS} for {@code p}, in that order (only the supervisor may be null). */
    private static Object[] values(Participant p) {
        return new Object[] {p.nip(), p.name(), p.gender().name(), p.birthDate(), p.unitCode(), p.positionTitle(),
            p.positionType().name(), p.rank().code(), p.education().name(), p.supervisorNip(), p.isActive()};
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

    /**
     * The stored participants among {@code nips} (stored form), by NIP; unknown ones are absent.
     */
    java.util.Map<String, Participant> findAll(Connection c, java.util.Collection<String> nips) throws SQLException {
        java.util.Map<String, Participant> out = new java.util.HashMap<>();
        for (List<String> chunk : KeyLists.chunks(nips)) {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM reg_participant WHERE nip IN ("
                    + KeyLists.literals(chunk) + ")")) {
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Participant p = read(rs);
                        out.put(p.nip(), p);
                    }
                }
            }
        }
        return out;
    }

    /** @return the stored NIPs among {@code nips} */
    java.util.Set<String> existing(Connection c, java.util.Collection<String> nips) throws SQLException {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (List<String> chunk : KeyLists.chunks(nips)) {
            try (PreparedStatement s = c.prepareStatement("SELECT nip FROM reg_participant WHERE nip IN ("
                    + KeyLists.literals(chunk) + ")")) {
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1).trim());
                    }
                }
            }
        }
        return out;
    }

    /** @return every unit code */
    java.util.Set<String> unitCodes(Connection c) throws SQLException {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT code FROM reg_unit"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** @return the unit's materialised path ({@code /ROOT/.../CODE/}), or null for an unknown unit */
    String path(Connection c, String unitCode) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT path FROM reg_unit WHERE code = ?")) {
            s.setString(1, unitCode);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Every participant of the subtree under {@code path}, in list order (name, then NIP). */
    List<Participant> members(Connection c, String path, boolean includeInactive) throws SQLException {
        List<Participant> out = new ArrayList<>();
        String sql = "SELECT COALESCE(SUM(active_count + inactive_count), 0) FROM reg_unit WHERE "
                + subtree("path", path);
        String hint = hint(c, path, totals.get(sql, () -> one(c, sql)));
        // Read as streamed (LargeReads), and in the list order's index when the subtree is most of the registry:
        // H2 neither sorts nor keeps the city's 100,000 rows. (A fetch size for PostgreSQL made the root's evaluation
        // slower: its cursor plans for the first rows.) The texts many rows repeat (unit codes, position titles,
        // supervisors' NIPs) are kept once each.
        Map<String, String> repeated = new HashMap<>();
        return LargeReads.lazily(c, () -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM reg_participant" + hint
                    + " WHERE " + subtree("unit_path", path) + (includeInactive ? "" : " AND active = TRUE")
                    + " ORDER BY name_lower, nip");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs, repeated));
                }
            }
            return out;
        });
    }

    /** @param path the path of the query's unit ({@link #path}), null for the whole registry */
    Page<Participant> search(Connection c, ParticipantQuery q, String path) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (path != null) {
            where.append(" AND p.").append(subtree("unit_path", path));
        }
        if (!q.includeInactive()) {
            where.append(" AND p.active = TRUE");
        }
        if (q.nameContains() != null) {
            where.append(" AND p.name_lower LIKE ? ESCAPE '\\'");
            args.add("%" + escapeLike(lower(q.nameContains())) + "%");
        }
        if (q.rank() != null) {
            where.append(" AND p.rank_code = ?");
            args.add(q.rank().code());
        }
        long total;
        if (q.nameContains() == null && q.rank() == null) {
            // The units keep their counts: a sum over the subtree's units, not a count over its participants.
            String sql = "SELECT COALESCE(SUM(active_count" + (q.includeInactive() ? " + inactive_count" : "")
                    + "), 0) FROM reg_unit" + (path == null ? "" : " WHERE " + subtree("path", path));
            total = totals.get(sql, () -> one(c, sql));
        } else {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM reg_participant p" + where)) {
                setAll(s, args);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
        }
        List<Participant> items = new ArrayList<>();
        if (total == 0 || q.offset() >= total) {
            return new Page<>(items, total, q.offset(), q.limit());
        }
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS.replaceAll("(\\w+)", "p.$1")
                + " FROM reg_participant p" + hint(c, path, total) + where
                + " ORDER BY p.name_lower, p.nip LIMIT ? OFFSET ?")) {
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

    /**
     * H2 plans by index cost without statistics on a path's share of the rows: a subtree holding more
     * than {@link #WALK_SHARE} of the registry is listed by walking the list order (stopping at the
     * page), a smaller one through its path range and a sort. PostgreSQL decides by itself, its
     * statistics seeing the path, which is written into the statement for that reason.
     */
    private String hint(Connection c, String path, long rows) throws SQLException {
        if (path == null || !c.getMetaData().getDatabaseProductName().startsWith("H2")) {
            return "";
        }
        String sql = "SELECT COALESCE(SUM(active_count + inactive_count), 0) FROM reg_unit";
        long all = totals.get(sql, () -> one(c, sql));
        return rows * WALK_SHARE >= all ? " USE INDEX (reg_participant_order)" : " USE INDEX (reg_participant_path)";
    }

    /** 1/n: see {@link #hint}. */
    private static final int WALK_SHARE = 20;

    /**
     * The condition "in the subtree under {@code path}" as an index range. The path is a literal, not a
     * parameter: a plan made for one subtree (a kelurahan of 80 or the city of 100,000) would be reused
     * for the other. Paths hold only unit-code characters, checked again here.
     */
    private static String subtree(String column, String path) {
        if (!PATH.matcher(path).matches()) {
            throw new IllegalStateException("Unexpected unit path " + path);
        }
        return column + " LIKE '" + escapeLike(path) + "%' ESCAPE '\\'";
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }


    List<ParticipantChange> history(Connection c, String nip) throws SQLException {
        List<ParticipantChange> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + ", changed_at, change_kind, changed_by FROM reg_participant_history WHERE nip = ? ORDER BY id")) {
            s.setString(1, nip);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Instant at = rs.getObject("changed_at", LocalDateTime.class).toInstant(ZoneOffset.UTC);
                    out.add(new ParticipantChange(at, ParticipantChange.Kind.valueOf(rs.getString("change_kind")),
                            read(rs), rs.getString("changed_by")));
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

    /** @return the codes of the units in the subtree under {@code path} */
    java.util.Set<String> unitCodesUnder(Connection c, String path) throws SQLException {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT code FROM reg_unit WHERE " + subtree("path", path));
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    boolean unitExists(Connection c, String code) throws SQLException {
        return one(c, "SELECT COUNT(*) FROM reg_unit WHERE code = ?", code) > 0;
    }

    void insertUnit(Connection c, OrganizationUnit u, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO reg_unit (code, name, parent_code, created_at, path) VALUES (?,?,?,?,"
                        + "COALESCE((SELECT p.path FROM reg_unit p WHERE p.code = ?), '/') || ? || '/')")) {
            s.setString(1, u.code());
            s.setString(2, u.name());
            s.setString(3, u.parentCode());
            s.setObject(4, utc(now));
            s.setString(5, u.parentCode());
            s.setString(6, u.code());
            s.executeUpdate();
        }
    }

    private static Participant read(ResultSet rs) throws SQLException {
        return read(rs, null);
    }

    /** @param repeated the instances of repeated texts this read keeps (first seen), or null to keep each as read */
    private static Participant read(ResultSet rs, Map<String, String> repeated) throws SQLException {
        return new Participant(rs.getString("nip"), rs.getString("name"), Gender.valueOf(rs.getString("gender")),
                rs.getObject("birth_date", LocalDate.class), once(repeated, rs.getString("unit_code")),
                once(repeated, rs.getString("position_title")), PositionType.valueOf(rs.getString("position_type")),
                Rank.fromCode(rs.getString("rank_code")), Education.valueOf(rs.getString("education")),
                // CHAR(18) may come back padded.
                once(repeated, Texts.trimToNull(rs.getString("supervisor_nip"))), rs.getBoolean("active"));
    }

    /** The instance of {@code text} kept in {@code repeated} (the first seen), or text itself. */
    private static String once(Map<String, String> repeated, String text) {
        if (repeated == null || text == null) {
            return text;
        }
        String first = repeated.putIfAbsent(text, text);
        return first == null ? text : first;
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
