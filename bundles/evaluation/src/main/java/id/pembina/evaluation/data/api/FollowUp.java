package id.pembina.evaluation.data.api;

import java.time.Instant;
import java.util.Map;

/** A stored follow-up; {@code weeksAfterSession} is null at baseline. */
public record FollowUp(long sessionId, String nip, String supervisorNip, FollowUpPhase phase,
        Integer weeksAfterSession, String version, Map<String, Integer> ratings, Instant submittedAt) {

    public FollowUp {
        ratings = Maps.copy(ratings);
    }
}
