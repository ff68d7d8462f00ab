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

    /** Assigns the seats of the model in place and returns it. */
    public static ScheduleSolution assign(ScheduleSolution model) {
        List<SessionEntity> byStart = new ArrayList<>(model.getSessions());
        for (SessionEntity s : byStart) {
            s.setStart(s.getStarts().get(0));
        }
        byStart.sort(Comparator.comparing(SessionEntity::getStart).thenComparing(SessionEntity::getId));
        Map<SessionEntity, Integer> taken = new HashMap<>();
        Set<SessionEntity> open = new HashSet<>();
        long spent = 0;
        Map<PersonFact, List<SessionEntity>> chosen = new HashMap<>();
        for (Attendance seat : model.getAttendances()) {
            PersonFact p = seat.getPerson();
            List<SessionEntity> mine = chosen.computeIfAbsent(p, k -> new ArrayList<>());
            if (mine.stream().mapToInt(SessionEntity::getJp).sum() >= p.getShortfall()) {
                seat.setSession(null);
                continue;
            }
            for (SessionEntity s : byStart) {
                boolean opens = !open.contains(s);
                if (taken.getOrDefault(s, 0) < s.getCapacity() && !p.onDuty(s.days()) && free(mine, s)
                        && (!opens || spent + s.getCost() <= model.getSettings().ceiling())) {
                    seat.setSession(s);
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

    private static boolean free(List<SessionEntity> mine, SessionEntity s) {
        for (SessionEntity m : mine) {
            if (m == s || WorkingDays.overlap(m.days(), s.days())) {
                return false;
            }
        }
        return true;
    }
}
