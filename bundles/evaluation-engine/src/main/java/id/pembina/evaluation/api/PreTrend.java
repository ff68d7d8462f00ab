package id.pembina.evaluation.api;

import java.util.List;

/**
 * The parallel-trends check of a difference-in-differences: over the pre-training periods in which both groups have
 * values, each group's per-period mean (over its units with both phases) is fitted with a least-squares line
 * against the period's position (0, 1, 2, ...). Parallel trends mean a {@code difference} near 0; a large one means
 * the groups were already drifting apart and the estimate mixes that drift with the training's effect.
 *
 * @param periods the common pre-training periods, in order (at least two)
 * @param treatedSlope the treated group's change per period before the training
 * @param comparisonSlope the comparison group's change per period before the training
 * @param difference treatedSlope &minus; comparisonSlope
 */
public record PreTrend(List<String> periods, double treatedSlope, double comparisonSlope, double difference) {

    public PreTrend {
        periods = List.copyOf(periods);
    }
}
