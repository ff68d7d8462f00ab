package id.pembina.evaluation.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        Map<String, Map<String, Integer>> before = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> after = new LinkedHashMap<>();
        indicators.forEach(i -> {
            before.put(i.code(), new LinkedHashMap<>());
            after.put(i.code(), new LinkedHashMap<>());
        });
        Set<String> responded = new HashSet<>();
        for (BehaviourRating r : ratings) {
            Map<String, Map<String, Integer>> phase = r.phase() == Phase.BEFORE ? before : after;
            if (!phase.containsKey(r.indicatorCode())) {
                throw new IllegalArgumentException("rating of unknown indicator " + r.indicatorCode());
            }
            // A second rating of one participant, indicator and phase is refused (as a duplicate key would be).
            if (phase.get(r.indicatorCode()).put(r.participantId(), r.rating()) != null) {
                throw new IllegalArgumentException("duplicate rating: "
                        + List.of(r.participantId(), r.indicatorCode(), r.phase()));
            }
            if (r.phase() == Phase.AFTER) {
                responded.add(r.participantId());
            }
        }
        if (expectedResponses < responded.size()) {
            throw new IllegalArgumentException(responded.size() + " participants have follow-up ratings but only "
                    + expectedResponses + " responses were expected");
        }
        List<IndicatorBehaviour> results = new ArrayList<>();
        int afterRatings = 0;
        int applying = 0;
        for (BehaviourIndicator indicator : indicators) {
            Map<String, Integer> b = before.get(indicator.code());
            Map<String, Integer> a = after.get(indicator.code());
            int indicatorApplying = (int) a.values().stream().filter(v -> v >= BehaviourRating.APPLYING_MINIMUM).count();
            afterRatings += a.size();
            applying += indicatorApplying;
            double[] changes = a.entrySet().stream().filter(e -> b.containsKey(e.getKey()))
                    .mapToDouble(e -> e.getValue() - b.get(e.getKey())).toArray();
            results.add(new IndicatorBehaviour(indicator, b.size(), Stats.mean(values(b)), a.size(),
                    Stats.mean(values(a)), changes.length, Stats.mean(changes),
                    Stats.share(indicatorApplying, a.size())));
        }
        // Per participant: their after-ratings over all indicators.
        Map<String, List<Integer>> byParticipant = new LinkedHashMap<>();
        after.values().forEach(a -> a.forEach((participant, rating) ->
                byParticipant.computeIfAbsent(participant, p -> new ArrayList<>()).add(rating)));
        int meanApplying = 0;
        int allApplying = 0;
        for (List<Integer> own : byParticipant.values()) {
            // mean >= 3  <=>  sum >= 3 * count, in integers
            if (own.stream().mapToInt(Integer::intValue).sum() >= BehaviourRating.APPLYING_MINIMUM * own.size()) {
                meanApplying++;
            }
            if (own.stream().allMatch(v -> v >= BehaviourRating.APPLYING_MINIMUM)) {
                allApplying++;
            }
        }
        int rated = byParticipant.size();
        return new BehaviourResult(results, afterRatings, applying, Stats.share(applying, afterRatings),
                responded.size(), expectedResponses, Stats.share(responded.size(), expectedResponses),
                meanApplying, Stats.share(meanApplying, rated), allApplying, Stats.share(allApplying, rated));
    }

    private static double[] values(Map<String, Integer> ratings) {
        return ratings.values().stream().mapToDouble(Integer::doubleValue).toArray();
    }
}
