package id.pembina.evaluation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pembina.evaluation.api.ImprovementPoint;
import id.pembina.evaluation.api.ItemReaction;
import id.pembina.evaluation.api.LikertAnswer;
import id.pembina.evaluation.api.LikertItem;
import id.pembina.evaluation.api.LikertStatistics;
import id.pembina.evaluation.api.ReactionResult;

/** Level 1. Counts per value are exact integers, so every statistic is computed from them. */
final class ReactionCalculator {

    private ReactionCalculator() {
    }

    static ReactionResult compute(List<LikertItem> items, List<LikertAnswer> answers, double threshold) {
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold must be finite: " + threshold);
        }
        Stats.unique(items, LikertItem::code, "item code");
        Map<String, long[]> counts = new LinkedHashMap<>();
        items.forEach(item -> counts.put(item.code(), new long[5]));
        long[] overall = new long[5];
        for (LikertAnswer answer : answers) {
            long[] c = counts.get(answer.itemCode());
            if (c == null) {
                throw new IllegalArgumentException("answer to unknown item " + answer.itemCode());
            }
            c[answer.value() - 1]++;
            overall[answer.value() - 1]++;
        }
        List<ItemReaction> reactions = new ArrayList<>();
        List<ImprovementPoint> improvements = new ArrayList<>();
        BigDecimal limit = BigDecimal.valueOf(threshold);
        for (LikertItem item : items) {
            long[] c = counts.get(item.code());
            LikertStatistics s = statistics(c);
            reactions.add(new ItemReaction(item, s));
            // Exact test of mean < threshold: sum < threshold * n, so 3.5 is never lost to rounding.
            if (s.n() > 0 && BigDecimal.valueOf(sum(c)).compareTo(limit.multiply(BigDecimal.valueOf(s.n()))) < 0) {
                improvements.add(new ImprovementPoint(item.code(), item.wording(), s.mean(), s.n()));
            }
        }
        return new ReactionResult(reactions, statistics(overall), threshold, improvements);
    }

    static LikertStatistics statistics(long[] c) {
        long n = 0;
        long squares = 0;
        for (int v = 1; v <= 5; v++) {
            n += c[v - 1];
            squares += c[v - 1] * v * v;
        }
        long sum = sum(c);
        Double mean = n == 0 ? null : (double) sum / n;
        // (n * sum of squares - sum^2) / (n (n - 1)) is exact in integers: identical answers give exactly 0.
        Double sd = n < 2 ? null : Math.sqrt((double) (n * squares - sum * sum) / ((double) n * (n - 1)));
        List<Integer> counts = new ArrayList<>();
        for (long count : c) {
            counts.add(Math.toIntExact(count));
        }
        return new LikertStatistics(Math.toIntExact(n), mean, sd, counts, Stats.share((int) (c[3] + c[4]), (int) n));
    }

    private static long sum(long[] c) {
        long sum = 0;
        for (int v = 1; v <= 5; v++) {
            sum += c[v - 1] * v;
        }
        return sum;
    }
}
