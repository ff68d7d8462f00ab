package id.pembina.planning.schedule.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pembina.planning.schedule.api.CandidateSession;
import id.pembina.planning.schedule.api.DutyBlock;
import id.pembina.planning.schedule.api.PersonNeed;
import id.pembina.planning.schedule.api.StaffingRule;
import id.pembina.planning.schedule.internal.solver.Attendance;
import id.pembina.planning.schedule.internal.solver.PersonFact;
import id.pembina.planning.schedule.internal.solver.ScheduleSolution;
import id.pembina.planning.schedule.internal.solver.SessionEntity;
import id.pembina.planning.schedule.internal.solver.Settings;
import id.pembina.planning.schedule.internal.solver.UnitDay;

/**
 * Turns the problem data into the solver's model: one seat (attendance) per session a person needs to reach
 * 20 JP with sessions of the median JP (at most 3), each session at its earliest start, nothing assigned.
 */
public final class ProblemBuilder {

    static final int MAX_SEATS = 3;

    private ProblemBuilder() {
    }

    public static ScheduleSolution build(ProblemData data) {
        Map<String, Integer> unitIndex = new LinkedHashMap<>();
        Map<String, List<DutyBlock>> dutiesByNip = new HashMap<>();
        for (DutyBlock d : data.duties()) {
            dutiesByNip.computeIfAbsent(d.nip(), k -> new ArrayList<>()).add(d);
        }
        List<PersonFact> people = new ArrayList<>();
        List<Attendance> seats = new ArrayList<>();
        int medianJp = medianJp(data.sessions());
        for (PersonNeed p : data.people()) {
            int unit = unitIndex.computeIfAbsent(p.unitCode(), k -> unitIndex.size());
            List<DutyBlock> duties = new ArrayList<>(dutiesByNip.getOrDefault(p.nip(), List.of()));
            duties.sort(Comparator.comparing(DutyBlock::from));
            int[] from = duties.stream().mapToInt(d -> (int) d.from().toEpochDay()).toArray();
            int[] to = duties.stream().mapToInt(d -> (int) d.to().toEpochDay()).toArray();
            long dutyDays = duties.stream().mapToLong(d -> d.to().toEpochDay() - d.from().toEpochDay() + 1).sum();
            PersonFact fact = new PersonFact(p.nip(), p.unitCode(), unit, p.supervisorNip(), p.leader(),
                    p.jpShortfall(), p.needSize(), dutyDays >= data.weights().heavyDutyDays(),
                    data.remoteUnits().contains(p.unitCode()), from, to);
            people.add(fact);
            int n = p.jpShortfall() <= 0 ? 0 : Math.min(MAX_SEATS, (p.jpShortfall() + medianJp - 1) / medianJp);
            for (int i = 0; i < n; i++) {
                seats.add(new Attendance(seats.size(), fact));
            }
        }
        List<SessionEntity> sessions = new ArrayList<>();
        for (CandidateSession c : data.sessions()) {
            List<LocalDate> starts = c.possibleStarts().stream().sorted().toList();
            SessionEntity s = new SessionEntity(c.id(), c.programCode(), c.jp(), c.capacity(), c.cost().longValue(),
                    c.mode(), c.locationUnit(), starts, c.lengthDays());
            s.setStart(s.getStarts().get(0));
            sessions.add(s);
        }
        Weights w = data.weights();
        Settings settings = new Settings(data.budget().longValue(), w.reach20Jp(), w.largestNeeds(), w.leaders(),
                w.onlineForBusy(), w.fewerTrips(), w.costPerMillion());
        return new ScheduleSolution(people, unitDays(data, unitIndex), settings, sessions, seats);
    }

    /**
     * Unit-days of every unit with a staffing rule, over every working day of the year: members present (less
     * those away on field work or leave) less the weekday's largest minimum (sessions take whole days).
     */
    static List<UnitDay> unitDays(ProblemData data, Map<String, Integer> unitIndex) {
        Map<String, Map<DayOfWeek, Integer>> minimum = new HashMap<>();
        for (StaffingRule r : data.staffing()) {
            minimum.computeIfAbsent(r.unitCode(), k -> new HashMap<>()).merge(r.weekday(), r.minimum(), Math::max);
        }
        Map<String, String> unitOf = new HashMap<>();
        for (PersonNeed p : data.people()) {
            unitOf.put(p.nip(), p.unitCode());
        }
        LocalDate first = LocalDate.of(data.year(), 1, 1);
        int days = first.lengthOfYear();
        Map<String, int[]> awayByUnit = new HashMap<>();
        for (DutyBlock d : data.duties()) {
            String unit = unitOf.get(d.nip());
            if (d.kind().away() && unit != null && minimum.containsKey(unit)) {
                int[] away = awayByUnit.computeIfAbsent(unit, k -> new int[days]);
                for (LocalDate x = max(d.from(), first); !x.isAfter(d.to()) && x.getYear() == data.year();
                        x = x.plusDays(1)) {
                    away[x.getDayOfYear() - 1]++;
                }
            }
        }
        List<UnitDay> out = new ArrayList<>();
        for (Map.Entry<String, Map<DayOfWeek, Integer>> e : minimum.entrySet()) {
            Integer index = unitIndex.get(e.getKey());
            if (index == null) {
                continue; // nobody of that unit takes part: nobody can leave it short
            }
            int members = data.unitMembers().getOrDefault(e.getKey(), 0);
            int[] away = awayByUnit.getOrDefault(e.getKey(), new int[days]);
            for (int i = 0; i < days; i++) {
                LocalDate day = first.plusDays(i);
                Integer min = e.getValue().get(day.getDayOfWeek());
                if (min != null && min > 0) {
                    int spare = Math.max(0, members - away[i] - min);
                    out.add(new UnitDay(e.getKey(), index, (int) day.toEpochDay(), spare));
                }
            }
        }
        return out;
    }

    static int medianJp(List<CandidateSession> sessions) {
        int[] jp = sessions.stream().mapToInt(CandidateSession::jp).filter(x -> x > 0).sorted().toArray();
        return jp.length == 0 ? 20 : jp[jp.length / 2];
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
