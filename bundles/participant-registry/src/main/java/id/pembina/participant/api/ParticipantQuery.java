package id.pembina.participant.api;

/**
 * Search criteria; null criteria are not applied.
 *
 * @param unitCode        participants of this unit and every unit below it
 * @param nameContains    case-insensitive part of the name
 * @param rank            exact rank
 * @param includeInactive also return deactivated participants
 * @param offset          rows to skip, 0 or more
 * @param limit           rows to return, 1 to {@link #MAX_LIMIT}
 */
public record ParticipantQuery(String unitCode, String nameContains, Rank rank, boolean includeInactive,
        int offset, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /** @return the first page of all active participants */
    public static ParticipantQuery all() {
        return new ParticipantQuery(null, null, null, false, 0, DEFAULT_LIMIT);
    }
}
