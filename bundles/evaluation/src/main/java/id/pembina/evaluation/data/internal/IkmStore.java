package id.pembina.evaluation.data.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.pembina.evaluation.api.IkmResponse;
import id.pembina.persistence.api.KeyLists;

/** SQL of the IKM survey answers ({@code ev_ikm_answer}); the caller owns the connection. */
final class IkmStore {

    private static final String COLUMNS = "u1, u2, u3, u4, u5, u6, u7, u8, u9";

    void insert(Connection c, String unit, String period, String respondent, List<Integer> ratings, Instant now)
            throws SQLException {
        Object[] args = new Object[13];
        args[0] = unit;
        args[1] = period;
        args[2] = respondent;
        for (int i = 0; i < IkmResponse.ELEMENTS; i++) {
            args[3 + i] = ratings.get(i);
        }
        args[12] = Store.ts(now);
        Store.update(c, "INSERT INTO ev_ikm_answer (unit_code, period, respondent_id, " + COLUMNS
                + ", recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", args);
    }

    /** The unit's answers of a period, by respondent id. */
    Map<String, List<Integer>> answers(Connection c, String unit, String period) throws SQLException {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (IkmResponse r : Store.list(c, "SELECT respondent_id, " + COLUMNS + " FROM ev_ikm_answer WHERE unit_code = ? "
                + "AND period = ? ORDER BY respondent_id", IkmStore::response, unit, period)) {
            out.put(r.respondentId(), r.ratings());
        }
        return out;
    }

    /** Answers of many units: unit &rarr; period (in order) &rarr; responses. */
    Map<String, Map<String, List<IkmResponse>>> byUnit(Connection c, Collection<String> units) throws SQLException {
        Map<String, Map<String, List<IkmResponse>>> out = new TreeMap<>();
        for (List<String> chunk : KeyLists.chunks(units)) {
            for (Object[] r : Store.list(c, "SELECT unit_code, period, respondent_id, " + COLUMNS + " FROM ev_ikm_answer "
                    + "WHERE unit_code IN (" + KeyLists.literals(chunk) + ") ORDER BY unit_code, period, respondent_id",
                    rs -> new Object[] {rs.getString(1), rs.getString(2).trim(), response(rs, 3)})) {
                out.computeIfAbsent((String) r[0], k -> new TreeMap<>())
                        .computeIfAbsent((String) r[1], k -> new ArrayList<>()).add((IkmResponse) r[2]);
            }
        }
        return out;
    }

    private static IkmResponse response(java.sql.ResultSet rs) throws SQLException {
        return response(rs, 1);
    }

    private static IkmResponse response(java.sql.ResultSet rs, int first) throws SQLException {
        List<Integer> ratings = new ArrayList<>();
        for (int i = 1; i <= IkmResponse.ELEMENTS; i++) {
            ratings.add(rs.getInt(first + i));
        }
        return new IkmResponse(rs.getString(first).trim(), ratings);
    }
}
