package id.pembina.evaluation.data.internal;

import static id.pembina.persistence.api.KeyLists.chunks;
import static id.pembina.persistence.api.KeyLists.literals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.pembina.catalog.api.AttendanceSummary;
import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.evaluation.api.BehaviourRating;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.TrainingResult;
import id.pembina.evaluation.data.api.TrainingResults;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.StorageException;
import id.pembina.platform.api.ValidationException;
import id.pembina.security.api.Caller;

/**
 * Past training results of many participants: the catalog's sessions and attendance of all of them in two calls,
 * then the test scores and the supervisors' after-ratings of those sessions in one query each per
 * {@link id.pembina.persistence.api.KeyLists#CHUNK} sessions. Level 2 and 3 per participant as
 * {@link TrainingResult} defines them.
 */
@Component(immediate = true, service = TrainingResults.class, property = "dataSource.target=(dataSourceName=pembina)")
public final class TrainingResultsImpl implements TrainingResults {

    private static final Pattern STORED_NIP = Pattern.compile("[0-9]{18}");
    private static final int MAX_YEARS = 20;

    private final DataSource dataSource;
    private final ParticipantRegistry registry;
    private final CatalogService catalog;

    /** The evaluation data service is asked for so that its tables exist before this component runs. */
    @Activate
    public TrainingResultsImpl(@Reference(name = "dataSource") DataSource dataSource,
            @Reference(name = "evaluation") EvaluationDataService migrated,
            @Reference(name = "registry") ParticipantRegistry registry,
            @Reference(name = "catalog") CatalogService catalog) {
        this(dataSource, registry, catalog);
    }

    /** For tests and embedding: the tables must exist (an {@code EvaluationDataServiceImpl} on the data source). */
    public TrainingResultsImpl(DataSource dataSource, ParticipantRegistry registry, CatalogService catalog) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.catalog = catalog;
    }

    @Override
    public List<TrainingResult> trainingResults(Collection<String> nips, int fromYear, int toYear) {
        Caller c = Access.caller();
        if (fromYear < 2000 || toYear > 2100 || fromYear > toYear || toYear - fromYear >= MAX_YEARS) {
            throw new ValidationException(List.of(FieldError.of("fromYear", "evaluation.trendRange", fromYear, toYear,
                    MAX_YEARS)));
        }
        Set<String> wanted = nips == null ? Set.of() : nips.stream().filter(n -> n != null)
                .map(n -> n.replace(" ", "")).filter(n -> STORED_NIP.matcher(n).matches()).collect(Collectors.toSet());
        if (!c.isStaff()) {
            // The registry answers a pimpinan with their subtree and a peserta with themself.
            wanted = Set.copyOf(registry.findAll(wanted).keySet());
        }
        if (wanted.isEmpty()) {
            return List.of();
        }
        Set<String> who = wanted;
        List<TrainingResult> results = Access.onBehalf(c, () -> read(who, fromYear, toYear));
        String own = c.isStaff() || c.nip() == null ? null : c.nip().replace(" ", "");
        return own == null ? results : results.stream().map(r -> own.equals(r.nip()) ? withoutRatings(r) : r).toList();
    }

    /**
     * A result without the supervisor's ratings: nobody but staff reads the ratings given about themself (as
     * {@code followUps} shows a participant only the ratings they gave).
     */
    private static TrainingResult withoutRatings(TrainingResult r) {
        return new TrainingResult(r.nip(), r.sessionId(), r.programCode(), r.year(), r.lastDay(), r.jp(),
                r.prePercent(), r.postPercent(), r.gain(), r.learningGoalReached(), null, null);
    }

    private List<TrainingResult> read(Set<String> nips, int fromYear, int toYear) {
        LocalDate first = LocalDate.of(fromYear, 1, 1);
        LocalDate last = LocalDate.of(toYear, 12, 31);
        // Sessions taking place in the years; only those that ended inside them count.
        List<TrainingSession> sessions = catalog.sessionsOf(nips, first, last).stream()
                .filter(s -> !s.end().toLocalDate().isBefore(first) && !s.end().toLocalDate().isAfter(last)).toList();
        if (sessions.isEmpty()) {
            return List.of();
        }
        Map<Long, TrainingSession> byId = new HashMap<>();
        sessions.forEach(s -> byId.put(s.id(), s));
        Map<Long, List<AttendanceSummary>> attendance = catalog.attendance(byId.keySet());
        Map<String, double[]> tests = new HashMap<>();
        Map<String, int[]> ratings = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (List<Long> chunk : chunks(byId.keySet())) {
                readTests(c, chunk, nips, tests);
                readRatings(c, chunk, nips, ratings);
            }
        } catch (SQLException e) {
            throw new StorageException("Database error: " + e.getMessage(), e);
        }
        List<TrainingResult> out = new ArrayList<>();
        attendance.forEach((id, rows) -> {
            TrainingSession s = byId.get(id);
            for (AttendanceSummary a : rows) {
                if (a.jpCredited() > 0 && nips.contains(a.nip())) {
                    out.add(result(s, a, tests.get(key(id, a.nip())), ratings.get(key(id, a.nip()))));
                }
            }
        });
        out.sort(Comparator.comparing(TrainingResult::nip).thenComparing(TrainingResult::lastDay)
                .thenComparingLong(TrainingResult::sessionId));
        return out;
    }

    /** Percent scores: [pre%, post%], NaN for a phase not taken. */
    private static void readTests(Connection c, List<Long> sessions, Set<String> nips, Map<String, double[]> out)
            throws SQLException {
        for (Object[] r : rows(c, "SELECT session_id, nip, phase, score, max_points FROM ev_test_answers "
                + "WHERE session_id IN (" + literals(sessions) + ")", rs -> new Object[] {rs.getLong(1),
                    rs.getString(2).strip(), rs.getString(3), rs.getInt(4), rs.getInt(5)})) {
            if (!nips.contains((String) r[1])) {
                continue;
            }
            double[] p = out.computeIfAbsent(key((Long) r[0], (String) r[1]), k -> new double[] {Double.NaN,
                Double.NaN});
            p["PRE".equals(r[2]) ? 0 : 1] = 100.0 * (Integer) r[3] / (Integer) r[4];
        }
    }

    /** The direct supervisor's after-ratings: [sum, count]. */
    private static void readRatings(Connection c, List<Long> sessions, Set<String> nips, Map<String, int[]> out)
            throws SQLException {
        for (Object[] r : rows(c, "SELECT f.session_id, f.nip, SUM(r.rating), COUNT(r.rating) FROM ev_followup f "
                + "JOIN ev_followup_rating r ON r.followup_id = f.id WHERE f.session_id IN (" + literals(sessions)
                + ") AND f.phase = 'AFTER' AND f.rater = 'SUPERVISOR' GROUP BY f.session_id, f.nip",
                rs -> new Object[] {rs.getLong(1), rs.getString(2).strip(), rs.getInt(3), rs.getInt(4)})) {
            if (nips.contains((String) r[1])) {
                out.put(key((Long) r[0], (String) r[1]), new int[] {(Integer) r[2], (Integer) r[3]});
            }
        }
    }

    private static TrainingResult result(TrainingSession s, AttendanceSummary a, double[] test, int[] rating) {
        Double pre = null;
        Double post = null;
        Double gain = null;
        Boolean goal = null;
        if (test != null && !Double.isNaN(test[0]) && !Double.isNaN(test[1])) {
            pre = test[0];
            post = test[1];
            if (pre < 100.0) {
                gain = (post - pre) / (100.0 - pre);
                goal = gain >= TrainingResult.GOAL_GAIN;
            } else {
                goal = post >= 100.0;
            }
        }
        Double mean = rating == null || rating[1] == 0 ? null : (double) rating[0] / rating[1];
        Boolean applying = mean == null ? null : mean >= BehaviourRating.APPLYING_MINIMUM;
        LocalDate end = s.end().toLocalDate();
        return new TrainingResult(a.nip(), s.id(), s.programCode(), end.getYear(), end, a.jpCredited(), pre, post,
                gain, goal, mean, applying);
    }

    @FunctionalInterface
    private interface Row {
        Object[] read(ResultSet rs) throws SQLException;
    }

    /** Plain JDBC on purpose: this read shares no code with the evaluation's stores, which change for speed. */
    private static List<Object[]> rows(Connection c, String sql, Row row) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(row.read(rs));
            }
        }
        return out;
    }

    private static String key(long sessionId, String nip) {
        return sessionId + ":" + nip;
    }
}
