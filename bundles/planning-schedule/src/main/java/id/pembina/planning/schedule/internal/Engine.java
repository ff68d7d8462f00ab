package id.pembina.planning.schedule.internal;

import java.time.Duration;
import java.util.List;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import id.pembina.planning.schedule.api.Proposal;
import id.pembina.planning.schedule.internal.solver.Attendance;
import id.pembina.planning.schedule.internal.solver.ScheduleConstraints;
import id.pembina.planning.schedule.internal.solver.ScheduleSolution;
import id.pembina.planning.schedule.internal.solver.SeatSwaps;
import id.pembina.planning.schedule.internal.solver.SessionEntity;

/**
 * Timefold, configured in code with this bundle's class loader (Timefold is embedded on its class path; the
 * thread context class loader of a Karaf thread sees none of it): solvers for jobs, and the score analysis
 * that explains a proposal, the baseline's included.
 */
public final class Engine {

    private final SolutionManager<ScheduleSolution, HardSoftLongScore> analysis;

    public Engine() {
        analysis = SolutionManager.create(SolverFactory.create(config()));
    }

    private static SolverConfig config() {
        return config(false);
    }

    private static SolverConfig config(boolean seatSwaps) {
        List<MoveSelectorConfig> moves = new java.util.ArrayList<>(List.of(change(Attendance.class),
                change(SessionEntity.class)));
        if (seatSwaps) {
            moves.add(seatSwaps());
        }
        return new SolverConfig(Engine.class.getClassLoader())
                .withSolutionClass(ScheduleSolution.class)
                .withEntityClasses(SessionEntity.class, Attendance.class)
                .withConstraintProviderClass(ScheduleConstraints.class)
                .withPhases(new LocalSearchPhaseConfig()
                        .withMoveSelectorConfig(new UnionMoveSelectorConfig(moves)));
    }

    /*
     * Local search only: every model starts complete (sessions at their earliest start, seats as the baseline
     * placed them or unassigned), so there is nothing to construct. Change moves, and optionally seat swaps of our
     * own ({@link SeatSwaps}): Timefold 1.32's swap selector filters by entity value ranges as soon as any entity
     * class has one (the sessions' starts) and then fails on the seats ("no basic variable found for the entity
     * class Attendance"), whose sessions come from the solution.
     */
    private static MoveSelectorConfig<?> change(Class<?> entity) {
        return new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(entity));
    }


    private static MoveSelectorConfig<?> seatSwaps() {
        return new ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig()
                .withMoveIteratorFactoryClass(SeatSwaps.class);
    }

    /**
     * @param seatSwaps also try two people exchanging sessions ({@link SeatSwaps}); off by default: at 10,000 ASN
     *                  and 55 s they found a lower score than change moves alone (docs/planning-schedule.md)
     * @return a solver that stops after the limit (or when told to)
     */
    public Solver<ScheduleSolution> solver(Duration limit, boolean seatSwaps) {
        SolverFactory<ScheduleSolution> factory = SolverFactory.create(config(seatSwaps).withTerminationSpentLimit(limit));
        return factory.buildSolver();
    }

    /** @return the baseline's proposal for the data */
    public Proposal greedy(ProblemData data) {
        return proposal(Proposal.GREEDY, Greedy.assign(ProblemBuilder.build(data)), data);
    }

    /** @return the figures and explanation of a (solved or baseline) model */
    public Proposal proposal(String source, ScheduleSolution model, ProblemData data) {
        ScoreAnalysis<HardSoftLongScore> a = analysis.analyze(model, ScoreAnalysisFetchPolicy.FETCH_MATCH_COUNT);
        return Explainer.proposal(source, model, a, data);
    }
}
