package id.pembina.planning.schedule.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pembina.planning.schedule.api.CandidateSession;
import id.pembina.planning.schedule.api.DeliveryMode;
import id.pembina.planning.schedule.api.DutyBlock;
import id.pembina.planning.schedule.api.DutyKind;
import id.pembina.planning.schedule.api.PersonNeed;
import id.pembina.planning.schedule.api.StaffingRule;

/** Hand-made small problems for the tests. 2027-03-01 is a Monday. */
final class SmallProblems {

    static final LocalDate MON = LocalDate.of(2027, 3, 1);
    static final LocalDate NEXT_MON = MON.plusWeeks(1);

    private SmallProblems() {
    }

    static PersonNeed person(String nip, String unit, int shortfall) {
        return new PersonNeed(nip, unit, null, false, shortfall, shortfall);
    }

    static CandidateSession session(String id, int capacity, long costMillions, LocalDate... starts) {
        return new CandidateSession(id, "P-" + id, List.of(starts), 3, 24, capacity,
                BigDecimal.valueOf(costMillions * 1_000_000L), DeliveryMode.CLASSROOM, "U");
    }

    /**
     * Three people of unit U (5 members, at least 3 at work on Mondays), two sessions of 24 JP and 3 days:
     * S1 (2 seats, 10 million, Monday 1 March or Monday 8 March), S2 (2 seats, 10 million, 8 March only).
     * A is on leave 1-3 March. Budget 20 million.
     */
    static ProblemData threePeople(BigDecimal budget) {
        return new ProblemData(2027, "U",
                List.of(session("S1", 2, 10, MON, NEXT_MON), session("S2", 2, 10, NEXT_MON)),
                List.of(person("A", "U", 20), person("B", "U", 20), person("C", "U", 20)),
                List.of(new DutyBlock("A", MON, MON.plusDays(2), DutyKind.LEAVE)),
                List.of(new StaffingRule("U", DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0), 3)),
                Map.of("U", 5), budget, Set.of(), Weights.DEFAULT);
    }
}
