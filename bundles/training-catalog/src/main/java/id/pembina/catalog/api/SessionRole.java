package id.pembina.catalog.api;

/**
 * A person with a part in running a session besides attending it: facilitator, mentor or coach (a unit leader
 * who "motivates and facilitates" their staff is recorded here; see the evaluation's leadership involvement).
 *
 * @param nip  the person's NIP (18 digits)
 * @param role what they did
 * @since 2.3
 */
public record SessionRole(String nip, Kind role) {

    /** The parts a person can take in a session. */
    public enum Kind {
        FACILITATOR, MENTOR, COACH
    }

    public SessionRole {
        nip = nip == null ? null : nip.strip();
    }
}
