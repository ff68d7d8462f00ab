package id.pembina.evaluation.api;

/**
 * Difficulty index p = correct / n and discrimination D = p(upper group) &minus; p(lower group) of one item. The
 * group shares and D are null when n &lt; 2.
 */
public record ItemStatistics(String itemCode, int n, int correct, double difficulty, Double upperShare,
        Double lowerShare, Double discrimination) {
}
