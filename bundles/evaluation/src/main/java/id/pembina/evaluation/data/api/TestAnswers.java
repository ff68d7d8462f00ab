package id.pembina.evaluation.data.api;

import java.time.Instant;
import java.util.Map;

/**
 * Stored test answers, scored at submission with the answer key of {@code version}.
 *
 * @param score     points of the correct answers
 * @param maxPoints the highest score of that version
 */
public record TestAnswers(long sessionId, String nip, TestPhase phase, String version, Map<String, Integer> choices,
        int score, int maxPoints, Instant submittedAt) {

    public TestAnswers {
        choices = Maps.copy(choices);
    }
}
