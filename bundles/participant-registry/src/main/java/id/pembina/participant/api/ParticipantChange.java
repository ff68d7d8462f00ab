package id.pembina.participant.api;

import java.time.Instant;

/** One recorded change of a participant: the state after the change. */
public record ParticipantChange(Instant at, Kind kind, Participant state) {

    public enum Kind {
        CREATED, UPDATED, DEACTIVATED
    }
}
