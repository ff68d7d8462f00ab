package id.pembina.planning.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.function.ToIntFunction;

import id.pembina.persistence.api.Jdbc;
import id.pembina.planning.api.LineOutcome;
import id.pembina.planning.api.PlanDraft;
import id.pembina.planning.api.PlanLine;
import id.pembina.planning.api.PlanSnapshot;
import id.pembina.planning.api.PlanSummary;
import id.pembina.planning.api.PlanVersion;
import id.pembina.planning.api.PlannedSession;
import id.pembina.platform.api.NotFoundException;

/** Plans, their versions and lines ({@code pl_plan}, {@code pl_version}, {@code pl_line}, {@code pl_line_participant}). */
final class PlanStore {

    private final Db db;

    PlanStore(Db db) {
        this.db = db;
    }

    /** Saves a checked draft as a new plan or the next version of the plan of that year and name. */
    PlanVersion save(PlanDraft d, String by, Instant now) {
        return db.tx(c -> {
            long planId = planId(c, d);
            List<Integer> last = Jdbc.list(c, "SELECT MAX(version_no) FROM pl_version WHERE plan_id = ?",
                    rs -> rs.getInt(1), planId);
            int version = last.isEmpty() ? 1 : last.get(0) + 1;
            Jdbc.update(c, "UPDATE pl_plan SET unit_code = ? WHERE plan_id = ?", d.unitCode(), planId);
            Jdbc.update(c, "INSERT INTO pl_version (plan_id, version_no, unit_code, origin, saved_at, saved_by)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", planId, version, d.unitCode(),
                    d.source() == null || d.source().isBlank() ? "manual" : d.source().strip(), now, by);
            int line = 0;
            for (PlannedSession s : d.sessions()) {
                line++;
                Jdbc.update(c, "INSERT INTO pl_line (plan_id, version_no, line_no, program_code, start_date, end_date,"
                        + " delivery_mode, capacity, planned_cost) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", planId, version,
                        line, s.programCode(), s.start(), s.end(),
                        s.deliveryMode() == null ? null : Checks.mode(s.deliveryMode()).name(), s.capacity(),
                        s.plannedCost());
                for (String nip : s.participantNips()) {
                    Jdbc.update(c, "INSERT INTO pl_line_participant (plan_id, version_no, line_no, nip) VALUES (?, ?, ?, ?)",
                            planId, version, line, nip.replace(" ", ""));
                }
            }
            return new PlanVersion(planId, version);
        });
    }

    private static long planId(Connection c, PlanDraft d) throws SQLException {
        // Locks the plan's row, so that two drafts of one plan get different version numbers.
        List<Long> found = Jdbc.list(c, "SELECT plan_id FROM pl_plan WHERE plan_year = ? AND plan_name = ? FOR UPDATE",
                rs -> rs.getLong(1), d.year(), d.name().strip());
        if (!found.isEmpty()) {
            return found.get(0);
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO pl_plan (plan_year, unit_code, plan_name)"
                + " VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            Jdbc.bind(st, d.year(), d.unitCode(), d.name().strip());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** @param units null for all plans, else the units whose plans may be read */
    List<PlanSummary> plans(int year, List<String> units) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        args.add(year);
        String filter = units == null ? "" : " AND p.unit_code IN (" + Jdbc.marks(units.size()) + ")";
        if (units != null) {
            args.addAll(units);
        }
        return db.tx(c -> Jdbc.list(c, "SELECT p.plan_id, p.plan_year, p.unit_code, p.plan_name,"
                + " (SELECT MAX(v.version_no) FROM pl_version v WHERE v.plan_id = p.plan_id),"
                + " (SELECT MAX(l.version_no) FROM pl_line l WHERE l.plan_id = p.plan_id AND l.accepted_session IS NOT NULL)"
                + " FROM pl_plan p WHERE p.plan_year = ?" + filter + " ORDER BY p.plan_name", rs -> {
                    int accepted = rs.getInt(6);
                    Integer acceptedVersion = rs.wasNull() ? null : accepted;
                    return new PlanSummary(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                            acceptedVersion);
                }, args.toArray()));
    }

    /** @return the plan's unit (null: the agency's) */
    String unitOf(long planId) {
        List<String[]> found = db.tx(c -> Jdbc.list(c, "SELECT unit_code FROM pl_plan WHERE plan_id = ?",
                rs -> new String[] {rs.getString(1)}, planId));
        if (found.isEmpty()) {
            throw new NotFoundException("plan " + planId);
        }
        return found.get(0)[0];
    }

    /**
     * @param programJp the JP of a programme, for the planned JP
     * @param version   a version, 0 for the latest
     */
    PlanSnapshot snapshot(long planId, int version, ToIntFunction<String> programJp) {
        return db.tx(c -> {
            int v = version;
            if (v == 0) {
                List<Integer> last = Jdbc.list(c, "SELECT MAX(version_no) FROM pl_version WHERE plan_id = ?",
                        rs -> rs.getInt(1), planId);
                v = last.isEmpty() ? 0 : last.get(0);
            }
            final int ver = v;
            List<Object[]> head = Jdbc.list(c, "SELECT p.plan_year, v.unit_code, p.plan_name, v.origin, v.saved_at, v.saved_by"
                    + " FROM pl_plan p JOIN pl_version v ON v.plan_id = p.plan_id WHERE p.plan_id = ? AND v.version_no = ?",
                    rs -> new Object[] {rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6)}, planId, ver);
            if (head.isEmpty()) {
                throw new NotFoundException("plan " + planId + " version " + version);
            }
            Map<Integer, List<String>> nips = new LinkedHashMap<>();
            Jdbc.list(c, "SELECT line_no, nip FROM pl_line_participant WHERE plan_id = ? AND version_no = ?"
                    + " ORDER BY line_no, nip", rs -> nips.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                            .add(rs.getString(2).strip()), planId, ver);
            List<PlanLine> lines = Jdbc.list(c, "SELECT line_no, program_code, start_date, end_date, delivery_mode,"
                    + " capacity, planned_cost, accepted_session FROM pl_line WHERE plan_id = ? AND version_no = ?"
                    + " ORDER BY line_no", rs -> {
                        long accepted = rs.getLong(8);
                        Long session = rs.wasNull() ? null : accepted;
                        return new PlanLine(rs.getInt(1), new PlannedSession(rs.getString(2),
                                rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(), rs.getString(5),
                                rs.getInt(6), rs.getBigDecimal(7), nips.getOrDefault(rs.getInt(1), List.of())), session);
                    }, planId, ver);
            BigDecimal cost = BigDecimal.ZERO;
            int seats = 0;
            int jp = 0;
            for (PlanLine l : lines) {
                cost = cost.add(l.session().plannedCost());
                seats += l.session().participantNips().size();
                jp += programJp.applyAsInt(l.session().programCode()) * l.session().participantNips().size();
            }
            Object[] h = head.get(0);
            return new PlanSnapshot(planId, ver, (Integer) h[0], (String) h[1], (String) h[2], (String) h[3],
                    (Instant) h[4], (String) h[5], lines, cost, seats, jp);
        });
    }

    /** Marks a line accepted, unless it was already (then false). */
    /**
     * Accepts one line once: {@code accept} runs while this transaction holds the line's row lock, and its session is
     * written to the line in the same transaction. A second accept of the line (another request, another node) waits
     * for the lock and then finds the session: two accepts at once create one session, not two.
     *
     * @return the outcome of {@code accept}, or the line's session when it was accepted already
     */
    LineOutcome acceptOnce(long planId, int version, int line, Supplier<LineOutcome> accept) {
        return db.tx(c -> {
            List<Long> accepted = Jdbc.list(c, "SELECT accepted_session FROM pl_line WHERE plan_id = ? AND version_no = ?"
                    + " AND line_no = ? FOR UPDATE", rs -> {
                        long id = rs.getLong(1);
                        return rs.wasNull() ? null : id;
                    }, planId, version, line);
            if (accepted.isEmpty()) {
                throw new NotFoundException("plan " + planId + " version " + version + " line " + line);
            }
            if (accepted.get(0) != null) {
                return new LineOutcome(line, accepted.get(0), 0, List.of());
            }
            LineOutcome o = accept.get();
            if (o.accepted()) {
                Jdbc.update(c, "UPDATE pl_line SET accepted_session = ? WHERE plan_id = ? AND version_no = ?"
                        + " AND line_no = ?", o.sessionId(), planId, version, line);
            }
            return o;
        });
    }
}
