package id.pembina.planning.schedule.bench;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import id.pembina.planning.schedule.api.CandidateSession;
import id.pembina.planning.schedule.api.DeliveryMode;
import id.pembina.planning.schedule.api.DutyBlock;
import id.pembina.planning.schedule.api.DutyKind;
import id.pembina.planning.schedule.api.Figures;
import id.pembina.planning.schedule.api.PersonNeed;
import id.pembina.planning.schedule.api.Proposal;
import id.pembina.planning.schedule.api.StaffingRule;
import id.pembina.planning.schedule.internal.Engine;
import id.pembina.planning.schedule.internal.Greedy;
import id.pembina.planning.schedule.internal.ProblemBuilder;
import id.pembina.planning.schedule.internal.ProblemData;
import id.pembina.planning.schedule.internal.Weights;
import id.pembina.planning.schedule.internal.solver.ScheduleSolution;

/**
 * The issue 10 benchmark (scripts/bench-planning.sh): 10,000 ASN in 60 units with duty rosters, 40 programmes,
 * 300 candidate sessions over 12 months, a budget covering 70 % of the needs; the solver's plan within the time
 * limit against the greedy baseline, side by side. Prints figures; asserts nothing.
 * Arguments: [seconds=60] [people=10000] [seed=7].
 */
public final class BenchPlanning {

    private BenchPlanning() {
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int peopleCount = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Random rnd = new Random(args.length > 2 ? Long.parseLong(args[2]) : 7);
        boolean seatSwaps = args.length > 3 && Boolean.parseBoolean(args[3]);
        int year = 2027;
        int units = 60;
        List<PersonNeed> people = new ArrayList<>();
        List<DutyBlock> duties = new ArrayList<>();
        Map<String, Integer> members = new HashMap<>();
        for (int i = 0; i < peopleCount; i++) {
            String unit = "U" + (i % units);
            String nip = String.format("19800101%06d1%03d", i, i % 1000);
            boolean leader = i % 25 == 0;
            String supervisor = leader ? null : String.format("19800101%06d1%03d", i - i % 25, (i - i % 25) % 1000);
            int shortfall = rnd.nextInt(10) < 8 ? 20 : rnd.nextInt(3) * 8;
            people.add(new PersonNeed(nip, unit, supervisor, leader, shortfall, shortfall + rnd.nextInt(6)));
            members.merge(unit, 1, Integer::sum);
            // duty roster: a piket week every quarter, plus leave for one in five
            for (int q = 0; q < 4; q++) {
                LocalDate from = LocalDate.of(year, q * 3 + 1, 1).plusDays(rnd.nextInt(80));
                duties.add(new DutyBlock(nip, from, from.plusDays(4), DutyKind.PIKET));
            }
            if (rnd.nextInt(5) == 0) {
                LocalDate from = LocalDate.of(year, 1, 1).plusDays(rnd.nextInt(350));
                duties.add(new DutyBlock(nip, from, from.plusDays(9), DutyKind.LEAVE));
            }
        }
        List<StaffingRule> staffing = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            int min = members.get("U" + u) - 10; // front office: all but 10 of the staff at work every weekday
            for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY)) {
                staffing.add(new StaffingRule("U" + u, d, LocalTime.of(8, 0), LocalTime.of(12, 0), min));
            }
        }
        List<CandidateSession> sessions = new ArrayList<>();
        long totalCost = 0;
        DeliveryMode[] modes = DeliveryMode.values();
        for (int s = 0; s < 300; s++) {
            int month = 1 + s % 12;
            List<LocalDate> starts = new ArrayList<>();
            LocalDate first = LocalDate.of(year, month, 1);
            for (int w = 0; w < 4; w++) {
                starts.add(first.plusWeeks(w).with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)));
            }
            long cost = 20_000_000L + rnd.nextInt(20) * 1_000_000L;
            totalCost += cost;
            sessions.add(new CandidateSession("S" + s, "P" + (s % 40), starts, 3, 24, 40, BigDecimal.valueOf(cost),
                    modes[s % 3], "U" + rnd.nextInt(units)));
        }
        // 70 % of the needs: seats needed / 40 per session, at the mean session cost
        long seatsNeeded = people.stream().filter(p -> p.jpShortfall() > 0).count();
        long budget = (long) (seatsNeeded / 40.0 * (totalCost / 300.0) * 0.7);
        ProblemData data = new ProblemData(year, "ROOT", sessions, people, duties, staffing, members,
                BigDecimal.valueOf(budget), Set.of("U58", "U59"), Weights.DEFAULT);

        Engine engine = new Engine();
        long t0 = System.nanoTime();
        Proposal greedy = engine.greedy(data);
        long greedyMs = (System.nanoTime() - t0) / 1_000_000;
        ScheduleSolution model = Greedy.seed(ProblemBuilder.build(data));
        long t1 = System.nanoTime();
        ScheduleSolution best = engine.solver(Duration.ofSeconds(seconds), seatSwaps).solve(model);
        long solveMs = (System.nanoTime() - t1) / 1_000_000;
        Proposal solver = engine.proposal(Proposal.SOLVER, best, data);

        System.out.printf("people=%d units=%d sessions=%d programmes=40 duty blocks=%d budget=Rp %,d (70 %% of needs)%n",
                peopleCount, units, sessions.size(), duties.size(), budget);
        System.out.printf("cores=%d time limit=%d s seatSwaps=%s; greedy %d ms, solver %d ms%n",
                Runtime.getRuntime().availableProcessors(), seconds, seatSwaps, greedyMs, solveMs);
        System.out.printf("%-28s %16s %16s%n", "", "solver", "greedy");
        row("people short of 20 JP", solver.figures(), greedy.figures(), f -> (long) f.people());
        row("reaching 20 JP", solver.figures(), greedy.figures(), f -> (long) f.reaching20Jp());
        row("JP needed", solver.figures(), greedy.figures(), Figures::jpNeeded);
        row("JP delivered", solver.figures(), greedy.figures(), Figures::jpDelivered);
        row("cost (Rp)", solver.figures(), greedy.figures(), f -> f.cost().longValue());
        row("hard violations", solver.figures(), greedy.figures(), Figures::hardViolations);
        row("unit-days short of staff", solver.figures(), greedy.figures(), Figures::staffingShortUnitDays);
        System.out.printf("%-28s %16s %16s%n", "score", solver.figures().score(), greedy.figures().score());
    }

    private static void row(String label, Figures s, Figures g, java.util.function.ToLongFunction<Figures> f) {
        System.out.printf("%-28s %,16d %,16d%n", label, f.applyAsLong(s), f.applyAsLong(g));
    }
}
