package id.pembina.participant.api;

import java.time.Instant;

/**
 * One recorded change of a participant: the state after the change.
 *
 * @param by the account that made the change ({@code system} for Pembina's own work); null for changes
 *           recorded before the registry kept it (since 2.2)
 */
public record ParticipantChange(Instant at, Kind kind, Participant state, String by) {

    /** A change whose author is not known. */
    public ParticipantChange(Instant at, Kind kind, Participant state) {
        this(at, kind, state, null);
    }

    public enum Kind {
        CREATED, UPDATED, DEACTIVATED
    }
}
