package id.pembina.evaluation.api;

import java.util.List;

/**
 * Level 3 result. Three readings of "applying what was learnt", each labelled:
 * <ul>
 * <li>{@code shareApplying} pools all after-ratings of all indicators ({@code ratingsApplying} /
 * {@code afterRatings}): a share of <em>ratings</em>;</li>
 * <li>{@code participantShareMeanApplying} = participants whose mean after-rating is &ge; 3 / participants with an
 * after-rating: a share of <em>participants</em>;</li>
 * <li>{@code participantShareAllApplying} = participants rated &ge; 3 on every indicator they were rated on / the
 * same denominator: the strict share of participants.</li>
 * </ul>
 * {@code responseRate} = {@code responsesReceived} / {@code responsesExpected}, where a response is a participant
 * with at least one after-rating. Shares are null when their denominator is 0.
 */
public record BehaviourResult(List<IndicatorBehaviour> indicators, int afterRatings, int ratingsApplying,
        Double shareApplying, int responsesReceived, int responsesExpected, Double responseRate,
        int participantsMeanApplying, Double participantShareMeanApplying, int participantsAllApplying,
        Double participantShareAllApplying) {

    public BehaviourResult {
        indicators = List.copyOf(indicators);
    }

    /** The result without the participant shares, as in release 1.0 of this package. */
    public BehaviourResult(List<IndicatorBehaviour> indicators, int afterRatings, int ratingsApplying,
            Double shareApplying, int responsesReceived, int responsesExpected, Double responseRate) {
        this(indicators, afterRatings, ratingsApplying, shareApplying, responsesReceived, responsesExpected,
                responseRate, 0, null, 0, null);
    }
}
