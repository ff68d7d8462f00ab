package id.pembina.planning.schedule.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ai.timefold.solver.core.api.solver.Solver;
import id.pembina.planning.schedule.api.JobState;
import id.pembina.planning.schedule.api.Proposal;
import id.pembina.planning.schedule.api.ScheduleJob;
import id.pembina.planning.schedule.api.ScoreStep;
import id.pembina.planning.schedule.internal.solver.ScheduleSolution;

/** One job's changing state, read by any thread, written by the job's solving thread. */
final class JobRun {

    final String id;
    final ProblemData data;
    final String startedBy;
    final Instant started = Instant.now();
    final Duration limit;
    final Proposal greedy;
    final JobInput input;
    final List<ScoreStep> progress = new CopyOnWriteArrayList<>();
    volatile JobState state = JobState.SOLVING;
    volatile boolean stopRequested;
    /** The bundle is stopping: the job ends as interrupted, its best proposal so far kept. */
    volatile boolean interrupted;
    /** When the best proposal so far was last stored. */
    volatile Instant checkpoint;
    volatile Solver<ScheduleSolution> solver;
    volatile Instant solvingSince;
    volatile Instant finished;
    volatile Proposal solved;
    volatile String error;

    JobRun(String id, ProblemData data, JobInput input, String startedBy, Duration limit, Proposal greedy) {
        this.id = id;
        this.input = input;
        this.data = data;
        this.startedBy = startedBy;
        this.limit = limit;
        this.greedy = greedy;
    }

    ScheduleJob view() {
        return new ScheduleJob(id, data.year(), data.unitCode(), startedBy, state, percent(), progress, started,
                finished, solved, greedy, error);
    }

    private int percent() {
        return percent(state, solvingSince, limit);
    }

    /** Share of the time limit spent; 0 while queued, 100 once finished. */
    static int percent(JobState state, Instant since, Duration limit) {
        if (state.finished()) {
            return 100;
        }
        if (since == null) {
            return 0;
        }
        long spent = Duration.between(since, Instant.now()).toMillis();
        return (int) Math.min(99, spent * 100 / Math.max(1, limit.toMillis()));
    }
}
