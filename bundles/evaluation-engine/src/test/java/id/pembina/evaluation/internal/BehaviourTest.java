package id.pembina.evaluation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.util.List;

import org.junit.Test;

import id.pembina.evaluation.api.BehaviourIndicator;
import id.pembina.evaluation.api.BehaviourRating;
import id.pembina.evaluation.api.BehaviourResult;
import id.pembina.evaluation.api.EvaluationEngine;
import id.pembina.evaluation.api.Evaluations;
import id.pembina.evaluation.api.IndicatorBehaviour;
import id.pembina.evaluation.api.Phase;

public class BehaviourTest {

    private static final double EPS = 1e-12;
    private final EvaluationEngine engine = Evaluations.engine();

    private static final List<BehaviourIndicator> INDICATORS = List.of(
            new BehaviourIndicator("B1", "Menerapkan SOP pelayanan"),
            new BehaviourIndicator("B2", "Menyusun laporan tepat waktu"));

    private static BehaviourRating before(String participant, String indicator, int rating) {
        return new BehaviourRating(participant, indicator, Phase.BEFORE, rating);
    }

    private static BehaviourRating after(String participant, String indicator, int rating) {
        return new BehaviourRating(participant, indicator, Phase.AFTER, rating);
    }

    /** P3's supervisor did not answer the follow-up; P4 has no baseline; P5 has nothing. Five were asked. */
    private BehaviourResult session() {
        return engine.behaviour(INDICATORS, List.of(
                before("P1", "B1", 2), after("P1", "B1", 3), before("P1", "B2", 1), after("P1", "B2", 2),
                before("P2", "B1", 2), after("P2", "B1", 4), before("P2", "B2", 2),
                before("P3", "B1", 3),
                after("P4", "B1", 3), after("P4", "B2", 4)), 5);
    }

    @Test
    public void perIndicatorFigures() {
        BehaviourResult r = session();
        // B1: before 2,2,3 -> 7/3; after 3,4,3 -> 10/3; paired P1 +1, P2 +2 -> change 1.5; applying 3 of 3
        assertIndicator(r.indicators().get(0), 3, 7.0 / 3, 3, 10.0 / 3, 2, 1.5, 1.0);
        // B2: before 1,2 -> 1.5; after 2,4 -> 3; paired P1 +1 -> change 1; applying (4) 1 of 2
        assertIndicator(r.indicators().get(1), 2, 1.5, 2, 3.0, 1, 1.0, 0.5);
    }

    @Test
    public void overallShareApplyingAndResponseRate() {
        BehaviourResult r = session();
        // after-ratings 3,4,3 (B1) and 2,4 (B2): 5, of which 4 are >= 3 -> 0.8
        assertEquals(5, r.afterRatings());
        assertEquals(4, r.ratingsApplying());
        assertEquals(0.8, r.shareApplying(), EPS);
        // responses: P1, P2, P4 have after-ratings; 3 of 5 expected -> 0.6
        assertEquals(3, r.responsesReceived());
        assertEquals(5, r.responsesExpected());
        assertEquals(0.6, r.responseRate(), EPS);
    }

    @Test
    public void shareOfParticipantsApplyingBesideTheShareOfRatings() {
        BehaviourResult r = session();
        // After-ratings per participant: P1 3, 2 (mean 2.5, not all >= 3); P2 4 (mean 4, all); P4 3, 4 (mean 3.5,
        // all). Rated participants 3. Mean >= 3: P2, P4 -> 2/3. All >= 3: P2, P4 -> 2/3.
        assertEquals(2, r.participantsMeanApplying());
        assertEquals(2.0 / 3, r.participantShareMeanApplying(), EPS);
        assertEquals(2, r.participantsAllApplying());
        assertEquals(2.0 / 3, r.participantShareAllApplying(), EPS);
        // A participant rated 4 and 2 has mean 3 (applying by mean) but not on every indicator:
        BehaviourResult mixed = engine.behaviour(INDICATORS, List.of(after("Q", "B1", 4), after("Q", "B2", 2)), 1);
        assertEquals(1, mixed.participantsMeanApplying());
        assertEquals(1.0, mixed.participantShareMeanApplying(), 0);
        assertEquals(0, mixed.participantsAllApplying());
        assertEquals(0.0, mixed.participantShareAllApplying(), 0);
        // ...while the pooled share of ratings is 1 of 2 = 0.5
        assertEquals(0.5, mixed.shareApplying(), EPS);
    }

    @Test
    public void noRatings() {
        BehaviourResult r = engine.behaviour(INDICATORS, List.of(), 0);
        assertNull(r.shareApplying());
        assertNull(r.participantShareMeanApplying());
        assertNull(r.participantShareAllApplying());
        assertNull(r.responseRate());
        IndicatorBehaviour b1 = r.indicators().get(0);
        assertEquals(0, b1.nBefore());
        assertNull(b1.meanBefore());
        assertNull(b1.meanAfter());
        assertNull(b1.change());
        assertNull(b1.shareApplying());
        assertEquals(0.0, engine.behaviour(INDICATORS, List.of(), 4).responseRate(), 0);
    }

    @Test
    public void badRatingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> after("P1", "B1", 5));
        assertThrows(IllegalArgumentException.class, () -> after("P1", "B1", 0));
        assertThrows(IllegalArgumentException.class,
                () -> engine.behaviour(INDICATORS, List.of(after("P1", "B9", 3)), 1));
        assertThrows(IllegalArgumentException.class,
                () -> engine.behaviour(INDICATORS, List.of(after("P1", "B1", 3), after("P1", "B1", 4)), 1));
        // more responses than expected is an inconsistency of the caller
        assertThrows(IllegalArgumentException.class,
                () -> engine.behaviour(INDICATORS, List.of(after("P1", "B1", 3), after("P2", "B1", 4)), 1));
    }

    @Test
    public void manyRatingsInAnyOrderGiveTheFiguresOfAStraightCount() {
        // 300 participants, 4 indicators, ratings shuffled (a participant's ratings not together); some have only a
        // baseline, some only after-ratings. The figures are compared with a count written out plainly below.
        List<BehaviourIndicator> four = List.of(new BehaviourIndicator("I1", "a"), new BehaviourIndicator("I2", "b"),
                new BehaviourIndicator("I3", "c"), new BehaviourIndicator("I4", "d"));
        java.util.Random random = new java.util.Random(7);
        List<BehaviourRating> ratings = new java.util.ArrayList<>();
        for (int p = 0; p < 300; p++) {
            for (BehaviourIndicator indicator : four) {
                for (Phase phase : Phase.values()) {
                    if (random.nextInt(3) > 0) {
                        ratings.add(new BehaviourRating("P" + p, indicator.code(), phase, 1 + random.nextInt(4)));
                    }
                }
            }
        }
        java.util.Collections.shuffle(ratings, random);
        BehaviourResult r = engine.behaviour(four, ratings, 300);
        // The plain count: per indicator and phase, participant -> rating.
        int responded = 0;
        int meanApplying = 0;
        int allApplying = 0;
        int afterRatings = 0;
        int applying = 0;
        java.util.Map<String, java.util.Map<String, Integer>> before = new java.util.HashMap<>();
        java.util.Map<String, java.util.Map<String, Integer>> after = new java.util.HashMap<>();
        for (BehaviourRating x : ratings) {
            (x.phase() == Phase.BEFORE ? before : after).computeIfAbsent(x.indicatorCode(),
                    k -> new java.util.HashMap<>()).put(x.participantId(), x.rating());
        }
        for (int i = 0; i < four.size(); i++) {
            String code = four.get(i).code();
            java.util.Map<String, Integer> b = before.getOrDefault(code, java.util.Map.of());
            java.util.Map<String, Integer> a = after.getOrDefault(code, java.util.Map.of());
            long sumB = b.values().stream().mapToLong(v -> v).sum();
            long sumA = a.values().stream().mapToLong(v -> v).sum();
            long paired = a.keySet().stream().filter(b::containsKey).count();
            long change = a.entrySet().stream().filter(e -> b.containsKey(e.getKey()))
                    .mapToLong(e -> e.getValue() - b.get(e.getKey())).sum();
            long up = a.values().stream().filter(v -> v >= 3).count();
            IndicatorBehaviour got = r.indicators().get(i);
            assertEquals(new IndicatorBehaviour(four.get(i), b.size(), b.isEmpty() ? null : (double) sumB / b.size(),
                    a.size(), a.isEmpty() ? null : (double) sumA / a.size(), (int) paired,
                    paired == 0 ? null : (double) change / paired, a.isEmpty() ? null : (double) up / a.size()), got);
            afterRatings += a.size();
            applying += (int) up;
        }
        for (int p = 0; p < 300; p++) {
            String id = "P" + p;
            List<Integer> own = after.values().stream().filter(m -> m.containsKey(id)).map(m -> m.get(id)).toList();
            if (!own.isEmpty()) {
                responded++;
                meanApplying += own.stream().mapToInt(v -> v).sum() >= 3 * own.size() ? 1 : 0;
                allApplying += own.stream().allMatch(v -> v >= 3) ? 1 : 0;
            }
        }
        assertEquals(new BehaviourResult(r.indicators(), afterRatings, applying, (double) applying / afterRatings,
                responded, 300, responded / 300.0, meanApplying, (double) meanApplying / responded, allApplying,
                (double) allApplying / responded), r);
        // The figures do not depend on the order of the ratings.
        java.util.Collections.shuffle(ratings, random);
        assertEquals(r, engine.behaviour(four, ratings, 300));
        // A duplicate anywhere in the list is refused.
        List<BehaviourRating> twice = new java.util.ArrayList<>(ratings);
        twice.add(ratings.get(0));
        assertThrows(IllegalArgumentException.class, () -> engine.behaviour(four, twice, 300));
    }

    private static void assertIndicator(IndicatorBehaviour b, int nBefore, double meanBefore, int nAfter,
            double meanAfter, int nPaired, double change, double applying) {
        assertEquals(nBefore, b.nBefore());
        assertEquals(meanBefore, b.meanBefore(), EPS);
        assertEquals(nAfter, b.nAfter());
        assertEquals(meanAfter, b.meanAfter(), EPS);
        assertEquals(nPaired, b.nPaired());
        assertEquals(change, b.change(), EPS);
        assertEquals(applying, b.shareApplying(), EPS);
    }
}
