package id.pembina.planning.schedule.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.junit.Test;

import id.pembina.planning.schedule.api.ConstraintOutcome;
import id.pembina.planning.schedule.api.Proposal;
import id.pembina.planning.schedule.internal.solver.ScheduleConstraints;
import id.pembina.planning.schedule.internal.solver.ScheduleSolution;

public class GreedyTest {

    private static final Engine ENGINE = new Engine();

    /**
     * Greedy, people in order A, B, C; sessions by earliest start: S1 (1 March), S2 (8 March).
     * A is on leave 1-3 March, so A goes to S2. B takes S1 (seat 1 of 2), C takes S1 (seat 2).
     * Unit U: 5 members, no one away on Monday 1 March (A's leave is away: 5 - 1 = 4 present), minimum 3, so
     * 1 may leave; S1 takes B and C away on Monday 1 March: 2 - 1 = 1 person short (1 unit-day).
     * Monday 8 March: 5 present - 3 = 2 may leave; S2 takes 1 (A). Cost 10 + 10 = 20 million = budget.
     * Everyone gets 24 JP >= 20: 3 reach, 60 JP delivered (20 each, counted up to the shortfall).
     */
    @Test
    public void firstComeFirstServedIgnoresStaffing() {
        Proposal p = ENGINE.greedy(SmallProblems.threePeople(BigDecimal.valueOf(20_000_000)));
        assertEquals(2, p.sessions().size());
        assertEquals(List.of("B", "C"), p.sessions().get(0).nips());
        assertEquals(List.of("A"), p.sessions().get(1).nips());
        assertEquals(3, p.figures().reaching20Jp());
        assertEquals(60, p.figures().jpDelivered());
        assertEquals(new BigDecimal("20000000"), p.figures().cost());
        assertEquals(1, p.figures().hardViolations());
        assertEquals(1, p.figures().staffingShortUnitDays());
        assertFalse(p.figures().minimumStaffingKept());
        ConstraintOutcome staffing = outcome(p, ScheduleConstraints.STAFFING);
        assertFalse(staffing.held());
        assertEquals("schedule.explain.minimumStaffing.broken", staffing.code());
        assertTrue(outcome(p, ScheduleConstraints.DUTY).held());
        assertTrue(outcome(p, ScheduleConstraints.BUDGET).held());
    }

    /**
     * The solver keeps the staffing and still serves everyone: one of B, C stays in S1 on 1 March (1 away,
     * 1 may leave), the other joins A in S2 on 8 March (2 away, 5 - 3 = 2 may leave). Both sessions are
     * used: 20 million = budget. 0 hard, 3 reach 20 JP, 60 JP delivered. The same with seat swaps on.
     */
    @Test
    public void solverKeepsStaffing() {
        keepsStaffing(false);
        keepsStaffing(true);
    }

    private static void keepsStaffing(boolean seatSwaps) {
        ProblemData data = SmallProblems.threePeople(BigDecimal.valueOf(20_000_000));
        ScheduleSolution model = Greedy.seed(ProblemBuilder.build(data));
        ScheduleSolution best = ENGINE.solver(Duration.ofSeconds(2), seatSwaps).solve(model);
        Proposal p = ENGINE.proposal(Proposal.SOLVER, best, data);
        assertEquals(0, p.figures().hardViolations());
        assertTrue(p.figures().minimumStaffingKept());
        assertEquals(3, p.figures().reaching20Jp());
        assertEquals(60, p.figures().jpDelivered());
        assertEquals(SmallProblems.MON, p.sessions().get(0).start());
        assertEquals(1, p.sessions().get(0).nips().size());
        assertEquals(SmallProblems.NEXT_MON, p.sessions().get(1).start());
        assertTrue(p.sessions().get(1).nips().contains("A"));
        assertTrue(outcome(p, ScheduleConstraints.STAFFING).held());
        assertEquals("schedule.explain.minimumStaffing.held", outcome(p, ScheduleConstraints.STAFFING).code());
    }

    /**
     * Only A, on leave 1-3 March, and only S1 (1 or 8 March). The baseline keeps S1 at 1 March: A gets nothing
     * (0 reaching). The solver moves S1 to 8 March and seats A: 1 reaching, 20 JP, cost 10 million.
     */
    @Test
    public void solverMovesASessionToAnotherStart() {
        ProblemData all = SmallProblems.threePeople(BigDecimal.valueOf(20_000_000));
        ProblemData data = new ProblemData(all.year(), all.unitCode(), all.sessions().subList(0, 1),
                all.people().subList(0, 1), all.duties(), all.staffing(), all.unitMembers(), all.budget(),
                all.remoteUnits(), all.weights());
        assertEquals(0, ENGINE.greedy(data).figures().reaching20Jp());
        ScheduleSolution best = ENGINE.solver(Duration.ofSeconds(2), false).solve(Greedy.seed(ProblemBuilder.build(data)));
        Proposal p = ENGINE.proposal(Proposal.SOLVER, best, data);
        assertEquals(1, p.figures().reaching20Jp());
        assertEquals(20, p.figures().jpDelivered());
        assertEquals(SmallProblems.NEXT_MON, p.sessions().get(0).start());
        assertEquals(List.of("A"), p.sessions().get(0).nips());
        assertEquals(new BigDecimal("10000000"), p.figures().cost());
    }

    /**
     * Budget 10 million: the baseline opens S1 (10 million) for B and C; A cannot go to S1 on 1 March (leave)
     * and S2 would cost 20 million in all: A stays out. 2 reach, 40 JP, 0 budget violation.
     */
    @Test
    public void greedyStaysWithinBudget() {
        Proposal p = ENGINE.greedy(SmallProblems.threePeople(BigDecimal.valueOf(10_000_000)));
        assertEquals(1, p.sessions().size());
        assertEquals(2, p.figures().reaching20Jp());
        assertEquals(40, p.figures().jpDelivered());
        assertEquals(new BigDecimal("10000000"), p.figures().cost());
        assertTrue(outcome(p, ScheduleConstraints.BUDGET).held());
    }

    private static ConstraintOutcome outcome(Proposal p, String name) {
        return p.explanation().stream().filter(o -> o.constraint().equals(name)).findFirst().orElseThrow();
    }
}
