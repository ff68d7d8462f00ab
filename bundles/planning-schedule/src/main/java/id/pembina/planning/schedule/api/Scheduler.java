package id.pembina.planning.schedule.api;

import java.io.Reader;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Proposes session dates and attendees within the budget, in the background. Staff (admin, operator) start,
 * stop and save jobs; a pimpinan reads the jobs of their unit subtree; a peserta nothing.
 */
@ProviderType
public interface Scheduler {

    /**
     * Builds the problem (people, duties, staffing, budget), computes the first-come-first-served baseline and
     * starts the solver in the background.
     *
     * @throws id.pembina.platform.api.ValidationException for no candidate session, a session without a start,
     *         capacity, length or cost, a year outside 2000-2100, or no budget (none given and none planned)
     * @throws id.pembina.platform.api.NotFoundException for an unknown unit
     */
    ScheduleJob start(ScheduleRequest request);

    /**
     * Reads candidate sessions from CSV ({@code id,program,starts,lengthDays,jp,capacity,cost,mode,location},
     * starts as ISO dates separated by {@code ;}), for the console and file uploads.
     *
     * @throws id.pembina.platform.api.ImportRefusedException with every refused line
     */
    List<CandidateSession> readCandidates(Reader csv);

    /** @throws id.pembina.platform.api.NotFoundException for an unknown job (or one outside a pimpinan's subtree) */
    ScheduleJob job(String id);

    /** @return the jobs the caller may read, newest first */
    List<ScheduleJob> jobs();

    /** Stops a job early: it finishes with the best proposal found so far. Nothing happens to a finished job, nor to one
     * solving on another node sharing the database. */
    ScheduleJob stop(String id);

    /**
     * Starts a new job from the stored input of a finished (or interrupted) one: the same candidate sessions,
     * people given, budget, time limit and remote units; people read from the registry, duties and staffing
     * are read again as they are now.
     *
     * @throws id.pembina.platform.api.NotFoundException for an unknown job
     * @throws id.pembina.platform.api.ConflictException while the job is still solving
     * @since 1.1
     */
    ScheduleJob restart(String id);

    /**
     * Saves a finished job's proposal as a plan draft in the planning bundle.
     *
     * @param source {@link Proposal#SOLVER} or {@link Proposal#GREEDY}
     * @throws id.pembina.platform.api.ConflictException while the job is still solving
     * @throws IllegalStateException (a 503 at the edges) when no planning bundle is running
     */
    SavedPlan saveAsPlan(String id, String source, String name);
}
