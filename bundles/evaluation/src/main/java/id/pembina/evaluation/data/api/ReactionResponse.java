package id.pembina.evaluation.data.api;

import java.time.Instant;
import java.util.Map;

/**
 * A stored reaction response.
 *
 * @param responseId random id of the response
 * @param nip        the participant, or null when the questionnaire version is anonymous
 */
public record ReactionResponse(String responseId, long sessionId, String nip, String version,
        Map<String, Integer> values, String comment, Instant submittedAt) {

    public ReactionResponse {
        values = Maps.copy(values);
    }

    /** @return true when no NIP is stored with the answers */
    public boolean anonymous() {
        return nip == null;
    }
}
