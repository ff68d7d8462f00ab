package id.pembina.evaluation.data.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.pembina.evaluation.api.DisciplineSanction;
import id.pembina.evaluation.api.PerformanceRating;
import id.pembina.evaluation.api.TrainingType;
import id.pembina.evaluation.data.api.Benefit;
import id.pembina.evaluation.data.api.ExternalTraining;
import id.pembina.evaluation.data.api.FollowUp;
import id.pembina.evaluation.data.api.FollowUpPhase;
import id.pembina.evaluation.data.api.IndicatorEntry;
import id.pembina.evaluation.data.api.IndicatorPhase;
import id.pembina.evaluation.data.api.ReactionResponse;
import id.pembina.evaluation.data.api.TestAnswers;
import id.pembina.evaluation.data.api.TestPhase;
import id.pembina.evaluation.data.api.YearFacts;

import id.pembina.persistence.api.LargeReads;

import static id.pembina.persistence.api.KeyLists.chunks;
import static id.pembina.persistence.api.KeyLists.literals;

/** The evaluation's tables. Instants are stored as UTC timestamps. */
final class Store {

    // ---- reaction ----

    void insertReaction(Connection c, ReactionResponse r) throws SQLException {
        update(c, "INSERT INTO ev_reaction_response (response_id, session_id, nip, instrument_version, comment_text, "
                + "submitted_at, ratings) VALUES (?, ?, ?, ?, ?, ?, ?)", r.responseId(), r.sessionId(), r.nip(),
                r.version(), r.comment(), ts(r.submittedAt()), Tallies.pack(r.values()));
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO ev_reaction_value (response_id, item_id, rating) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, Integer> e : r.values().entrySet()) {
                ps.setString(1, r.responseId());
                ps.setString(2, e.getKey());
                ps.setInt(3, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    void insertReceipt(Connection c, long sessionId, String nip) throws SQLException {
        update(c, "INSERT INTO ev_reaction_receipt (session_id, nip) VALUES (?, ?)", sessionId, nip);
    }

    boolean hasReceipt(Connection c, long sessionId, String nip) throws SQLException {
        return !list(c, "SELECT 1 FROM ev_reaction_receipt WHERE session_id = ? AND nip = ?", rs -> 1, sessionId, nip)
                .isEmpty();
    }

    List<ReactionResponse> reactions(Connection c, long sessionId) throws SQLException {
        return reactions(c, List.of(sessionId)).getOrDefault(sessionId, List.of());
    }

    /** Reactions of many sessions, by session, each in submission order. */
    Map<Long, List<ReactionResponse>> reactions(Connection c, Collection<Long> sessionIds) throws SQLException {
        Map<Long, List<ReactionResponse>> out = new HashMap<>();
        for (List<Long> chunk : chunks(sessionIds)) {
            // The responses by their session index, then their values by response: no join for H2 to plan badly.
            List<Object[]> rows = list(c, "SELECT response_id, session_id, nip, instrument_version, comment_text, "
                    + "submitted_at FROM ev_reaction_response WHERE session_id IN (" + literals(chunk) + ") "
                    + "ORDER BY session_id, submitted_at, response_id", rs -> new Object[] {rs.getString(1),
                        rs.getLong(2), trim(rs.getString(3)), rs.getString(4), rs.getString(5),
                        instant(rs, "submitted_at")});
            Map<String, Map<String, Integer>> values = new HashMap<>();
            for (List<String> ids : chunks(rows.stream().map(r -> (String) r[0]).toList())) {
                for (Object[] v : list(c, "SELECT response_id, item_id, rating FROM ev_reaction_value WHERE "
                        + "response_id IN (" + literals(ids) + ") ORDER BY response_id, item_id",
                        rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3)})) {
                    values.computeIfAbsent((String) v[0], k -> new LinkedHashMap<>()).put((String) v[1], (Integer) v[2]);
                }
            }
            for (Object[] r : rows) {
                out.computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add(new ReactionResponse((String) r[0],
                        (Long) r[1], (String) r[2], (String) r[3], values.getOrDefault((String) r[0], Map.of()),
                        (String) r[4], (Instant) r[5]));
            }
        }
        return out;
    }

    // ---- tests ----

    void insertTest(Connection c, TestAnswers t) throws SQLException {
        long id = insert(c, "INSERT INTO ev_test_answers (session_id, nip, phase, instrument_version, score, "
                + "max_points, submitted_at, choices) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", t.sessionId(), t.nip(),
                t.phase().name(), t.version(), t.score(), t.maxPoints(), ts(t.submittedAt()),
                Tallies.packChoices(t.choices()));
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO ev_test_choice (answers_id, item_id, option_index) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, Integer> e : t.choices().entrySet()) {
                ps.setLong(1, id);
                ps.setString(2, e.getKey());
                ps.setObject(3, e.getValue(), java.sql.Types.INTEGER);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    List<TestAnswers> tests(Connection c, long sessionId) throws SQLException {
        return tests(c, List.of(sessionId)).getOrDefault(sessionId, List.of());
    }

    /** Test answers of many sessions, by session, each by NIP, then phase (PRE before POST). */
    Map<Long, List<TestAnswers>> tests(Connection c, Collection<Long> sessionIds) throws SQLException {
        Map<Long, List<TestAnswers>> out = new HashMap<>();
        for (List<Long> chunk : chunks(sessionIds)) {
            List<Object[]> rows = list(c, "SELECT id, session_id, nip, phase, instrument_version, score, max_points, "
                    + "submitted_at FROM ev_test_answers WHERE session_id IN (" + literals(chunk) + ") "
                    + "ORDER BY session_id, nip, phase DESC", rs -> new Object[] {rs.getLong(1), rs.getLong(2),
                        trim(rs.getString(3)), TestPhase.valueOf(rs.getString(4)), rs.getString(5), rs.getInt(6),
                        rs.getInt(7), instant(rs, "submitted_at")});
            Map<Long, Map<String, Integer>> choices = new HashMap<>();
            for (List<Long> ids : chunks(rows.stream().map(r -> (Long) r[0]).toList())) {
                for (Object[] v : list(c, "SELECT answers_id, item_id, option_index FROM ev_test_choice WHERE "
                        + "answers_id IN (" + literals(ids) + ") ORDER BY answers_id, item_id",
                        rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getObject(3, Integer.class)})) {
                    choices.computeIfAbsent((Long) v[0], k -> new LinkedHashMap<>()).put((String) v[1], (Integer) v[2]);
                }
            }
            for (Object[] r : rows) {
                out.computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add(new TestAnswers((Long) r[1],
                        (String) r[2], (TestPhase) r[3], (String) r[4], choices.getOrDefault((Long) r[0], Map.of()),
                        (Integer) r[5], (Integer) r[6], (Instant) r[7]));
            }
        }
        return out;
    }

    // ---- follow-ups ----

    /** Who gave a follow-up's ratings (column {@code rater}). */
    static final String SUPERVISOR = "SUPERVISOR";
    static final String SELF = "SELF";

    void insertFollowUp(Connection c, FollowUp f) throws SQLException {
        insertFollowUp(c, f, SUPERVISOR);
    }

    void insertFollowUp(Connection c, FollowUp f, String rater) throws SQLException {
        long id = insert(c, "INSERT INTO ev_followup (session_id, nip, supervisor_nip, phase, weeks_after, "
                + "instrument_version, submitted_at, rater, ratings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", f.sessionId(),
                f.nip(), f.supervisorNip(), f.phase().name(), f.weeksAfterSession(), f.version(), ts(f.submittedAt()),
                rater, Tallies.pack(f.ratings()));
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO ev_followup_rating (followup_id, indicator_id, rating) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, Integer> e : f.ratings().entrySet()) {
                ps.setLong(1, id);
                ps.setString(2, e.getKey());
                ps.setInt(3, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    List<FollowUp> followUps(Connection c, long sessionId) throws SQLException {
        return followUps(c, List.of(sessionId)).getOrDefault(sessionId, List.of());
    }

    /** Supervisors' follow-ups of many sessions, by session, each by NIP, then phase (BASELINE before AFTER). */
    Map<Long, List<FollowUp>> followUps(Connection c, Collection<Long> sessionIds) throws SQLException {
        return followUps(c, sessionIds, SUPERVISOR);
    }

    /** Follow-ups given by {@code rater} ({@link #SUPERVISOR} or {@link #SELF}), as {@link #followUps}. */
    Map<Long, List<FollowUp>> followUps(Connection c, Collection<Long> sessionIds, String rater) throws SQLException {
        Map<Long, List<FollowUp>> out = new HashMap<>();
        for (List<Long> chunk : chunks(sessionIds)) {
            List<Object[]> rows = list(c, "SELECT id, session_id, nip, supervisor_nip, phase, weeks_after, "
                    + "instrument_version, submitted_at FROM ev_followup WHERE rater = ? AND session_id IN ("
                    + literals(chunk) + ") ORDER BY session_id, nip, phase DESC", rs -> new Object[] {rs.getLong(1),
                        rs.getLong(2), trim(rs.getString(3)), trim(rs.getString(4)), FollowUpPhase.valueOf(rs.getString(5)),
                        rs.getObject(6, Integer.class), rs.getString(7), instant(rs, "submitted_at")}, rater);
            Map<Long, Map<String, Integer>> ratings = new HashMap<>();
            for (List<Long> ids : chunks(rows.stream().map(r -> (Long) r[0]).toList())) {
                for (Object[] v : list(c, "SELECT followup_id, indicator_id, rating FROM ev_followup_rating WHERE "
                        + "followup_id IN (" + literals(ids) + ") ORDER BY followup_id, indicator_id",
                        rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getInt(3)})) {
                    ratings.computeIfAbsent((Long) v[0], k -> new LinkedHashMap<>()).put((String) v[1], (Integer) v[2]);
                }
            }
            for (Object[] r : rows) {
                out.computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add(new FollowUp((Long) r[1], (String) r[2],
                        (String) r[3], (FollowUpPhase) r[4], (Integer) r[5], (String) r[6],
                        ratings.getOrDefault((Long) r[0], Map.of()), (Instant) r[7]));
            }
        }
        return out;
    }

    // ---- indicators ----

    void insertIndicator(Connection c, IndicatorEntry e, Instant now) throws SQLException {
        update(c, "INSERT INTO ev_indicator_value (unit_code, program_code, indicator_id, period, phase, "
                + "indicator_value, comparison, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", e.unitCode(),
                e.programCode(), e.indicatorId(), e.period(), e.phase().name(), e.value(), e.comparison(), ts(now));
    }

    Optional<IndicatorEntry> indicator(Connection c, IndicatorEntry key) throws SQLException {
        return list(c, "SELECT * FROM ev_indicator_value WHERE unit_code = ? AND program_code = ? AND indicator_id = ? "
                + "AND period = ? AND phase = ?", Store::indicator, key.unitCode(), key.programCode(),
                key.indicatorId(), key.period(), key.phase().name()).stream().findFirst();
    }

    /** @return the comparison flags the unit's stored values of the programme carry */
    List<Boolean> comparisonFlags(Connection c, String unitCode, String programCode) throws SQLException {
        return list(c, "SELECT DISTINCT comparison FROM ev_indicator_value WHERE unit_code = ? AND program_code = ?",
                rs -> rs.getBoolean(1), unitCode, programCode);
    }

    List<IndicatorEntry> indicators(Connection c, String programCode) throws SQLException {
        return list(c, "SELECT * FROM ev_indicator_value WHERE program_code = ? ORDER BY indicator_id, unit_code, "
                + "period, phase DESC", Store::indicator, programCode);
    }

    private static IndicatorEntry indicator(ResultSet rs) throws SQLException {
        return new IndicatorEntry(rs.getString("unit_code"), rs.getString("program_code"),
                rs.getString("indicator_id"), rs.getString("period"), rs.getBigDecimal("indicator_value")
                        .stripTrailingZeros(), IndicatorPhase.valueOf(rs.getString("phase")),
                rs.getBoolean("comparison"));
    }

    // ---- yearly facts ----

    void saveFacts(Connection c, YearFacts f, Instant now) throws SQLException {
        int n = update(c, "UPDATE ev_year_facts SET performance = ?, discipline = ?, updated_at = ? WHERE nip = ? "
                + "AND assessed_year = ?", f.performance().name(), f.discipline().name(), ts(now), f.nip(), f.year());
        if (n == 0) {
            update(c, "INSERT INTO ev_year_facts (nip, assessed_year, performance, discipline, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?)", f.nip(), f.year(), f.performance().name(), f.discipline().name(),
                    ts(now));
        }
    }

    Optional<YearFacts> facts(Connection c, String nip, int year) throws SQLException {
        return list(c, "SELECT * FROM ev_year_facts WHERE nip = ? AND assessed_year = ?", Store::facts, nip, year)
                .stream().findFirst();
    }

    private static YearFacts facts(ResultSet rs) throws SQLException {
        return facts(rs, new Canon());
    }

    private static YearFacts facts(ResultSet rs, Canon canon) throws SQLException {
        return new YearFacts(canon.own(trim(rs.getString("nip"))), rs.getInt("assessed_year"),
                PerformanceRating.valueOf(rs.getString("performance")),
                DisciplineSanction.valueOf(rs.getString("discipline")));
    }

    /**
     * Above this many NIPs, a read for many participants scans the table (for facts: the year's rows) and keeps
     * theirs: a large unit is most of the registry, and some 200 IN lists of 500 index look-ups cost more.
     */
    static final int SCAN_ABOVE = 10_000;

    /** The year's facts of many participants (stored NIPs), by NIP; participants without facts are absent. */
    Map<String, YearFacts> facts(Connection c, Collection<String> nips, int year) throws SQLException {
        return facts(c, nips, year, new Canon());
    }

    /**
     * As {@link #facts(Connection, Collection, int)}, each NIP the caller's own instance when {@code canon} knows it
     * ({@link Canon#own}: a participant has one row of facts a year, so there is nothing to share otherwise).
     */
    Map<String, YearFacts> facts(Connection c, Collection<String> nips, int year, Canon canon) throws SQLException {
        Map<String, YearFacts> out = new HashMap<>();
        if (nips.size() > SCAN_ABOVE) {
            Set<String> wanted = nips instanceof Set<String> set ? set : new HashSet<>(nips);
            for (YearFacts f : largeList(c, "SELECT * FROM ev_year_facts WHERE assessed_year = ?",
                    rs -> facts(rs, canon), year)) {
                if (wanted.contains(f.nip())) {
                    out.put(f.nip(), f);
                }
            }
            return out;
        }
        for (List<String> chunk : chunks(stored(nips))) {
            for (YearFacts f : list(c, "SELECT * FROM ev_year_facts WHERE nip IN (" + literals(chunk)
                    + ") AND assessed_year = ?", rs -> facts(rs, canon), year)) {
                out.put(f.nip(), f);
            }
        }
        return out;
    }

    // ---- external training ----

    long insertExternal(Connection c, ExternalTraining t, Instant now) throws SQLException {
        return insert(c, "INSERT INTO ev_external_training (nip, title, training_type, jp, training_date, "
                + "certificate_number, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", t.nip(), t.title(), t.type().name(),
                t.jp(), t.date(), t.certificateNumber(), ts(now));
    }

    List<ExternalTraining> externals(Connection c, String nip) throws SQLException {
        return list(c, "SELECT * FROM ev_external_training WHERE nip = ? ORDER BY training_date, id", Store::external,
                nip);
    }

    private static ExternalTraining external(ResultSet rs) throws SQLException {
        return new ExternalTraining(rs.getLong("id"), trim(rs.getString("nip")), rs.getString("title"),
                TrainingType.valueOf(rs.getString("training_type")), rs.getBigDecimal("jp").stripTrailingZeros(),
                rs.getObject("training_date", LocalDate.class), rs.getString("certificate_number"));
    }

    private static final java.util.regex.Pattern STORED_NIP = java.util.regex.Pattern.compile("[0-9]{18}");

    /** Only what can be a stored NIP goes into SQL as a literal. */
    private static List<String> stored(Collection<String> nips) {
        return nips.stream().filter(n -> n != null && STORED_NIP.matcher(n).matches()).toList();
    }

    /** External training of many participants, by NIP, each by date, then id. */
    Map<String, List<ExternalTraining>> externals(Connection c, Collection<String> nips) throws SQLException {
        Map<String, List<ExternalTraining>> out = new HashMap<>();
        if (nips.size() > SCAN_ABOVE) {
            Set<String> wanted = nips instanceof Set<String> set ? set : new HashSet<>(nips);
            for (ExternalTraining t : largeList(c, "SELECT * FROM ev_external_training "
                    + "ORDER BY nip, training_date, id", Store::external)) {
                if (wanted.contains(t.nip())) {
                    out.computeIfAbsent(t.nip(), k -> new ArrayList<>()).add(t);
                }
            }
            return out;
        }
        for (List<String> chunk : chunks(stored(nips))) {
            for (ExternalTraining t : list(c, "SELECT * FROM ev_external_training WHERE nip IN (" + literals(chunk)
                    + ") ORDER BY nip, training_date, id", Store::external)) {
                out.computeIfAbsent(t.nip(), k -> new ArrayList<>()).add(t);
            }
        }
        return out;
    }

    // ---- benefits ----

    long insertBenefit(Connection c, long sessionId, String description, BigDecimal amount, Instant now)
            throws SQLException {
        return insert(c, "INSERT INTO ev_benefit (session_id, description, amount, recorded_at) VALUES (?, ?, ?, ?)",
                sessionId, description, amount, ts(now));
    }

    List<Benefit> benefits(Connection c, long sessionId) throws SQLException {
        return benefits(c, List.of(sessionId)).getOrDefault(sessionId, List.of());
    }

    /** Benefits of many sessions, by session, each in recording order. */
    Map<Long, List<Benefit>> benefits(Connection c, Collection<Long> sessionIds) throws SQLException {
        Map<Long, List<Benefit>> out = new HashMap<>();
        for (List<Long> chunk : chunks(sessionIds)) {
            for (Benefit b : list(c, "SELECT * FROM ev_benefit WHERE session_id IN (" + literals(chunk)
                    + ") ORDER BY session_id, id", rs -> new Benefit(rs.getLong("id"), rs.getLong("session_id"),
                            rs.getString("description"), rs.getBigDecimal("amount"), instant(rs, "recorded_at")),
                    new Object[0])) {
                out.computeIfAbsent(b.sessionId(), k -> new ArrayList<>()).add(b);
            }
        }
        return out;
    }

    // ---- one participant's answer, by its unique key ----

    /** A reaction of (session, NIP). */
    static final String REACTION_OF = "SELECT 1 FROM ev_reaction_response WHERE session_id = ? AND nip = ?";
    /** A test sheet of (session, NIP, phase). */
    static final String TEST_OF = "SELECT 1 FROM ev_test_answers WHERE session_id = ? AND nip = ? AND phase = ?";
    /** A follow-up of (session, NIP, phase, rater). */
    static final String FOLLOW_UP_OF = "SELECT 1 FROM ev_followup WHERE session_id = ? AND nip = ? AND phase = ? "
            + "AND rater = ?";

    /**
     * Whether the answer {@code existsSql} names is stored: one index look-up, so that storing the answers of a
     * session one by one does not read the whole session's answers for each (quadratic in its seats).
     */
    boolean exists(Connection c, String existsSql, Object... key) throws SQLException {
        return !list(c, existsSql, rs -> 1, key).isEmpty();
    }

    // ---- JDBC ----

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... args) throws SQLException {
        return list(c, 0, sql, mapper, args);
    }

    private static <T> List<T> list(Connection c, int fetchSize, String sql, RowMapper<T> mapper, Object... args)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (fetchSize > 0) {
                ps.setFetchSize(fetchSize); // otherwise the driver's own (e.g. defaultRowFetchSize on the URL)
            }
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        }
    }

    /**
     * Rows per round trip of the large reads. PostgreSQL's driver otherwise receives a whole result before handing
     * out its first row: a city's 180,000 follow-ups were held twice, as the driver's raw rows and as read, and the
     * raw rows outlived young collections that then copied them (a sixth of the live objects JFR sampled during a
     * root evaluation). Fetched in parts, a part's raw rows die young. Applies within a transaction (auto-commit
     * off), as every read here runs.
     */
    static final int LARGE_FETCH = 10_000;

    /**
     * {@link #list} for results that may be large (a city's tens of thousands of rows): H2 streams them
     * ({@link LargeReads}) instead of keeping them on disk before the first row; PostgreSQL fetches them in parts of
     * {@link #LARGE_FETCH} rows.
     */
    static <T> List<T> largeList(Connection c, String sql, RowMapper<T> mapper, Object... args) throws SQLException {
        return LargeReads.lazily(c, () -> list(c, LARGE_FETCH, sql, mapper, args));
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    static long insert(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
            bind(ps, args);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                ps.setNull(i + 1, java.sql.Types.NULL);
            } else if (a instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else {
                ps.setObject(i + 1, a);
            }
        }
    }

    static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    /** CHAR columns come back padded on some databases. */
    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    static boolean uniqueViolation(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

}
