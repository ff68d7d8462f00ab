package id.pembina.catalog.internal;

import static id.pembina.catalog.internal.Jdbc.join;
import static id.pembina.catalog.internal.Jdbc.list;
import static id.pembina.catalog.internal.Jdbc.number;
import static id.pembina.catalog.internal.Jdbc.split;
import static id.pembina.catalog.internal.Jdbc.time;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.pembina.catalog.api.AbsenceReason;
import id.pembina.catalog.api.AttendanceMark;
import id.pembina.catalog.api.CostCategory;
import id.pembina.catalog.api.CostLine;
import id.pembina.catalog.api.DeliveryMode;
import id.pembina.catalog.api.Enrollment;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.catalog.api.Meeting;
import id.pembina.catalog.api.SessionQuery;
import id.pembina.catalog.api.SessionRole;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.persistence.api.KeyLists;
import id.pembina.persistence.api.LargeReads;

/** SQL of sessions, enrollments and attendance; the caller owns the connection and transaction. */
final class SessionStore {

    /** A stored session row without the computed fields. */
    record Row(long id, String programCode, LocalDateTime start, LocalDateTime end, String venue, String onlineLink,
            int capacity, List<String> facilitators, Integer programJp, DeliveryMode deliveryMode) {
    }

    long insert(Connection c, TrainingSession s, List<Meeting> meetings, Instant now) throws SQLException {
        long id;
        try (PreparedStatement st = c.prepareStatement("INSERT INTO cat_session (program_code, start_at, end_at, venue, "
                + "online_link, capacity, facilitators, created_at, updated_at, program_jp, delivery_mode) "
                + "VALUES (?,?,?,?,?,?,?,?,?,(SELECT jp FROM cat_program WHERE code = ?),?)",
                Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, s.programCode());
            st.setObject(2, s.start());
            st.setObject(3, s.end());
            st.setString(4, blankToNull(s.venue()));
            st.setString(5, blankToNull(s.onlineLink()));
            st.setInt(6, s.capacity());
            st.setString(7, join(s.facilitators()));
            st.setObject(8, LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
            st.setObject(9, LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
            st.setString(10, s.programCode());
            st.setString(11, s.deliveryMode().name());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        instrumentsOfToday(c, id);
        children(c, id, s, meetings);
        return id;
    }

    /** The session takes its programme's instrument versions of today (at scheduling, or a change of programme). */
    private static void instrumentsOfToday(Connection c, long id) throws SQLException {
        Jdbc.update(c, "UPDATE cat_session SET reaction_version = (SELECT p.reaction_version FROM cat_program p "
                + "WHERE p.code = cat_session.program_code), test_version = (SELECT p.test_version FROM cat_program p "
                + "WHERE p.code = cat_session.program_code), behaviour_version = (SELECT p.behaviour_version FROM "
                + "cat_program p WHERE p.code = cat_session.program_code) WHERE id = ?", id);
    }

    /** @return the version of the instrument the session's participants answer, when the session exists */
    Optional<String> instrumentVersion(Connection c, long id, id.pembina.catalog.api.InstrumentKind kind)
            throws SQLException {
        String column = switch (kind) {
            case REACTION -> "reaction_version";
            case KNOWLEDGE_TEST -> "test_version";
            case BEHAVIOUR -> "behaviour_version";
        };
        return list(c, "SELECT " + column + " FROM cat_session WHERE id = ?", rs -> rs.getString(1), id).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    void update(Connection c, long id, TrainingSession s, List<Meeting> meetings, Instant now) throws SQLException {
        // Another programme brings its JP of today; the same programme keeps the JP of scheduling.
        Jdbc.update(c, "UPDATE cat_session SET program_jp = (SELECT jp FROM cat_program WHERE code = ?) "
                + "WHERE id = ? AND program_code <> ?", s.programCode(), id, s.programCode());
        boolean otherProgramme = number(c, "SELECT COUNT(*) FROM cat_session WHERE id = ? AND program_code <> ?", id,
                s.programCode()) > 0;
        Jdbc.update(c, "UPDATE cat_session SET program_code = ?, start_at = ?, end_at = ?, venue = ?, online_link = ?, "
                + "capacity = ?, facilitators = ?, updated_at = ?, delivery_mode = ? WHERE id = ?", s.programCode(),
                s.start(), s.end(), blankToNull(s.venue()), blankToNull(s.onlineLink()), s.capacity(),
                join(s.facilitators()), now, s.deliveryMode().name(), id);
        if (otherProgramme) {
            instrumentsOfToday(c, id);
        }
        Jdbc.update(c, "DELETE FROM cat_meeting WHERE session_id = ?", id);
        Jdbc.update(c, "DELETE FROM cat_session_role WHERE session_id = ?", id);
        Jdbc.update(c, "DELETE FROM cat_cost_line WHERE session_id = ?", id);
        children(c, id, s, meetings);
    }

    private void children(Connection c, long id, TrainingSession s, List<Meeting> meetings) throws SQLException {
        for (Meeting m : meetings) {
            Jdbc.update(c, "INSERT INTO cat_meeting (session_id, number, start_at, end_at) VALUES (?,?,?,?)", id,
                    m.number(), m.start(), m.end());
        }
        int line = 1;
        for (CostLine cost : s.costs()) {
            Jdbc.update(c, "INSERT INTO cat_cost_line (session_id, line_no, category, description, amount) "
                    + "VALUES (?,?,?,?,?)", id, line++, cost.category(), cost.description().strip(), cost.amount());
        }
        for (SessionRole r : s.roles()) {
            Jdbc.update(c, "INSERT INTO cat_session_role (session_id, nip, role) VALUES (?,?,?)", id, r.nip(),
                    r.role().name());
        }
    }

    /** Roles of many sessions, by session, ordered by NIP then role. */
    Map<Long, List<SessionRole>> roles(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, List<SessionRole>> out = new HashMap<>();
        for (List<Long> chunk : KeyLists.chunks(ids)) {
            for (Object[] r : list(c, "SELECT session_id, nip, role FROM cat_session_role WHERE session_id IN ("
                    + KeyLists.literals(chunk) + ") ORDER BY session_id, nip, role", rs -> new Object[] {rs.getLong(1),
                        new SessionRole(rs.getString(2).trim(), SessionRole.Kind.valueOf(rs.getString(3).trim()))})) {
                out.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((SessionRole) r[1]);
            }
        }
        return out;
    }

    /** Reads the session and locks its row until the transaction ends (serialises seat changes). */
    Optional<Row> lock(Connection c, long id) throws SQLException {
        return list(c, "SELECT * FROM cat_session WHERE id = ? FOR UPDATE", SessionStore::row, id).stream().findFirst();
    }

    /**
     * Locks the participant's row of {@code cat_participant_lock} until the transaction ends, creating it
     * first when needed: two enrollments of one person (in any two sessions) then check overlaps one after
     * the other. A concurrent first insert of the same row fails as a duplicate once the other commits;
     * the savepoint keeps this transaction usable (PostgreSQL aborts it otherwise) and the row is then there.
     */
    void lockParticipant(Connection c, String nip) throws SQLException {
        java.sql.Savepoint before = c.setSavepoint();
        try {
            Jdbc.update(c, "INSERT INTO cat_participant_lock (nip) SELECT ? WHERE NOT EXISTS "
                    + "(SELECT 1 FROM cat_participant_lock WHERE nip = ?)", nip, nip);
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
            c.rollback(before);
        }
        list(c, "SELECT nip FROM cat_participant_lock WHERE nip = ? FOR UPDATE", rs -> rs.getString(1), nip);
    }

    Optional<Row> find(Connection c, long id) throws SQLException {
        return list(c, "SELECT * FROM cat_session WHERE id = ?", SessionStore::row, id).stream().findFirst();
    }

    /** @param subtree when not null, only sessions in which a participant of that unit subtree has an enrollment */
    List<Row> search(Connection c, SessionQuery q, String subtree) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT * FROM cat_session WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        where(q, sql, args);
        attendedFrom(subtree, sql, args);
        sql.append(" ORDER BY start_at, id LIMIT ? OFFSET ?");
        args.add(q.limit());
        args.add(q.offset());
        return list(c, sql.toString(), SessionStore::row, args.toArray());
    }

    long count(Connection c, SessionQuery q, String subtree) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM cat_session WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        where(q, sql, args);
        attendedFrom(subtree, sql, args);
        return number(c, sql.toString(), args.toArray());
    }

    /**
     * Limits a session list to those attended from a unit subtree (a pimpinan's scope), through the registry's
     * participant table and its indexed unit path (same database).
     */
    private static void attendedFrom(String subtree, StringBuilder sql, List<Object> args) {
        if (subtree != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM cat_enrollment e JOIN reg_participant p ON p.nip = e.nip"
                    + " WHERE e.session_id = cat_session.id AND p.unit_path LIKE ? ESCAPE '\\')");
            args.add(subtree.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
    }

    private static void where(SessionQuery q, StringBuilder sql, List<Object> args) {
        if (q.programCode() != null) {
            sql.append(" AND program_code = ?");
            args.add(q.programCode());
        }
        if (q.from() != null) {
            // Periods are half-open: a session ending at midnight does not take place on the next day.
            sql.append(" AND end_at > ?");
            args.add(q.from().atStartOfDay());
        }
        if (q.to() != null) {
            sql.append(" AND start_at < ?");
            args.add(q.to().plusDays(1).atStartOfDay());
        }
    }

    /**
     * Sessions that ended within the year in which the participant held a seat (the statuses that
     * attendance is summarised for), for JP credit.
     */
    List<Row> endedIn(Connection c, String nip, int year) throws SQLException {
        return list(c, "SELECT s.* FROM cat_session s JOIN cat_enrollment e ON e.session_id = s.id WHERE e.nip = ? "
                + "AND e.status IN ('REGISTERED', 'ATTENDED', 'NO_SHOW') AND s.end_at >= ? AND s.end_at < ?",
                SessionStore::row, nip, LocalDate.of(year, 1, 1).atStartOfDay(), LocalDate.of(year + 1, 1, 1).atStartOfDay());
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("program_code"), time(rs, "start_at"), time(rs, "end_at"),
                rs.getString("venue"), rs.getString("online_link"), rs.getInt("capacity"),
                split(rs.getString("facilitators")), (Integer) rs.getObject("program_jp", Integer.class),
                DeliveryMode.valueOf(rs.getString("delivery_mode").trim()));
    }

    List<Meeting> meetings(Connection c, long id) throws SQLException {
        return meetings(c, List.of(id)).getOrDefault(id, List.of());
    }

    /** Meetings of many sessions, by session, in number order; sessions without meetings absent. */
    Map<Long, List<Meeting>> meetings(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, List<Meeting>> out = new HashMap<>();
        for (List<Long> chunk : KeyLists.chunks(ids)) {
            for (Object[] r : list(c, "SELECT session_id, number, start_at, end_at FROM cat_meeting WHERE session_id IN ("
                    + KeyLists.literals(chunk) + ") ORDER BY session_id, number", rs -> new Object[] {rs.getLong(1),
                        new Meeting(rs.getInt(2), time(rs, "start_at"), time(rs, "end_at"))})) {
                out.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Meeting) r[1]);
            }
        }
        return out;
    }

    List<CostLine> costs(Connection c, long id) throws SQLException {
        return costs(c, List.of(id)).getOrDefault(id, List.of());
    }

    /** Cost lines of many sessions, by session, in line order. */
    Map<Long, List<CostLine>> costs(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, List<CostLine>> out = new HashMap<>();
        for (List<Long> chunk : KeyLists.chunks(ids)) {
            for (Object[] r : list(c, "SELECT session_id, category, description, amount FROM cat_cost_line WHERE "
                    + "session_id IN (" + KeyLists.literals(chunk) + ") ORDER BY session_id, line_no",
                    rs -> new Object[] {rs.getLong(1), new CostLine(CostCategory.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getBigDecimal(4).setScale(2))})) {
                out.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((CostLine) r[1]);
            }
        }
        return out;
    }

    /** Stored sessions among {@code ids}, by start, then id. */
    List<Row> findAll(Connection c, Collection<Long> ids) throws SQLException {
        List<Row> out = new ArrayList<>();
        for (List<Long> chunk : KeyLists.chunks(ids)) {
            out.addAll(list(c, "SELECT * FROM cat_session WHERE id IN (" + KeyLists.literals(chunk) + ")",
                    SessionStore::row));
        }
        out.sort(Comparator.comparing(Row::start).thenComparingLong(Row::id));
        return out;
    }

    /** Above this many NIPs, {@link #ofParticipants} reads every enrollment once instead of looking NIPs up. */
    static final int SCAN_ABOVE = 10_000;

    /**
     * Sessions taking place in the period (as {@link SessionQuery} means it; null bounds are open) in which
     * any of the participants has an enrollment of any status, by start, then id.
     */
    List<Row> ofParticipants(Connection c, Collection<String> nips, LocalDate from, LocalDate to) throws SQLException {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        if (nips.size() > SCAN_ABOVE) {
            // Most of the registry (a city's root unit): one pass over the enrollments instead of some 200 IN lists.
            java.util.Set<String> wanted = new java.util.HashSet<>(nips);
            LargeReads.lazily(c, () -> {
                try (PreparedStatement s = c.prepareStatement("SELECT session_id, nip FROM cat_enrollment");
                        ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        // A session already found needs no look-up of its other enrollments (about 50 each).
                        Long id = rs.getLong(1);
                        if (!ids.contains(id) && wanted.contains(rs.getString(2).trim())) {
                            ids.add(id);
                        }
                    }
                }
                return null;
            });
        } else {
            ids.addAll(Rolls.sessionsOf(c, nips));
        }
        return inPeriod(findAll(c, ids), from, to);
    }

    /** The sessions taking place in the period, as {@link SessionQuery} means it (null bounds are open). */
    static List<Row> inPeriod(List<Row> rows, LocalDate from, LocalDate to) {
        LocalDateTime after = from == null ? null : from.atStartOfDay();
        LocalDateTime before = to == null ? null : to.plusDays(1).atStartOfDay();
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            if ((after == null || r.end().isAfter(after)) && (before == null || r.start().isBefore(before))) {
                out.add(r);
            }
        }
        return out;
    }

    // ---- enrollment ----

    Optional<Enrollment> enrollment(Connection c, long sessionId, String nip) throws SQLException {
        return enrollments(c, sessionId).stream().filter(e -> e.nip().equals(nip)).findFirst();
    }

    /**
     * Every enrollment of the session, waitlist positions computed, ordered by status, then waitlist
     * position, then NIP (the same on every database).
     */
    List<Enrollment> enrollments(Connection c, long sessionId) throws SQLException {
        return enrollments(c, List.of(sessionId)).getOrDefault(sessionId, List.of());
    }

    /**
     * Per session: the seats taken (REGISTERED or ATTENDED) and the waiting list's length, counted by the database
     * (a list of sessions needs the counts, not the 50 enrollments of each).
     */
    Map<Long, int[]> seatCounts(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, int[]> out = new HashMap<>();
        for (List<Long> chunk : KeyLists.chunks(ids)) {
            for (Object[] r : list(c, "SELECT session_id, status, COUNT(*) FROM cat_enrollment WHERE session_id IN ("
                    + KeyLists.literals(chunk) + ") GROUP BY session_id, status", rs -> new Object[] {rs.getLong(1),
                        EnrollmentStatus.valueOf(rs.getString(2).trim()), rs.getInt(3)})) {
                EnrollmentStatus status = (EnrollmentStatus) r[1];
                int[] counts = out.computeIfAbsent((Long) r[0], k -> new int[2]);
                if (status.takesSeat()) {
                    counts[0] += (Integer) r[2];
                } else if (status == EnrollmentStatus.WAITLISTED) {
                    counts[1] += (Integer) r[2];
                }
            }
        }
        return out;
    }

    /** Enrollments of many sessions, by session, each list as {@link #enrollments(Connection, long)} orders it. */
    Map<Long, List<Enrollment>> enrollments(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, List<Enrollment>> out = new HashMap<>();
        Map<Long, int[]> positions = new HashMap<>();
        for (List<Long> chunk : KeyLists.chunks(ids)) {
            List<Object[]> rows = list(c, "SELECT session_id, nip, status, absence_reason, note, waitlist_seq, updated_at "
                    + "FROM cat_enrollment WHERE session_id IN (" + KeyLists.literals(chunk) + ") "
                    + "ORDER BY session_id, waitlist_seq, nip", rs -> new Object[] {
                        rs.getLong(1), rs.getString(2).trim(), EnrollmentStatus.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : AbsenceReason.valueOf(rs.getString(4)), rs.getString(5),
                        Jdbc.instant(rs, "updated_at") });
            for (Object[] r : rows) {
                long sessionId = (Long) r[0];
                EnrollmentStatus status = (EnrollmentStatus) r[2];
                Integer pos = status == EnrollmentStatus.WAITLISTED
                        ? ++positions.computeIfAbsent(sessionId, k -> new int[1])[0] : null;
                out.computeIfAbsent(sessionId, k -> new ArrayList<>()).add(new Enrollment(sessionId, (String) r[1],
                        status, (AbsenceReason) r[3], (String) r[4], pos, (Instant) r[5]));
            }
        }
        for (List<Enrollment> list : out.values()) {
            list.sort(Comparator.comparing(Enrollment::status)
                    .thenComparing(Enrollment::waitlistPosition, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(Enrollment::nip));
        }
        return out;
    }

    /** NIPs holding a seat (REGISTERED or ATTENDED) in many sessions, by session, in NIP order. */
    Map<Long, List<String>> seatHolders(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, List<String>> out = new HashMap<>();
        for (List<Long> chunk : KeyLists.chunks(ids)) {
            try (PreparedStatement s = c.prepareStatement("SELECT session_id, nip FROM cat_enrollment WHERE status IN "
                    + "('REGISTERED', 'ATTENDED') AND session_id IN (" + KeyLists.literals(chunk) + ") "
                    + "ORDER BY session_id, nip"); ResultSet rs = s.executeQuery()) {
                List<String> of = null;
                long at = 0;
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (of == null || id != at) {
                        of = out.computeIfAbsent(id, k -> new ArrayList<>());
                        at = id;
                    }
                    of.add(rs.getString(2).trim());
                }
            }
        }
        return out;
    }

    /**
     * Per session and NIP: the meetings present at and their minutes (each meeting's whole minutes, as
     * {@link SessionRules#minutes} counts them), over the participants whose enrollment is summarised
     * (REGISTERED, ATTENDED, NO_SHOW); participants present at no meeting are absent. Reads only the keys of
     * those enrollments and of the presence marks, without building summaries.
     *
     * @param meetings the sessions' meetings, as {@link #meetings(Connection, Collection)} gives them
     */
    Map<Long, Map<String, long[]>> presentMinutes(Connection c, Collection<Long> ids, Map<Long, List<Meeting>> meetings)
            throws SQLException {
        Map<Long, Map<String, long[]>> out = new HashMap<>();
        for (List<Long> chunk : KeyLists.chunks(ids)) {
            Map<Long, java.util.Set<String>> summarised = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT session_id, nip FROM cat_enrollment WHERE status IN "
                    + "('REGISTERED', 'ATTENDED', 'NO_SHOW') AND session_id IN (" + KeyLists.literals(chunk) + ")");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    summarised.computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>()).add(rs.getString(2).trim());
                }
            }
            out.putAll(presentMinutes(c, chunk, meetings,
                    (id, nip) -> summarised.getOrDefault(id, java.util.Set.of()).contains(nip)));
        }
        return out;
    }

    /** Whether a participant's enrollment in a session is summarised (REGISTERED, ATTENDED or NO_SHOW). */
    interface Summarised {
        boolean test(long sessionId, String nip);
    }

    /**
     * As {@link #presentMinutes(Connection, Collection, Map)}, with the enrollments whose attendance is summarised
     * known already ({@code summarised}: by session id and NIP).
     */
    Map<Long, Map<String, long[]>> presentMinutes(Connection c, Collection<Long> ids, Map<Long, List<Meeting>> meetings,
            Summarised summarised) throws SQLException {
        Map<Long, Map<String, long[]>> out = new HashMap<>();
        for (List<Long> chunk : KeyLists.chunks(ids)) {
            Map<Long, Map<Integer, Long>> minutes = new HashMap<>();
            for (Long id : chunk) {
                Map<Integer, Long> of = new HashMap<>();
                for (Meeting m : meetings.getOrDefault(id, List.of())) {
                    of.put(m.number(), SessionRules.minutes(m));
                }
                minutes.put(id, of);
            }
            try (PreparedStatement s = c.prepareStatement("SELECT session_id, nip, meeting_number FROM cat_attendance "
                    + "WHERE present = TRUE AND session_id IN (" + KeyLists.literals(chunk) + ")");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String nip = rs.getString(2).trim();
                    Long length = minutes.getOrDefault(id, Map.of()).get(rs.getInt(3));
                    // Marks of meetings no longer scheduled, and of enrollments not summarised, do not count.
                    if (length != null && summarised.test(id, nip)) {
                        long[] sum = out.computeIfAbsent(id, k -> new HashMap<>()).computeIfAbsent(nip, k -> new long[2]);
                        sum[0]++;
                        sum[1] += length;
                    }
                }
            }
        }
        return out;
    }

    void saveEnrollment(Connection c, long sessionId, String nip, EnrollmentStatus status, AbsenceReason reason,
            String note, Long waitlistSeq, Instant now) throws SQLException {
        int n = Jdbc.update(c, "UPDATE cat_enrollment SET status = ?, absence_reason = ?, note = ?, waitlist_seq = ?, "
                + "updated_at = ? WHERE session_id = ? AND nip = ?", status, reason, note, waitlistSeq, now, sessionId, nip);
        if (n == 0) {
            Jdbc.update(c, "INSERT INTO cat_enrollment (status, absence_reason, note, waitlist_seq, updated_at, session_id, "
                    + "nip) VALUES (?,?,?,?,?,?,?)", status, reason, note, waitlistSeq, now, sessionId, nip);
        }
    }

    /**
     * Changes the status alone, as the catalog does on its own (promotion, attendance): the
     * participant's note stays, an absence reason stays only with an absent status, and the
     * waitlist place is given up.
     */
    void saveStatus(Connection c, long sessionId, String nip, EnrollmentStatus status, Instant now) throws SQLException {
        boolean absent = status == EnrollmentStatus.CANCELLED || status == EnrollmentStatus.NO_SHOW;
        Jdbc.update(c, "UPDATE cat_enrollment SET status = ?, waitlist_seq = NULL, updated_at = ?"
                + (absent ? "" : ", absence_reason = NULL") + " WHERE session_id = ? AND nip = ?", status, now, sessionId, nip);
    }

    int seatsTaken(Connection c, long sessionId, String exceptNip) throws SQLException {
        return (int) number(c, "SELECT COUNT(*) FROM cat_enrollment WHERE session_id = ? AND nip <> ? "
                + "AND status IN ('REGISTERED', 'ATTENDED')", sessionId, exceptNip == null ? "" : exceptNip);
    }

    long nextWaitlistSeq(Connection c, long sessionId) throws SQLException {
        return number(c, "SELECT COALESCE(MAX(waitlist_seq), 0) + 1 FROM cat_enrollment WHERE session_id = ?", sessionId);
    }

    /** Waitlisted NIPs, first in line first. */
    List<String> waitlist(Connection c, long sessionId) throws SQLException {
        return list(c, "SELECT nip FROM cat_enrollment WHERE session_id = ? AND status = 'WAITLISTED' "
                + "ORDER BY waitlist_seq, nip", rs -> rs.getString(1).trim(), sessionId);
    }

    /** Other sessions overlapping [start, end) in which the participant holds time. */
    List<Long> overlapping(Connection c, String nip, long exceptSession, LocalDateTime start, LocalDateTime end)
            throws SQLException {
        return list(c, "SELECT s.id FROM cat_session s JOIN cat_enrollment e ON e.session_id = s.id WHERE e.nip = ? "
                + "AND s.id <> ? AND e.status IN ('INVITED', 'REGISTERED', 'WAITLISTED', 'ATTENDED') "
                + "AND s.start_at < ? AND ? < s.end_at ORDER BY s.id", rs -> rs.getLong(1), nip, exceptSession, end, start);
    }

    // ---- attendance ----

    void mark(Connection c, long sessionId, AttendanceMark m, Instant now) throws SQLException {
        Object[] values = { m.present(), m.present() ? null : m.absenceReason(), blankToNull(m.note()), now, sessionId,
            m.meeting(), m.nip() };
        int n = Jdbc.update(c, "UPDATE cat_attendance SET present = ?, absence_reason = ?, note = ?, recorded_at = ? "
                + "WHERE session_id = ? AND meeting_number = ? AND nip = ?", values);
        if (n == 0) {
            Jdbc.update(c, "INSERT INTO cat_attendance (present, absence_reason, note, recorded_at, session_id, "
                    + "meeting_number, nip) VALUES (?,?,?,?,?,?,?)", values);
        }
    }

    /** nip → (meeting number → present) */
    Map<String, Map<Integer, Boolean>> presence(Connection c, long sessionId) throws SQLException {
        return presence(c, List.of(sessionId)).getOrDefault(sessionId, Map.of());
    }

    /** session → nip → (meeting number → present), for many sessions */
    Map<Long, Map<String, Map<Integer, Boolean>>> presence(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, Map<String, Map<Integer, Boolean>>> out = new HashMap<>();
        for (List<Long> chunk : KeyLists.chunks(ids)) {
            for (Object[] r : list(c, "SELECT session_id, nip, meeting_number, present FROM cat_attendance WHERE "
                    + "session_id IN (" + KeyLists.literals(chunk) + ")", rs -> new Object[] {rs.getLong(1),
                        rs.getString(2).trim(), rs.getInt(3), rs.getBoolean(4)})) {
                out.computeIfAbsent((Long) r[0], k -> new HashMap<>())
                        .computeIfAbsent((String) r[1], k -> new HashMap<>()).put((Integer) r[2], (Boolean) r[3]);
            }
        }
        return out;
    }

    /** session → nip → (absence reason → meetings missed with it), for many sessions */
    Map<Long, Map<String, Map<AbsenceReason, Integer>>> absenceReasons(Connection c, Collection<Long> ids)
            throws SQLException {
        Map<Long, Map<String, Map<AbsenceReason, Integer>>> out = new HashMap<>();
        for (List<Long> chunk : KeyLists.chunks(ids)) {
            for (Object[] r : list(c, "SELECT session_id, nip, absence_reason, COUNT(*) FROM cat_attendance WHERE "
                    + "present = FALSE AND absence_reason IS NOT NULL AND session_id IN (" + KeyLists.literals(chunk)
                    + ") GROUP BY session_id, nip, absence_reason", rs -> new Object[] {rs.getLong(1),
                        rs.getString(2).trim(), AbsenceReason.valueOf(rs.getString(3).trim()), rs.getInt(4)})) {
                out.computeIfAbsent((Long) r[0], k -> new HashMap<>())
                        .computeIfAbsent((String) r[1], k -> new java.util.EnumMap<>(AbsenceReason.class))
                        .put((AbsenceReason) r[2], (Integer) r[3]);
            }
        }
        return out;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
