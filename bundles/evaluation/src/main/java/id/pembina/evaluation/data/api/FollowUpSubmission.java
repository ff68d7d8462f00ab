package id.pembina.evaluation.data.api;

import java.util.Map;

/**
 * A direct supervisor's behaviour ratings of a participant of a session.
 *
 * @param supervisorNip     must be the participant's supervisor in the registry
 * @param weeksAfterSession for {@link FollowUpPhase#AFTER}: weeks since the session, 1..104, null means
 *                          {@link EvaluationDataService#DEFAULT_FOLLOW_UP_WEEKS}; ignored at baseline
 * @param version           the behaviour checklist version rated; null means the programme's current one
 * @param ratings           indicator id to rating 1..4, every indicator once
 */
public record FollowUpSubmission(Long sessionId, String nip, String supervisorNip, FollowUpPhase phase,
        Integer weeksAfterSession, String version, Map<String, Integer> ratings) {

    public FollowUpSubmission {
        ratings = Maps.copy(ratings);
    }
}
