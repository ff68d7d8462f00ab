package id.pembina.evaluation.api;

import java.util.List;

/**
 * Statistics of Likert answers. {@code mean} and {@code favourableShare} are null iff n = 0;
 * {@code standardDeviation} (sample, n &minus; 1) is null iff n &lt; 2.
 *
 * @param counts counts of the values 1..5 (index 0 holds the count of 1)
 * @param favourableShare share of answers 4 or 5, 0..1
 */
public record LikertStatistics(int n, Double mean, Double standardDeviation, List<Integer> counts,
        Double favourableShare) {

    public LikertStatistics {
        counts = List.copyOf(counts);
        if (counts.size() != 5) {
            throw new IllegalArgumentException("counts needs 5 entries");
        }
    }

    /** The count of answers with this value (1..5). */
    public int count(int value) {
        return counts.get(Checks.range(value, 1, 5, "Likert value") - 1);
    }
}
