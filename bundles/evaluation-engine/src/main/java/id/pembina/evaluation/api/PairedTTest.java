package id.pembina.evaluation.api;

/**
 * Paired t-test of d = post% &minus; pre% (percentage points) against 0: t = mean(d) / (sd(d) / &radic;n), df = n
 * &minus; 1, two-sided p; with the effect size for paired samples, Cohen's d_z = mean(d) / sd(d), and the 95 %
 * confidence interval of the mean gain, mean(d) &plusmn; t(0.975, df) &middot; sd(d) / &radic;n.
 * <p>
 * Undefined parts are null and {@code undefinedReason} says why: {@code NO_DATA} (n = 0, everything null),
 * {@code TOO_FEW_VALUES} (n = 1: only the mean difference), {@code ZERO_VARIANCE} (all differences equal: mean,
 * sd = 0 and df given). With zero variance t and d_z would divide by sd = 0: they are reported as undefined (null),
 * not infinite, because the test's model (differences scattered around their mean) does not hold, and an infinite
 * statistic would read as certainty; p is null for the same reason, and the interval collapses to the mean
 * (low = high = mean difference), which is exactly what the data show.
 */
public record PairedTTest(int n, Double meanDifference, Double sdDifference, Double t, Integer degreesOfFreedom,
        Double pValue, UndefinedReason undefinedReason, Double cohensD, Double confidenceLow,
        Double confidenceHigh) {

    /** The test without effect size and interval, as in release 1.0 of this package. */
    public PairedTTest(int n, Double meanDifference, Double sdDifference, Double t, Integer degreesOfFreedom,
            Double pValue, UndefinedReason undefinedReason) {
        this(n, meanDifference, sdDifference, t, degreesOfFreedom, pValue, undefinedReason, null, null, null);
    }
}
