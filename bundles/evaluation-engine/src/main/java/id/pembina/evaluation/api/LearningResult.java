package id.pembina.evaluation.api;

import java.util.List;

/**
 * Level 2 result over n matched pre/post pairs. Class means are null iff n = 0.
 *
 * @param participants in the given order
 */
public record LearningResult(int n, Double meanPrePercent, Double meanPostPercent, NormalizedGain classGain,
        PairedTTest tTest, List<ParticipantLearning> participants) {

    public LearningResult {
        participants = List.copyOf(participants);
    }
}
