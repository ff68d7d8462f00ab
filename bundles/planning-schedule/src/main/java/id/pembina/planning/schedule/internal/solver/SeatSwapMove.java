package id.pembina.planning.schedule.internal.solver;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractSimplifiedMove;

/**
 * Two people exchange their seats' sessions. Timefold 1.32's own swap moves cannot be used on seats: once any
 * entity class has an entity-provided value range (a session's possible starts), its swap selector filters every
 * entity class by entity value ranges and fails on the seats, whose sessions come from the solution ("no basic
 * variable found for the entity class Attendance"). This move does the same swap without that filter.
 */
public final class SeatSwapMove extends AbstractSimplifiedMove<ScheduleSolution> {

    private final Attendance left;
    private final Attendance right;

    public SeatSwapMove(Attendance left, Attendance right) {
        this.left = left;
        this.right = right;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<ScheduleSolution> director) {
        return left != right && !Objects.equals(left.getSession(), right.getSession());
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<ScheduleSolution> director) {
        SessionEntity l = left.getSession();
        SessionEntity r = right.getSession();
        director.beforeVariableChanged(left, "session");
        left.setSession(r);
        director.afterVariableChanged(left, "session");
        director.beforeVariableChanged(right, "session");
        right.setSession(l);
        director.afterVariableChanged(right, "session");
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return List.of(left, right);
    }

    @Override
    public Collection<?> getPlanningValues() {
        return java.util.Arrays.asList(left.getSession(), right.getSession());
    }

    @Override
    public String toString() {
        return left + " <-> " + right;
    }
}
