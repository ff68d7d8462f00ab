package id.pembina.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import id.pembina.evaluation.api.IkmGrade;
import id.pembina.evaluation.api.IkmResponse;
import id.pembina.evaluation.api.IkmResult;

/** IKM from survey responses; definition on {@link IkmResult}. */
final class IkmCalculator {

    private IkmCalculator() {
    }

    static IkmResult compute(List<IkmResponse> responses) {
        Stats.unique(responses, IkmResponse::respondentId, "respondent");
        int n = responses.size();
        long[] sums = new long[IkmResponse.ELEMENTS];
        for (IkmResponse r : responses) {
            for (int i = 0; i < IkmResponse.ELEMENTS; i++) {
                sums[i] += r.ratings().get(i);
            }
        }
        if (n == 0) {
            return new IkmResult(0, List.of(), null, null);
        }
        List<BigDecimal> means = new ArrayList<>();
        long total = 0;
        for (long sum : sums) {
            means.add(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 4, RoundingMode.HALF_UP));
            total += sum;
        }
        // IKM x 25 = (sum over elements of sum_i / n) / 9 * 25 = 25 * total / (9 n), rounded once.
        BigDecimal index = BigDecimal.valueOf(25 * total)
                .divide(BigDecimal.valueOf(9L * n), 2, RoundingMode.HALF_UP);
        return new IkmResult(n, means, index, IkmGrade.of(index));
    }
}
