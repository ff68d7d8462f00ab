package id.pembina.planning.schedule.internal.solver;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/** Random {@link SeatSwapMove}s between two seats (local search asks for them one at a time, without end). */
public final class SeatSwaps implements MoveIteratorFactory<ScheduleSolution, SeatSwapMove> {

    @Override
    public long getSize(ScoreDirector<ScheduleSolution> director) {
        long n = director.getWorkingSolution().getAttendances().size();
        return n * (n - 1) / 2;
    }

    @Override
    public Iterator<SeatSwapMove> createOriginalMoveIterator(ScoreDirector<ScheduleSolution> director) {
        throw new UnsupportedOperationException("seat swaps are only selected at random");
    }

    @Override
    public Iterator<SeatSwapMove> createRandomMoveIterator(ScoreDirector<ScheduleSolution> director, Random random) {
        List<Attendance> seats = director.getWorkingSolution().getAttendances();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return seats.size() >= 2;
            }

            @Override
            public SeatSwapMove next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int a = random.nextInt(seats.size());
                int b = random.nextInt(seats.size() - 1);
                return new SeatSwapMove(seats.get(a), seats.get(b >= a ? b + 1 : b));
            }
        };
    }
}
