package id.pembina.evaluation.shell.internal;

import java.util.Locale;

import id.pembina.evaluation.api.PairedTTest;

/** The paired t-test as one console phrase: p, the effect size and the 95 % interval of the mean gain. */
final class LearningText {

    private LearningText() {
    }

    /**
     * @return e.g. "p 0.058, d 1.90, CI95 [1.04; 4.96]"; a p below 0.001 as "p < 0.001 (1.3E-06)" so that a
     *     tiny p never prints as 0.00
     */
    static String tTest(PairedTTest t) {
        String p = t.pValue() == null ? "p -" : t.pValue() < 0.001
                ? String.format(Locale.ROOT, "p < 0.001 (%.1E)", t.pValue())
                : String.format(Locale.ROOT, "p %.3f", t.pValue());
        String d = t.cohensD() == null ? "" : String.format(Locale.ROOT, ", d %.2f", t.cohensD());
        String ci = t.confidenceLow() == null ? ""
                : String.format(Locale.ROOT, ", CI95 [%.2f; %.2f]", t.confidenceLow(), t.confidenceHigh());
        return p + d + ci;
    }
}
