package id.pembina.evaluation.data.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.Program;
import id.pembina.catalog.api.ProgramDetail;
import id.pembina.catalog.api.SessionQuery;
import id.pembina.catalog.api.SessionsAttended;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.catalog.spi.IndexTrainingType;
import id.pembina.evaluation.api.TrainingType;
import id.pembina.participant.api.PositionType;
import id.pembina.platform.api.Page;

/**
 * The Pembina sessions participants attended, read through the catalog: every session that started up to a
 * date, and its attendance (JP as the catalog credits them). One pass serves many participants.
 */
final class TrainingHistory {

    /**
     * A session a participant was present at; {@code jp} as credited (0 below the attendance threshold),
     * {@code date} the day it ended, {@code start} the day it started.
     */
    record Attended(long sessionId, String programCode, String title, IndexTrainingType indexType, BigDecimal jp,
            LocalDate date, LocalDate start) {

        /** @return the kind the IP ASN competency dimension distinguishes */
        TrainingType type() {
            return TrainingHistory.type(indexType);
        }
    }

    private static final int PAGE = 500;

    private TrainingHistory() {
    }

    /**
     * @param sessions the sessions to look at: those the participants are enrolled in
     *                 ({@code CatalogService.sessionsOf}) up to a date, or more; only the participants' presence counts
     * @return attended sessions per NIP, oldest first
     */
    static Map<String, List<Attended>> load(CatalogService catalog, Collection<String> nips,
            List<TrainingSession> sessions) {
        return load(catalog, nips, sessions, null);
    }

    /** As {@link #load(CatalogService, Collection, List)}, with the JP credited read with the sessions. */
    static Map<String, List<Attended>> load(CatalogService catalog, Collection<String> nips,
            SessionsAttended sessions) {
        return load(catalog, nips, sessions.sessions(), sessions.jpCredited());
    }

    private static Map<String, List<Attended>> load(CatalogService catalog, Collection<String> nips,
            List<TrainingSession> sessions, Map<Long, Map<String, Integer>> jpCredited) {
        Map<String, List<Attended>> out = new HashMap<>();
        if (!nips.isEmpty()) {
            read(catalog, sessions, jpCredited,
                    nip -> nips.contains(nip) ? out.computeIfAbsent(nip, n -> new ArrayList<>()) : null);
        }
        return out;
    }

    /**
     * As {@link #load}, kept by each participant's place instead of by NIP: a unit's callers go through their
     * participants in order, so they find each one's sessions without looking a NIP up again (a city: 100,000).
     *
     * @param places   each participant's place (0 to {@code count} - 1), by NIP
     * @param sessions the sessions the participants are enrolled in up to a date, with the JP they credited
     * @return attended sessions per place, oldest first; null for a participant who attended none
     */
    static List<List<Attended>> byPlace(CatalogService catalog, Map<String, Integer> places, int count,
            SessionsAttended sessions) {
        List<List<Attended>> out = new ArrayList<>(java.util.Collections.nCopies(count, null));
        if (!places.isEmpty()) {
            read(catalog, sessions.sessions(), sessions.jpCredited(), nip -> {
                Integer at = places.get(nip);
                if (at == null) {
                    return null;
                }
                List<Attended> of = out.get(at);
                if (of == null) {
                    of = new ArrayList<>();
                    out.set(at, of);
                }
                return of;
            });
        }
        return out;
    }

    /**
     * Adds each session attended to the list {@code into} gives for the participant's NIP (null: not asked for),
     * the sessions in the order given.
     *
     * @param jpCredited the JP credited in the sessions as {@code CatalogService.jpCredited} gives it, or null to ask
     */
    private static void read(CatalogService catalog, List<TrainingSession> sessions,
            Map<Long, Map<String, Integer>> jpCredited, java.util.function.Function<String, List<Attended>> into) {
        // The JP credited to those present in all the sessions, in one call.
        Map<Long, Map<String, Integer>> credited = jpCredited != null ? jpCredited
                : catalog.jpCredited(sessions.stream().map(TrainingSession::id).toList());
        Map<String, Optional<Program>> programs = new HashMap<>();
        for (TrainingSession s : sessions) {
            Map<String, Integer> present = credited.getOrDefault(s.id(), Map.of());
            if (present.isEmpty()) {
                continue;
            }
            Optional<Program> program = programs.computeIfAbsent(s.programCode(),
                    code -> catalog.program(code).map(ProgramDetail::program));
            String title = program.map(Program::title).orElse(s.programCode());
            // A programme the catalog no longer knows counts as technical training, never as leadership.
            IndexTrainingType type = program.map(Program::indexTrainingType).orElse(IndexTrainingType.TEKNIS);
            LocalDate end = s.end().toLocalDate();
            LocalDate start = s.start().toLocalDate();
            // Those credited the same JP share one Attended (it names no participant): a session, one or a few (a
            // city's two years: 180,000 attended).
            Map<Integer, Attended> byJp = new HashMap<>();
            present.forEach((nip, jp) -> {
                List<Attended> of = into.apply(nip);
                if (of != null) {
                    of.add(byJp.computeIfAbsent(jp, k -> new Attended(s.id(), s.programCode(), title, type,
                            BigDecimal.valueOf(k), end, start)));
                }
            });
        }
    }

    /** Every session of a programme (or all) starting in the range, through the catalog's pages. */
    static List<TrainingSession> sessions(CatalogService catalog, String programCode, LocalDate from, LocalDate to) {
        List<TrainingSession> all = new ArrayList<>();
        for (int offset = 0;; offset += PAGE) {
            Page<TrainingSession> page = catalog.sessions(new SessionQuery(programCode, from, to, offset, PAGE));
            all.addAll(page.items());
            if (page.items().size() < PAGE || offset + PAGE >= page.total()) {
                return all;
            }
        }
    }

    /** The IP ASN kind of a programme's declared (or operator-set) training type. */
    static TrainingType type(IndexTrainingType t) {
        return switch (t) {
            case PKN_I, PKN_II, PKA, PKP -> TrainingType.LEADERSHIP;
            case FUNGSIONAL -> TrainingType.FUNCTIONAL;
            case TEKNIS -> TrainingType.TECHNICAL;
            case SEMINAR -> TrainingType.SEMINAR;
        };
    }

    /**
     * Whether a leadership training prepares for the participant's position (Peraturan BKN 8/2019 Pasal 8):
     * PKN I or II for JPT, PKA for administrators, PKP for pengawas. Other trainings always "match".
     */
    static boolean matchesPosition(IndexTrainingType t, PositionType position) {
        if (!t.leadership()) {
            return true;
        }
        if (position == null) {
            return false;
        }
        return switch (position) {
            case JPT -> t == IndexTrainingType.PKN_I || t == IndexTrainingType.PKN_II;
            case ADMINISTRATOR -> t == IndexTrainingType.PKA;
            case PENGAWAS -> t == IndexTrainingType.PKP;
            default -> false;
        };
    }
}
