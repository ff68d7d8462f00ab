package id.pembina.catalog.api;

/** Where a participant stands with a session. */
public enum EnrollmentStatus {
    INVITED, REGISTERED, WAITLISTED, ATTENDED, NO_SHOW, CANCELLED;

    /** @return true for the statuses that hold the participant's time (used for the overlap rule) */
    public boolean holdsTime() {
        return this == INVITED || this == REGISTERED || this == WAITLISTED || this == ATTENDED;
    }

    /** @return true for the statuses that take a seat (used for capacity) */
    public boolean takesSeat() {
        return this == REGISTERED || this == ATTENDED;
    }
}
