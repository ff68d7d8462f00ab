package id.pembina.evaluation.api;

/** A participant's matched pre-test and post-test scores (points, 0..maxPoints) on the same instrument. */
public record PrePostScore(String participantId, double preScore, double postScore, double maxPoints) {
    public PrePostScore {
        Checks.text(participantId, "participantId");
        Checks.finite(maxPoints, "maxPoints");
        if (maxPoints <= 0) {
            throw new IllegalArgumentException("maxPoints must be positive: " + maxPoints);
        }
        for (double score : new double[] { preScore, postScore }) {
            if (!(score >= 0 && score <= maxPoints)) {
                throw new IllegalArgumentException("score must be in 0.." + maxPoints + ": " + score);
            }
        }
    }
}
