package id.pembina.planning.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToIntFunction;

import id.pembina.catalog.api.AttendanceSummary;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.planning.api.LineProgress;
import id.pembina.planning.api.PlanComparison;
import id.pembina.planning.api.PlanLine;
import id.pembina.planning.api.PlanProgress;
import id.pembina.planning.api.PlanSnapshot;

/** Comparing two versions, and planned against realised; arithmetic only. */
final class PlanFigures {

    private PlanFigures() {
    }

    /** Lines are matched by programme and first day (the first unmatched one of {@code from} with both). */
    static PlanComparison compare(PlanSnapshot from, PlanSnapshot to) {
        List<PlanLine> unmatched = new ArrayList<>(from.lines());
        List<PlanLine> added = new ArrayList<>();
        List<PlanLine> changed = new ArrayList<>();
        for (PlanLine l : to.lines()) {
            PlanLine match = unmatched.stream()
                    .filter(o -> o.session().programCode().equals(l.session().programCode())
                            && o.session().start().equals(l.session().start()))
                    .findFirst().orElse(null);
            if (match == null) {
                added.add(l);
                continue;
            }
            unmatched.remove(match);
            var a = match.session();
            var b = l.session();
            if (!a.end().equals(b.end()) || !Objects.equals(a.deliveryMode(), b.deliveryMode())
                    || a.capacity() != b.capacity() || a.plannedCost().compareTo(b.plannedCost()) != 0
                    || !a.participantNips().equals(b.participantNips())) {
                changed.add(l);
            }
        }
        return new PlanComparison(to.planId(), from.version(), to.version(), added, unmatched, changed,
                to.cost().subtract(from.cost()), to.seats() - from.seats(), to.jp() - from.jp());
    }

    /**
     * @param sessions   the catalog sessions of the accepted lines, by id
     * @param attendance their attendance summaries, by session id
     */
    static PlanProgress progress(PlanSnapshot plan, Map<Long, TrainingSession> sessions,
            Map<Long, List<AttendanceSummary>> attendance, ToIntFunction<String> programJp) {
        List<LineProgress> lines = new ArrayList<>();
        BigDecimal plannedCost = BigDecimal.ZERO;
        BigDecimal realisedCost = BigDecimal.ZERO;
        int plannedPeople = 0;
        int realisedPeople = 0;
        int plannedJp = 0;
        int realisedJp = 0;
        for (PlanLine l : plan.lines()) {
            var s = l.session();
            TrainingSession done = l.acceptedSession() == null ? null : sessions.get(l.acceptedSession());
            BigDecimal cost = done == null || done.totalCost() == null ? BigDecimal.ZERO : done.totalCost();
            int people = done == null || done.registered() == null ? 0 : done.registered();
            int jp = done == null ? 0 : attendance.getOrDefault(done.id(), List.of()).stream()
                    .mapToInt(AttendanceSummary::jpCredited).sum();
            int pJp = programJp.applyAsInt(s.programCode()) * s.participantNips().size();
            lines.add(new LineProgress(l.line(), s.programCode(), l.acceptedSession(), s.plannedCost(), cost,
                    s.participantNips().size(), people, pJp, jp));
            plannedCost = plannedCost.add(s.plannedCost());
            realisedCost = realisedCost.add(cost);
            plannedPeople += s.participantNips().size();
            realisedPeople += people;
            plannedJp += pJp;
            realisedJp += jp;
        }
        return new PlanProgress(plan.planId(), plan.version(), lines, plannedCost, realisedCost, plannedPeople,
                realisedPeople, plannedJp, realisedJp, per(plannedCost, plannedPeople), per(realisedCost, realisedPeople),
                per(plannedCost, plannedJp), per(realisedCost, realisedJp));
    }

    /** @return amount / count in rupiah with two decimals (half up), null for a count of 0 */
    static BigDecimal per(BigDecimal amount, int count) {
        return count == 0 ? null : amount.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    static Map<Long, TrainingSession> byId(List<TrainingSession> sessions) {
        Map<Long, TrainingSession> out = new HashMap<>();
        sessions.forEach(s -> out.put(s.id(), s));
        return out;
    }
}
