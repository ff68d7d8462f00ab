package id.pembina.evaluation.api;

/**
 * Paired t-test of d = post% &minus; pre% (percentage points) against 0: t = mean(d) / (sd(d) / &radic;n), df = n
 * &minus; 1, two-sided p. Undefined parts are null and {@code undefinedReason} says why: {@code NO_DATA} (n = 0,
 * everything null), {@code TOO_FEW_VALUES} (n = 1: only the mean difference), {@code ZERO_VARIANCE} (all
 * differences equal: mean, sd = 0 and df given; t and p null).
 */
public record PairedTTest(int n, Double meanDifference, Double sdDifference, Double t, Integer degreesOfFreedom,
        Double pValue, UndefinedReason undefinedReason) {
}
