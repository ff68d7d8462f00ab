package id.pembina.evaluation.internal;

import org.apache.commons.math3.distribution.TDistribution;

import id.pembina.evaluation.api.PairedTTest;
import id.pembina.evaluation.api.UndefinedReason;

/** Paired t-test of differences against 0, two-sided; the t distribution comes from Commons Math. */
final class PairedTTestCalculator {

    private PairedTTestCalculator() {
    }

    static PairedTTest compute(double[] differences) {
        int n = differences.length;
        Double mean = Stats.mean(differences);
        if (n == 0) {
            return new PairedTTest(0, null, null, null, null, null, UndefinedReason.NO_DATA);
        }
        if (n == 1) {
            return new PairedTTest(1, mean, null, null, null, null, UndefinedReason.TOO_FEW_VALUES);
        }
        double sd = Stats.sampleSd(differences);
        int df = n - 1;
        if (sd == 0) {
            return new PairedTTest(n, mean, sd, null, df, null, UndefinedReason.ZERO_VARIANCE, null, mean, mean);
        }
        double standardError = sd / Math.sqrt(n);
        double t = mean / standardError;
        // No random generator: only the cdf is needed. p = 2 F(-|t|) keeps precision for large |t|.
        TDistribution distribution = new TDistribution(null, df, TDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
        double p = 2 * distribution.cumulativeProbability(-Math.abs(t));
        double margin = distribution.inverseCumulativeProbability(0.975) * standardError;
        return new PairedTTest(n, mean, sd, t, df, p, null, mean / sd, mean - margin, mean + margin);
    }
}
