package id.pembina.planning.schedule.api;

/** Where a scheduling job is. */
public enum JobState {
    SOLVING, DONE, STOPPED, FAILED;

    /** @return true once the job has a final proposal (or failed) */
    public boolean finished() {
        return this != SOLVING;
    }
}
