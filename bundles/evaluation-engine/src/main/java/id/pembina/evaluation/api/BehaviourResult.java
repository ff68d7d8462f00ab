package id.pembina.evaluation.api;

import java.util.List;

/**
 * Level 3 result. {@code shareApplying} pools all after-ratings of all indicators ({@code ratingsApplying} /
 * {@code afterRatings}); {@code responseRate} = {@code responsesReceived} / {@code responsesExpected}, where a
 * response is a participant with at least one after-rating. Both are null when their denominator is 0.
 */
public record BehaviourResult(List<IndicatorBehaviour> indicators, int afterRatings, int ratingsApplying,
        Double shareApplying, int responsesReceived, int responsesExpected, Double responseRate) {

    public BehaviourResult {
        indicators = List.copyOf(indicators);
    }
}
