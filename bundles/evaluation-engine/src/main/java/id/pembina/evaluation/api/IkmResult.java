package id.pembina.evaluation.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * Indeks Kepuasan Masyarakat (PermenPAN-RB 14/2017) over n responses. Each element's mean NRR_i = sum of its
 * ratings / n (1..4); the index is the mean of the nine element means, IKM = &Sigma; NRR_i / 9 (weight 1/9 each,
 * kept exact rather than the regulation's rounded 0.11, which cannot reach 100), converted to 25..100 as IKM
 * &times; 25 and rounded once to 2 decimals half up; the grade is read from that rounded value. Null index and
 * grade when n = 0.
 *
 * @param elementMeans NRR_1 .. NRR_9 rounded to 4 decimals half up (the index uses the exact sums)
 */
public record IkmResult(int n, List<BigDecimal> elementMeans, BigDecimal index, IkmGrade grade) {

    public IkmResult {
        elementMeans = List.copyOf(elementMeans);
    }
}
