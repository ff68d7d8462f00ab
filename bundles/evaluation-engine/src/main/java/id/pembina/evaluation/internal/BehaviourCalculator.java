package id.pembina.evaluation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.pembina.evaluation.api.BehaviourIndicator;
import id.pembina.evaluation.api.BehaviourRating;
import id.pembina.evaluation.api.BehaviourResult;
import id.pembina.evaluation.api.IndicatorBehaviour;
import id.pembina.evaluation.api.Phase;

/** Level 3: per-indicator change, share applying and the supervisors' response rate. */
final class BehaviourCalculator {

    private BehaviourCalculator() {
    }

    static BehaviourResult compute(List<BehaviourIndicator> indicators, List<BehaviourRating> ratings,
            int expectedResponses) {
        Stats.unique(indicators, BehaviourIndicator::code, "indicator code");
        int k = indicators.size();
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < k; i++) {
            column.put(indicators.get(i).code(), i);
        }
        // Each rating as its participant's number (in order of first rating) and its cell: indicator * 2 + phase
        // (0 before, 1 after). A city's year has a million ratings: numbers and arrays, not a map per indicator.
        int n = ratings.size();
        Map<String, Integer> number = new HashMap<>();
        int[] who = new int[n];
        int[] cell = new int[n];
        String previous = null;
        int previousNumber = -1;
        for (int i = 0; i < n; i++) {
            BehaviourRating r = ratings.get(i);
            Integer at = column.get(r.indicatorCode());
            if (at == null) {
                throw new IllegalArgumentException("rating of unknown indicator " + r.indicatorCode());
            }
            // A participant's ratings usually come one after the other: their number is looked up once.
            String id = r.participantId();
            if (previous == null || !previous.equals(id)) {
                previous = id;
                previousNumber = Stats.number(number, id);
            }
            who[i] = previousNumber;
            cell[i] = at * 2 + (r.phase() == Phase.AFTER ? 1 : 0);
        }
        // The ratings grouped by participant, in list order within each (a stable counting sort).
        int participants = number.size();
        int[] from = new int[participants + 1];
        for (int i = 0; i < n; i++) {
            from[who[i] + 1]++;
        }
        for (int p = 0; p < participants; p++) {
            from[p + 1] += from[p];
        }
        int[] order = new int[n];
        int[] next = from.clone();
        for (int i = 0; i < n; i++) {
            order[next[who[i]]++] = i;
        }
        long[] nBefore = new long[k];
        long[] sumBefore = new long[k];
        long[] nAfter = new long[k];
        long[] sumAfter = new long[k];
        long[] nPaired = new long[k];
        long[] sumChange = new long[k];
        int[] applyingOf = new int[k];
        // The current participant's rating per cell: valid where mark == participant number + 1.
        int[] mark = new int[2 * k];
        int[] value = new int[2 * k];
        int responded = 0;
        int meanApplying = 0;
        int allApplying = 0;
        for (int p = 0; p < participants; p++) {
            for (int j = from[p]; j < from[p + 1]; j++) {
                int i = order[j];
                // A second rating of one participant, indicator and phase is refused (as a duplicate key would be).
                if (mark[cell[i]] == p + 1) {
                    BehaviourRating r = ratings.get(i);
                    throw new IllegalArgumentException("duplicate rating: "
                            + List.of(r.participantId(), r.indicatorCode(), r.phase()));
                }
                mark[cell[i]] = p + 1;
                value[cell[i]] = ratings.get(i).rating();
            }
            int ownAfter = 0;
            long ownSum = 0;
            boolean ownAll = true;
            for (int j = from[p]; j < from[p + 1]; j++) {
                int c = cell[order[j]];
                int indicator = c >> 1;
                int rating = value[c];
                if ((c & 1) == 0) {
                    nBefore[indicator]++;
                    sumBefore[indicator] += rating;
                    continue;
                }
                nAfter[indicator]++;
                sumAfter[indicator] += rating;
                boolean applies = rating >= BehaviourRating.APPLYING_MINIMUM;
                applyingOf[indicator] += applies ? 1 : 0;
                if (mark[c - 1] == p + 1) {
                    nPaired[indicator]++;
                    sumChange[indicator] += rating - value[c - 1];
                }
                ownAfter++;
                ownSum += rating;
                ownAll &= applies;
            }
            if (ownAfter > 0) {
                responded++;
                // mean >= 3  <=>  sum >= 3 * count, in integers
                meanApplying += ownSum >= (long) BehaviourRating.APPLYING_MINIMUM * ownAfter ? 1 : 0;
                allApplying += ownAll ? 1 : 0;
            }
        }
        if (expectedResponses < responded) {
            throw new IllegalArgumentException(responded + " participants have follow-up ratings but only "
                    + expectedResponses + " responses were expected");
        }
        List<IndicatorBehaviour> results = new ArrayList<>();
        int afterRatings = 0;
        int applying = 0;
        for (int i = 0; i < k; i++) {
            afterRatings += (int) nAfter[i];
            applying += applyingOf[i];
            // Ratings are whole numbers, so these sums are exact and each mean is the sum of the values over n.
            results.add(new IndicatorBehaviour(indicators.get(i), (int) nBefore[i], mean(sumBefore[i], nBefore[i]),
                    (int) nAfter[i], mean(sumAfter[i], nAfter[i]), (int) nPaired[i], mean(sumChange[i], nPaired[i]),
                    Stats.share(applyingOf[i], (int) nAfter[i])));
        }
        // Every participant with an after-rating responded, and is rated on them.
        int rated = responded;
        return new BehaviourResult(results, afterRatings, applying, Stats.share(applying, afterRatings),
                responded, expectedResponses, Stats.share(responded, expectedResponses),
                meanApplying, Stats.share(meanApplying, rated), allApplying, Stats.share(allApplying, rated));
    }

    /** The mean of whole numbers from their exact sum, as {@link Stats#mean} gives it; null for none. */
    private static Double mean(long sum, long n) {
        return n == 0 ? null : (double) sum / n;
    }
}
