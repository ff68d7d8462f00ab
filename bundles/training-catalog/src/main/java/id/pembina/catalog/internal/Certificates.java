package id.pembina.catalog.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.pembina.catalog.api.AttendanceSummary;

/**
 * Certificate numbers ({@code cat_certificate}): a participant who completed a session (JP credited by
 * attendance, the catalog's completion rule, once the session has ended) gets {@code <prefix>/<year>/<session>/<seq>}
 * the first time the numbers are read; numbers are never changed or reused.
 */
final class Certificates {

    /** A number just issued (for the audit trail). */
    record Issued(long sessionId, String nip, String number) {
    }

    private final SessionStore sessions;

    Certificates(SessionStore sessions) {
        this.sessions = sessions;
    }

    /**
     * Issues the missing numbers of completed participants (per session under its lock, in NIP order) and
     * returns the numbers of those who are credited now.
     *
     * @param attendance per session, its attendance summaries (JP credited)
     */
    Map<Long, Map<String, String>> issue(Connection c, Map<Long, List<AttendanceSummary>> attendance, String prefix,
            LocalDateTime now, Instant issuedAt, List<Issued> issued) throws SQLException {
        Map<Long, Map<String, String>> out = new TreeMap<>();
        Map<Long, Map<String, String>> have = read(c, attendance.keySet());
        for (SessionStore.Row row : sessions.findAll(c, attendance.keySet())) {
            List<String> credited = attendance.getOrDefault(row.id(), List.of()).stream()
                    .filter(a -> a.jpCredited() > 0).map(AttendanceSummary::nip).sorted().toList();
            if (credited.isEmpty() || row.end().isAfter(now)) {
                continue;
            }
            Map<String, String> numbers = have.getOrDefault(row.id(), Map.of());
            if (!numbers.keySet().containsAll(credited)) {
                // Under the session's lock, read again: another reader may have issued them meanwhile.
                sessions.lock(c, row.id());
                numbers = new HashMap<>(read(c, List.of(row.id())).getOrDefault(row.id(), Map.of()));
                int seq = (int) Jdbc.number(c, "SELECT COALESCE(MAX(seq), 0) FROM cat_certificate WHERE session_id = ?",
                        row.id());
                for (String nip : credited) {
                    if (!numbers.containsKey(nip)) {
                        seq++;
                        String number = prefix + "/" + row.end().getYear() + "/" + row.id() + "/" + seq;
                        Jdbc.update(c, "INSERT INTO cat_certificate (session_id, nip, seq, number, issued_at) "
                                + "VALUES (?, ?, ?, ?, ?)", row.id(), nip, seq, number, issuedAt);
                        numbers.put(nip, number);
                        issued.add(new Issued(row.id(), nip, number));
                    }
                }
            }
            Map<String, String> shown = new TreeMap<>();
            for (String nip : credited) {
                shown.put(nip, numbers.get(nip));
            }
            out.put(row.id(), shown);
        }
        return out;
    }

    private static Map<Long, Map<String, String>> read(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, Map<String, String>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<Long> list = new ArrayList<>(ids);
        for (int from = 0; from < list.size(); from += 500) {
            List<Long> chunk = list.subList(from, Math.min(list.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            Jdbc.list(c, "SELECT session_id, nip, number FROM cat_certificate WHERE session_id IN (" + marks + ")",
                    rs -> out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2).trim(),
                            rs.getString(3)), chunk.toArray());
        }
        return out;
    }
}
