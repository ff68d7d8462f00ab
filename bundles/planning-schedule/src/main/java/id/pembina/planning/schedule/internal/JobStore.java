package id.pembina.planning.schedule.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import id.pembina.persistence.api.Jdbc;
import id.pembina.planning.schedule.api.CandidateSession;
import id.pembina.planning.schedule.api.ConstraintOutcome;
import id.pembina.planning.schedule.api.DeliveryMode;
import id.pembina.planning.schedule.api.Figures;
import id.pembina.planning.schedule.api.JobState;
import id.pembina.planning.schedule.api.PersonNeed;
import id.pembina.planning.schedule.api.Proposal;
import id.pembina.planning.schedule.api.ProposedSession;
import id.pembina.planning.schedule.api.ScheduleJob;
import id.pembina.planning.schedule.api.ScoreStep;

import static id.pembina.persistence.api.Jdbc.instant;
import static id.pembina.persistence.api.Jdbc.list;
import static id.pembina.persistence.api.Jdbc.update;

/**
 * Scheduling jobs in the {@code ps_job*} tables: input, progress and proposals, so that they outlive the
 * bundle and can be read by every node sharing the database. Proposals are stored unworded (message code and
 * arguments); the scheduler words them on read.
 */
final class JobStore {

    /** A SOLVING job whose node has not been heard of for this long was interrupted (the node stopped). */
    static final Duration SILENCE = Duration.ofSeconds(60);
    private static final String ARG_SEPARATOR = "\u001F";

    private final DataSource dataSource;

    JobStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores a new job with its input and the baseline's proposal. */
    void create(String id, JobInput in, String startedBy, Instant started, String restartOf, Proposal greedy) {
        Sql.tx(dataSource, "schedule job", c -> {
            update(c, "INSERT INTO ps_job (id, plan_year, unit_code, started_by, state, started_at, seen_at, "
                    + "limit_seconds, budget, remote_units, restart_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, in.year(), in.unitCode(), startedBy, JobState.SOLVING.name(), started, started,
                    in.limitSeconds(), in.budget(), String.join(",", new TreeSet<>(in.remoteUnits())), restartOf);
            insertCandidates(c, id, in.sessions());
            insertPeople(c, id, in.people());
            insertProposal(c, id, greedy);
            return null;
        });
    }

    void solving(String id, Instant since) {
        Sql.tx(dataSource, "schedule job", c -> update(c, "UPDATE ps_job SET solving_since = ?, seen_at = ? WHERE id = ?",
                since, since, id));
    }

    /** Records a better score (its sequence number is the count of earlier steps). */
    void step(String id, int seq, ScoreStep s) {
        Sql.tx(dataSource, "schedule progress", c -> {
            update(c, "INSERT INTO ps_job_step (job_id, seq, millis, hard_violations, score) VALUES (?, ?, ?, ?, ?)",
                    id, seq, s.millis(), s.hardViolations(), s.score());
            return update(c, "UPDATE ps_job SET seen_at = ? WHERE id = ?", Instant.now(), id);
        });
    }

    /** Replaces the job's proposal of the same source (a checkpoint of the best so far, or the final one). */
    void proposal(String id, Proposal p) {
        Sql.tx(dataSource, "schedule proposal", c -> {
            deleteProposal(c, id, p.source());
            insertProposal(c, id, p);
            return update(c, "UPDATE ps_job SET seen_at = ? WHERE id = ?", Instant.now(), id);
        });
    }

    void finish(String id, JobState state, Instant finished, String error) {
        Sql.tx(dataSource, "schedule job", c -> update(c, "UPDATE ps_job SET state = ?, finished_at = ?, seen_at = ?, "
                + "error = ? WHERE id = ?", state.name(), finished, finished, error, id));
    }

    /** The node solving these jobs is alive. */
    void seen(List<String> ids, Instant now) {
        if (!ids.isEmpty()) {
            Sql.tx(dataSource, "schedule job", c -> {
                for (String id : ids) {
                    update(c, "UPDATE ps_job SET seen_at = ? WHERE id = ? AND state = ?", now, id, JobState.SOLVING.name());
                }
                return null;
            });
        }
    }

    /** Marks SOLVING jobs not heard of since {@code before} as interrupted; their last proposal stays. */
    int interruptSilent(Instant before) {
        return Sql.tx(dataSource, "schedule job", c -> update(c, "UPDATE ps_job SET state = ?, finished_at = seen_at "
                + "WHERE state = ? AND seen_at < ?", JobState.INTERRUPTED.name(), JobState.SOLVING.name(), before));
    }

    /** @return the job's unit code, if the job exists (for the access check before reading it all) */
    Optional<String> unitOf(String id) {
        return Sql.tx(dataSource, "schedule job", c -> list(c, "SELECT unit_code FROM ps_job WHERE id = ?",
                rs -> rs.getString(1), id)).stream().findFirst();
    }

    /** @return the ids and unit codes of every job, newest first */
    Map<String, String> units() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        Sql.tx(dataSource, "schedule jobs", c -> list(c, "SELECT id, unit_code FROM ps_job ORDER BY started_at DESC, id",
                rs -> out.put(rs.getString(1), rs.getString(2))));
        return out;
    }

    /** @return the job as stored (proposals unworded), percent computed from its time limit */
    Optional<ScheduleJob> job(String id) {
        return Sql.tx(dataSource, "schedule job", c -> {
            List<ScheduleJob> rows = list(c, "SELECT id, plan_year, unit_code, started_by, state, started_at, "
                    + "solving_since, finished_at, limit_seconds, error FROM ps_job WHERE id = ?", rs -> {
                        JobState state = JobState.valueOf(rs.getString(5));
                        int percent = JobRun.percent(state, instant(rs, 7), Duration.ofSeconds(rs.getInt(9)));
                        return new ScheduleJob(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), state,
                                percent, steps(c, id), instant(rs, 6), instant(rs, 8),
                                readProposal(c, id, Proposal.SOLVER), readProposal(c, id, Proposal.GREEDY),
                                rs.getString(10));
                    }, id);
            return rows.stream().findFirst();
        });
    }

    /** @return what the job was started with */
    Optional<JobInput> input(String id) {
        return Sql.tx(dataSource, "schedule job", c -> list(c, "SELECT plan_year, unit_code, budget, limit_seconds, "
                + "remote_units FROM ps_job WHERE id = ?", rs -> new JobInput(rs.getInt(1), rs.getString(2),
                        candidates(c, id), people(c, id), rs.getBigDecimal(3), rs.getInt(4),
                        Arrays.stream(rs.getString(5).split(",")).filter(s -> !s.isEmpty())
                                .collect(Collectors.toSet())), id)
                .stream().findFirst());
    }

    private static void insertCandidates(Connection c, String id, List<CandidateSession> sessions) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ps_job_candidate (job_id, position, candidate_id, "
                + "program_code, possible_starts, length_days, jp, capacity, cost, mode, location_unit) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (CandidateSession s : sessions) {
                Jdbc.bind(ps, id, i++, s.id(), s.programCode(),
                        s.possibleStarts().stream().map(LocalDate::toString).collect(Collectors.joining(";")),
                        s.lengthDays(), s.jp(), s.capacity(), s.cost(), s.mode().name(), s.locationUnit());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static List<CandidateSession> candidates(Connection c, String id) throws SQLException {
        return list(c, "SELECT candidate_id, program_code, possible_starts, length_days, jp, capacity, cost, mode, "
                + "location_unit FROM ps_job_candidate WHERE job_id = ? ORDER BY position",
                rs -> new CandidateSession(rs.getString(1), rs.getString(2),
                        Arrays.stream(rs.getString(3).split(";")).filter(s -> !s.isEmpty()).map(LocalDate::parse)
                                .toList(), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getBigDecimal(7),
                        DeliveryMode.valueOf(rs.getString(8)), rs.getString(9)), id);
    }

    private static void insertPeople(Connection c, String id, List<PersonNeed> people) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ps_job_person (job_id, position, nip, unit_code, "
                + "supervisor_nip, leader, jp_shortfall, need_size) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (PersonNeed p : people) {
                Jdbc.bind(ps, id, i++, p.nip(), p.unitCode(), p.supervisorNip(), p.leader(), p.jpShortfall(),
                        p.needSize());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static List<PersonNeed> people(Connection c, String id) throws SQLException {
        return list(c, "SELECT nip, unit_code, supervisor_nip, leader, jp_shortfall, need_size FROM ps_job_person "
                + "WHERE job_id = ? ORDER BY position", rs -> new PersonNeed(rs.getString(1).trim(), rs.getString(2),
                        rs.getString(3) == null ? null : rs.getString(3).trim(), rs.getBoolean(4), rs.getInt(5),
                        rs.getInt(6)), id);
    }

    private static List<ScoreStep> steps(Connection c, String id) throws SQLException {
        return list(c, "SELECT millis, hard_violations, score FROM ps_job_step WHERE job_id = ? ORDER BY seq",
                rs -> new ScoreStep(rs.getLong(1), rs.getLong(2), rs.getString(3)), id);
    }

    private static void deleteProposal(Connection c, String id, String source) throws SQLException {
        for (String table : new String[] {"ps_job_outcome", "ps_job_attendee", "ps_job_session", "ps_job_proposal"}) {
            update(c, "DELETE FROM " + table + " WHERE job_id = ? AND source = ?", id, source);
        }
    }

    private static void insertProposal(Connection c, String id, Proposal p) throws SQLException {
        Figures f = p.figures();
        update(c, "INSERT INTO ps_job_proposal (job_id, source, people, reaching_20_jp, jp_needed, jp_delivered, cost, "
                + "budget, hard_violations, staffing_short_days, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, p.source(), f.people(), f.reaching20Jp(), f.jpNeeded(), f.jpDelivered(), f.cost(), f.budget(),
                f.hardViolations(), f.staffingShortUnitDays(), f.score());
        try (PreparedStatement ss = c.prepareStatement("INSERT INTO ps_job_session (job_id, source, position, "
                + "session_id, program_code, start_day, end_day, mode, capacity, cost, jp) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement as = c.prepareStatement("INSERT INTO ps_job_attendee (job_id, source, position, seq, "
                        + "nip) VALUES (?, ?, ?, ?, ?)")) {
            int i = 0;
            for (ProposedSession s : p.sessions()) {
                Jdbc.bind(ss, id, p.source(), i, s.sessionId(), s.programCode(), s.start(), s.end(), s.mode().name(),
                        s.capacity(), s.cost(), s.jp());
                ss.addBatch();
                int seq = 0;
                for (String nip : s.nips()) {
                    Jdbc.bind(as, id, p.source(), i, seq++, nip);
                    as.addBatch();
                }
                i++;
            }
            ss.executeBatch();
            as.executeBatch();
        }
        try (PreparedStatement os = c.prepareStatement("INSERT INTO ps_job_outcome (job_id, source, seq, constraint_id, "
                + "hard, held, matches, score, code, args) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (ConstraintOutcome o : p.explanation()) {
                Jdbc.bind(os, id, p.source(), seq++, o.constraint(), o.hard(), o.held(), o.matches(), o.score(), o.code(),
                        String.join(ARG_SEPARATOR, o.args()));
                os.addBatch();
            }
            os.executeBatch();
        }
    }

    private static Proposal readProposal(Connection c, String id, String source) throws SQLException {
        List<Figures> figures = list(c, "SELECT people, reaching_20_jp, jp_needed, jp_delivered, cost, budget, "
                + "hard_violations, staffing_short_days, score FROM ps_job_proposal WHERE job_id = ? AND source = ?",
                rs -> new Figures(rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getBigDecimal(5),
                        rs.getBigDecimal(6), rs.getLong(7), rs.getLong(8), rs.getString(9)), id, source);
        if (figures.isEmpty()) {
            return null;
        }
        Map<Integer, List<String>> nips = new HashMap<>();
        list(c, "SELECT position, nip FROM ps_job_attendee WHERE job_id = ? AND source = ? ORDER BY position, seq",
                rs -> nips.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getString(2).trim()), id, source);
        List<ProposedSession> sessions = list(c, "SELECT position, session_id, program_code, start_day, end_day, mode, "
                + "capacity, cost, jp FROM ps_job_session WHERE job_id = ? AND source = ? ORDER BY position",
                rs -> new ProposedSession(rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                        rs.getDate(5).toLocalDate(), DeliveryMode.valueOf(rs.getString(6)), rs.getInt(7),
                        rs.getBigDecimal(8), rs.getInt(9), nips.getOrDefault(rs.getInt(1), List.of())), id, source);
        List<ConstraintOutcome> outcomes = list(c, "SELECT constraint_id, hard, held, matches, score, code, args "
                + "FROM ps_job_outcome WHERE job_id = ? AND source = ? ORDER BY seq",
                rs -> new ConstraintOutcome(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), args(rs.getString(7)), null, null), id, source);
        return new Proposal(source, sessions, figures.get(0), outcomes);
    }

    private static List<String> args(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(ARG_SEPARATOR, -1));
    }
}
