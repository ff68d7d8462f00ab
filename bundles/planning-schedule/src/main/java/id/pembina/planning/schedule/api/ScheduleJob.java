package id.pembina.planning.schedule.api;

import java.time.Instant;
import java.util.List;

/**
 * A scheduling job as it stands.
 *
 * @param id        the job
 * @param year      the plan year
 * @param unitCode  the unit whose subtree attends
 * @param startedBy who started it
 * @param state     solving, done, stopped early or failed
 * @param percent   share of the time limit spent (100 once finished)
 * @param progress  the better proposals found so far, oldest first
 * @param started   when it started
 * @param finished  when it finished, null while solving
 * @param solver    the solver's proposal once finished, else null
 * @param greedy    the baseline's proposal (computed before solving starts), null until then
 * @param error     why it failed, a message code, else null
 */
public record ScheduleJob(String id, int year, String unitCode, String startedBy, JobState state, int percent,
        List<ScoreStep> progress, Instant started, Instant finished, Proposal solver, Proposal greedy, String error) {

    public ScheduleJob {
        progress = List.copyOf(progress);
    }
}
