package id.pembina.planning.schedule.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pembina.planning.schedule.internal.solver.Attendance;
import id.pembina.planning.schedule.internal.solver.PersonFact;
import id.pembina.planning.schedule.internal.solver.ScheduleSolution;
import id.pembina.planning.schedule.internal.solver.SessionEntity;
import id.pembina.planning.schedule.internal.solver.UnitDay;
import id.pembina.planning.schedule.internal.solver.WorkingDays;

/**
 * The baseline a clerk would follow: first come, first served (people in the order given), each seat into the
 * earliest session that still has a free seat, does not clash with the person's duty blocks or other sessions,
 * and fits in the budget when it opens. Sessions stay at their earliest start. It does not look at the units'
 * minimum staffing: that is what the solver adds, and the comparison shows it.
 */
public final class Greedy {

    private Greedy() {
    }

    /** Assigns the seats of the model in place, first come first served, and returns it. */
    public static ScheduleSolution assign(ScheduleSolution model) {
        return assign(model, model.getAttendances(), null);
    }

    /**
     * The solver's starting point: the same placement, but the largest shortfalls (then needs) first and
     * never below a unit's minimum staffing. Timefold's local search improves it from there.
     */
    public static ScheduleSolution seed(ScheduleSolution model) {
        List<Attendance> order = new ArrayList<>(model.getAttendances());
        order.sort(Comparator.comparingInt((Attendance a) -> -a.getPerson().getShortfall())
                .thenComparingInt(a -> -a.getPerson().getNeedSize()));
        Map<Long, int[]> spare = new HashMap<>();
        for (UnitDay u : model.getUnitDays()) {
            spare.put(u.key(), new int[] {u.allowedAway()});
        }
        return assign(model, order, spare);
    }

    private static ScheduleSolution assign(ScheduleSolution model, List<Attendance> order, Map<Long, int[]> spare) {
        List<SessionEntity> byStart = new ArrayList<>(model.getSessions());
        for (SessionEntity s : byStart) {
            s.setStart(s.getStarts().get(0));
        }
        byStart.sort(Comparator.comparing(SessionEntity::getStart).thenComparing(SessionEntity::getId));
        Map<SessionEntity, Integer> taken = new HashMap<>();
        Set<SessionEntity> open = new HashSet<>();
        long spent = 0;
        Map<PersonFact, List<SessionEntity>> chosen = new HashMap<>();
        for (Attendance seat : order) {
            PersonFact p = seat.getPerson();
            List<SessionEntity> mine = chosen.computeIfAbsent(p, k -> new ArrayList<>());
            if (mine.stream().mapToInt(SessionEntity::getJp).sum() >= p.getShortfall()) {
                seat.setSession(null);
                continue;
            }
            for (SessionEntity s : byStart) {
                boolean opens = !open.contains(s);
                if (taken.getOrDefault(s, 0) < s.getCapacity() && !p.onDuty(s.days()) && free(mine, s)
                        && (!opens || spent + s.getCost() <= model.getSettings().ceiling())
                        && (spare == null || canLeave(spare, p, s))) {
                    seat.setSession(s);
                    if (spare != null) {
                        for (int day : s.days()) {
                            int[] left = spare.get(p.unitDay(day));
                            if (left != null) {
                                left[0]--;
                            }
                        }
                    }
                    taken.merge(s, 1, Integer::sum);
                    if (opens) {
                        open.add(s);
                        spent += s.getCost();
                    }
                    mine.add(s);
                    break;
                }
            }
        }
        return model;
    }

    private static boolean canLeave(Map<Long, int[]> spare, PersonFact p, SessionEntity s) {
        for (int day : s.days()) {
            int[] left = spare.get(p.unitDay(day));
            if (left != null && left[0] <= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean free(List<SessionEntity> mine, SessionEntity s) {
        for (SessionEntity m : mine) {
            if (m == s || WorkingDays.overlap(m.days(), s.days())) {
                return false;
            }
        }
        return true;
    }
}
