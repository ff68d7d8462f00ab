package id.pembina.evaluation.api;

/**
 * Level 3 figures of one indicator. Means are over all ratings of their phase; {@code change} is the mean of
 * (after &minus; before) over the {@code nPaired} participants rated in both phases; {@code shareApplying} is the
 * share of after-ratings &ge; 3. Each figure is null when its n is 0.
 */
public record IndicatorBehaviour(BehaviourIndicator indicator, int nBefore, Double meanBefore, int nAfter,
        Double meanAfter, int nPaired, Double change, Double shareApplying) {
}
