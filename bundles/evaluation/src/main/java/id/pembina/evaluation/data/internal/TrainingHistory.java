package id.pembina.evaluation.data.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.pembina.catalog.api.AttendanceSummary;
import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.Program;
import id.pembina.catalog.api.ProgramDetail;
import id.pembina.catalog.api.SessionQuery;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.catalog.spi.CompetencyType;
import id.pembina.evaluation.api.TrainingType;
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
    record Attended(String nip, long sessionId, String programCode, String title, TrainingType type,
            BigDecimal jp, LocalDate date, LocalDate start) {
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
        Map<String, List<Attended>> out = new HashMap<>();
        if (nips.isEmpty()) {
            return out;
        }
        // The attendance of all the sessions in one call.
        Map<Long, List<AttendanceSummary>> attendance = catalog.attendance(
                sessions.stream().map(TrainingSession::id).toList());
        Map<String, Optional<Program>> programs = new HashMap<>();
        for (TrainingSession s : sessions) {
            List<AttendanceSummary> present = attendance.getOrDefault(s.id(), List.of()).stream()
                    .filter(a -> nips.contains(a.nip()) && a.meetingsPresent() > 0).toList();
            if (present.isEmpty()) {
                continue;
            }
            Optional<Program> program = programs.computeIfAbsent(s.programCode(),
                    code -> catalog.program(code).map(ProgramDetail::program));
            String title = program.map(Program::title).orElse(s.programCode());
            TrainingType type = program.map(TrainingHistory::type).orElse(TrainingType.TECHNICAL);
            for (AttendanceSummary a : present) {
                out.computeIfAbsent(a.nip(), n -> new ArrayList<>()).add(new Attended(a.nip(), s.id(),
                        s.programCode(), title, type, BigDecimal.valueOf(a.jpCredited()), s.end().toLocalDate(),
                        s.start().toLocalDate()));
            }
        }
        return out;
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

    /**
     * The IP ASN kind of a Pembina programme: seminars, workshops and courses count as seminar; managerial
     * programmes as leadership training; everything else as technical training.
     */
    static TrainingType type(Program p) {
        if (p.deliveryMethod() != null) {
            switch (p.deliveryMethod()) {
                case SEMINAR:
                case LOKAKARYA:
                case KURSUS:
                    return TrainingType.SEMINAR;
                default:
                    break;
            }
        }
        return p.competencyType() == CompetencyType.MANAJERIAL ? TrainingType.LEADERSHIP : TrainingType.TECHNICAL;
    }
}
