package id.pembina.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.persistence.api.KeyLists;
import id.pembina.persistence.api.LargeReads;

/**
 * The enrollments of sessions as NIP and status only (a session's roll), read once for what a unit's year needs of
 * them: which sessions its participants are enrolled in, the seat holders, the seats taken and waited for, and whose
 * presence counts. The caller owns the connection and transaction.
 */
final class Rolls {

    /** Above this many NIPs, {@link #ofParticipants} reads every enrollment once instead of looking NIPs up. */
    static final int SCAN_ABOVE = SessionStore.SCAN_ABOVE;

    private Rolls() {
    }

    /** One session's enrollments: status by NIP. */
    static final class Roll {
        private final Map<String, EnrollmentStatus> statuses = new HashMap<>();

        void put(String nip, EnrollmentStatus status) {
            statuses.put(nip, status);
        }

        /** @return the NIPs holding a seat (REGISTERED or ATTENDED), in NIP order */
        List<String> seatHolders() {
            List<String> out = new ArrayList<>();
            statuses.forEach((nip, status) -> {
                if (status.takesSeat()) {
                    out.add(nip);
                }
            });
            out.sort(null);
            return out;
        }

        /** @return the seats taken (REGISTERED or ATTENDED) and the waiting list's length */
        int[] seats() {
            int[] out = new int[2];
            for (EnrollmentStatus status : statuses.values()) {
                if (status.takesSeat()) {
                    out[0]++;
                } else if (status == EnrollmentStatus.WAITLISTED) {
                    out[1]++;
                }
            }
            return out;
        }

        /** @return whether the NIP's attendance is summarised (enrollment REGISTERED, ATTENDED or NO_SHOW) */
        boolean summarised(String nip) {
            EnrollmentStatus status = statuses.get(nip);
            return status != null && (status.takesSeat() || status == EnrollmentStatus.NO_SHOW);
        }
    }

    /**
     * The ids of the sessions in which any of {@code nips} (stored NIPs) has an enrollment, by the NIP index (one
     * table: the caller checks the period, so no plan can start from the sessions).
     */
    static Set<Long> sessionsOf(Connection c, Collection<String> nips) throws SQLException {
        Set<Long> ids = new HashSet<>();
        for (List<String> chunk : KeyLists.chunks(nips)) {
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT session_id FROM cat_enrollment WHERE nip IN ("
                    + KeyLists.literals(chunk) + ")"); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * The rolls of every session in which any of {@code nips} (stored NIPs) has an enrollment of any status, by one
     * pass over every enrollment: for many NIPs (more than {@link #SCAN_ABOVE}, a city's root), where looking them up
     * would take hundreds of IN lists. Every enrollment is held until the pass ends (a city's two years: 200,000, some
     * 20 MB), then those of sessions without any of the NIPs are let go.
     */
    static Map<Long, Roll> ofParticipants(Connection c, Collection<String> nips) throws SQLException {
        Set<String> wanted = new HashSet<>(nips);
        Map<Long, Roll> all = new HashMap<>();
        Set<Long> found = new HashSet<>();
        LargeReads.lazily(c, () -> {
            try (PreparedStatement s = c.prepareStatement("SELECT session_id, nip, status FROM cat_enrollment");
                    ResultSet rs = s.executeQuery()) {
                Long at = null;
                Roll roll = null;
                while (rs.next()) {
                    Long id = rs.getLong(1);
                    if (roll == null || !id.equals(at)) {
                        at = id;
                        roll = all.computeIfAbsent(id, k -> new Roll());
                    }
                    String nip = rs.getString(2).trim();
                    roll.put(nip, EnrollmentStatus.valueOf(rs.getString(3).trim()));
                    // A session already found needs no look-up of its other enrollments (about 50 each).
                    if (!found.contains(id) && wanted.contains(nip)) {
                        found.add(id);
                    }
                }
            }
            return null;
        });
        all.keySet().retainAll(found);
        return all;
    }

    /** The rolls of these sessions; sessions without enrollments are absent. */
    static Map<Long, Roll> ofSessions(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, Roll> out = new HashMap<>();
        for (List<Long> chunk : KeyLists.chunks(ids)) {
            try (PreparedStatement s = c.prepareStatement("SELECT session_id, nip, status FROM cat_enrollment WHERE "
                    + "session_id IN (" + KeyLists.literals(chunk) + ")"); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new Roll())
                            .put(rs.getString(2).trim(), EnrollmentStatus.valueOf(rs.getString(3).trim()));
                }
            }
        }
        return out;
    }
}
