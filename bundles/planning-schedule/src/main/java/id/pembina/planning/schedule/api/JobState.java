package id.pembina.planning.schedule.api;

/**
 * Where a scheduling job is. INTERRUPTED: it was solving when its node stopped; the best proposal stored
 * before that is kept, and the job can be started again from its stored input ({@link Scheduler#restart}).
 */
public enum JobState {
    SOLVING, DONE, STOPPED, FAILED, INTERRUPTED;

    /** @return true once the job has a final proposal (or failed, or was interrupted) */
    public boolean finished() {
        return this != SOLVING;
    }
}
