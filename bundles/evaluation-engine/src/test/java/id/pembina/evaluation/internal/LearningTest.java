package id.pembina.evaluation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.util.List;

import org.junit.Test;

import id.pembina.evaluation.api.EvaluationEngine;
import id.pembina.evaluation.api.Evaluations;
import id.pembina.evaluation.api.GainBand;
import id.pembina.evaluation.api.LearningResult;
import id.pembina.evaluation.api.PairedTTest;
import id.pembina.evaluation.api.ParticipantLearning;
import id.pembina.evaluation.api.PrePostScore;
import id.pembina.evaluation.api.UndefinedReason;

public class LearningTest {

    private static final double EPS = 1e-12;
    private final EvaluationEngine engine = Evaluations.engine();

    /** Max 20 points. P1 10->16, P2 12->18, P3 20->20 (pre 100 %), P4 8->14. */
    private LearningResult classOfFour() {
        return engine.learning(List.of(new PrePostScore("P1", 10, 16, 20), new PrePostScore("P2", 12, 18, 20),
                new PrePostScore("P3", 20, 20, 20), new PrePostScore("P4", 8, 14, 20)));
    }

    @Test
    public void percentagesAndParticipantGains() {
        List<ParticipantLearning> p = classOfFour().participants();
        // P1 50 % -> 80 %: g = 30/50 = 0.6
        assertParticipant(p.get(0), "P1", 50, 80, 0.6);
        // P2 60 % -> 90 %: g = 30/40 = 0.75
        assertParticipant(p.get(1), "P2", 60, 90, 0.75);
        // P3 100 % -> 100 %: g undefined, never 0/0
        assertEquals(100, p.get(2).prePercent(), 0);
        assertNull(p.get(2).gain());
        assertEquals(UndefinedReason.PRE_AT_MAXIMUM, p.get(2).gainUndefined());
        // P4 40 % -> 70 %: g = 30/60 = 0.5
        assertParticipant(p.get(3), "P4", 40, 70, 0.5);
    }

    @Test
    public void classMeansAndHakeGain() {
        LearningResult r = classOfFour();
        // <pre%> = (50+60+100+40)/4 = 62.5; <post%> = (80+90+100+70)/4 = 85
        // <g> = (85 - 62.5) / (100 - 62.5) = 22.5/37.5 = 0.6 -> MEDIUM
        assertEquals(4, r.n());
        assertEquals(62.5, r.meanPrePercent(), EPS);
        assertEquals(85, r.meanPostPercent(), EPS);
        assertEquals(0.6, r.classGain().value(), EPS);
        assertEquals(GainBand.MEDIUM, r.classGain().band());
        assertNull(r.classGain().undefinedReason());
    }

    @Test
    public void pairedTTestOfTheClass() {
        // d = 30, 30, 0, 30: mean 22.5; squared deviations 3*7.5^2 + 22.5^2 = 675; sd = sqrt(675/3) = 15;
        // t = 22.5 / (15/2) = 3; df 3; for df 3, p = 1 - (2/pi)(atan(t/sqrt3) + (t/sqrt3)/(1 + t^2/3))
        // = 1 - (2/pi)(pi/3 + sqrt3/4) = 1/3 - sqrt3/(2 pi) = 0.0576688856...
        PairedTTest t = classOfFour().tTest();
        assertEquals(4, t.n());
        assertEquals(22.5, t.meanDifference(), EPS);
        assertEquals(15, t.sdDifference(), EPS);
        assertEquals(3, t.t(), EPS);
        assertEquals(Integer.valueOf(3), t.degreesOfFreedom());
        assertEquals(1.0 / 3 - Math.sqrt(3) / (2 * Math.PI), t.pValue(), 1e-10);
        assertNull(t.undefinedReason());
    }

    @Test
    public void pairedTTestWithAKnownPValue() {
        // Max 100, so percent = points. d = 1,2,3,4,5: mean 3; sd = sqrt(10/4) = 1.5811388; t = 3 / (sd/sqrt5) =
        // 3 / sqrt(0.5) = 4.2426407; df 4. For df 4, F(t) = 1/2 + (3/8) (t/sqrt(1+t^2/4)) (1 - t^2/(12(1+t^2/4)));
        // t^2 = 18: F = 1/2 + (3/8)(6/sqrt11)(8/11) = 1/2 + 18/(11 sqrt11); p = 2(1-F) = 1 - 36/(11 sqrt11)
        // = 0.0132355996 (scipy.stats.ttest_1samp agrees: 0.013235599563682).
        PairedTTest t = engine.learning(List.of(new PrePostScore("A", 50, 51, 100), new PrePostScore("B", 50, 52, 100),
                new PrePostScore("C", 50, 53, 100), new PrePostScore("D", 50, 54, 100),
                new PrePostScore("E", 50, 55, 100))).tTest();
        assertEquals(3, t.meanDifference(), EPS);
        assertEquals(Math.sqrt(2.5), t.sdDifference(), EPS);
        assertEquals(Math.sqrt(18), t.t(), 1e-10);
        assertEquals(Integer.valueOf(4), t.degreesOfFreedom());
        assertEquals(1 - 36 / (11 * Math.sqrt(11)), t.pValue(), 1e-10);
        assertEquals(0.01324, t.pValue(), 0.000005);
        // Cohen's d_z = mean / sd = 3 / sqrt(2.5) = 1.8973665961
        assertEquals(3 / Math.sqrt(2.5), t.cohensD(), 1e-12);
        // 95 % CI: 3 +/- t(0.975, 4) * sd / sqrt5 = 3 +/- 2.7764451052 * sqrt(0.5) = 3 +/- 1.9632432...
        // (t(0.975, 4) = 2.7764451052 from tables / scipy.stats.t.ppf(0.975, 4))
        assertEquals(3 - 2.7764451052 * Math.sqrt(0.5), t.confidenceLow(), 1e-8);
        assertEquals(3 + 2.7764451052 * Math.sqrt(0.5), t.confidenceHigh(), 1e-8);
    }

    @Test
    public void gainBandsAtTheirBoundaries() {
        // pre 50 %, post 85 %: g = 35/50 = 0.7 -> HIGH; post 65 %: 15/50 = 0.3 -> MEDIUM; post 40 %: -0.2 -> LOW
        assertEquals(GainBand.HIGH, engine.learning(List.of(new PrePostScore("A", 50, 85, 100))).classGain().band());
        assertEquals(GainBand.MEDIUM, engine.learning(List.of(new PrePostScore("A", 50, 65, 100))).classGain().band());
        LearningResult lower = engine.learning(List.of(new PrePostScore("A", 50, 40, 100)));
        assertEquals(-0.2, lower.classGain().value(), EPS);
        assertEquals(GainBand.LOW, lower.classGain().band());
    }

    @Test
    public void exactBoundaryGainsAreBandedFromTheExactFraction() {
        // pre 0, 65, 95; post 2, 100, 100 (max 100): <pre%> = 160/3, <post%> = 202/3;
        // <g> = (202/3 - 160/3) / (100 - 160/3) = 14 / (140/3) = 0.3 exactly -> MEDIUM (in doubles 0.2999999999999999)
        LearningResult medium = engine.learning(List.of(new PrePostScore("A", 0, 2, 100),
                new PrePostScore("B", 65, 100, 100), new PrePostScore("C", 95, 100, 100)));
        assertEquals(0.3, medium.classGain().value(), 0);
        assertEquals(GainBand.MEDIUM, medium.classGain().band());
        // pre 62, 99, 99; post 100, 100, 88: <pre%> = 260/3, <post%> = 288/3; <g> = (28/3) / (40/3) = 0.7 -> HIGH
        LearningResult high = engine.learning(List.of(new PrePostScore("A", 62, 100, 100),
                new PrePostScore("B", 99, 100, 100), new PrePostScore("C", 99, 88, 100)));
        assertEquals(0.7, high.classGain().value(), 0);
        assertEquals(GainBand.HIGH, high.classGain().band());
        // Half points and two maxima (two instrument versions): A 4.5/10 -> 8/10, B 7.5/20 -> 13.5/20.
        // sum(post - pre) shares = 3.5/10 + 6/20 = 0.65; room = 2 - (0.45 + 0.375) = 1.175; <g> = 0.65/1.175
        // = 0.5531914893617021 -> MEDIUM
        LearningResult mixed = engine.learning(List.of(new PrePostScore("A", 4.5, 8, 10),
                new PrePostScore("B", 7.5, 13.5, 20)));
        assertEquals(0.65 / 1.175, mixed.classGain().value(), 1e-15);
        assertEquals(GainBand.MEDIUM, mixed.classGain().band());
    }

    @Test
    public void scoresOfEachMaximumAreSummedExactlyBeforeTheirFraction() {
        // Two maxima interleaved, whole and half points in one maximum: A 5/10 -> 8/10, B 10/20 -> 16/20,
        // C 5.5/10 -> 5.5/10, D 9/20 -> 9/20. Per maximum: max 10: post 13.5 - pre 10.5 = 3 -> 3/10; max 20:
        // 25 - 19 = 6 -> 6/20. sum(post - pre) shares = 0.3 + 0.3 = 0.6; pre shares 10.5/10 + 19/20 = 2;
        // room = 4 - 2 = 2; <g> = 0.6 / 2 = 0.3 exactly -> MEDIUM (the band above the boundary).
        LearningResult r = engine.learning(List.of(new PrePostScore("A", 5, 8, 10), new PrePostScore("B", 10, 16, 20),
                new PrePostScore("C", 5.5, 5.5, 10), new PrePostScore("D", 9, 9, 20)));
        assertEquals(0.3, r.classGain().value(), 0);
        assertEquals(GainBand.MEDIUM, r.classGain().band());
        // Pre scores nearly full: A 10/10 -> 10, B 19.5/20 -> 20, C 20/20 -> 20, D 10/10 -> 9. Max 10: post 19 -
        // pre 20 = -1 -> -1/10; max 20: 40 - 39.5 = 0.5 -> 0.5/20. Gained -0.1 + 0.025 = -0.075; pre shares
        // 20/10 + 39.5/20 = 3.975; room 0.025; <g> = -0.075 / 0.025 = -3 exactly -> LOW.
        LearningResult full = engine.learning(List.of(new PrePostScore("A", 10, 10, 10),
                new PrePostScore("B", 19.5, 20, 20), new PrePostScore("C", 20, 20, 20), new PrePostScore("D", 10, 9, 10)));
        assertEquals(-3.0, full.classGain().value(), 0);
        assertEquals(GainBand.LOW, full.classGain().band());
        // Sums past a long stay exact: 10,000 scores of 999,999,999,999,999 points (their sum is about 1e19, more
        // than a long holds), pre at the maximum, and one score 5/10 -> 10/10. Gained 0 + 5/10 = 0.5; pre shares
        // 10,000 + 0.5; room 10,001 - 10,000.5 = 0.5; <g> = 1 exactly -> HIGH.
        List<PrePostScore> huge = new java.util.ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            huge.add(new PrePostScore("H" + i, 999_999_999_999_999.0, 999_999_999_999_999.0, 999_999_999_999_999.0));
        }
        huge.add(new PrePostScore("S", 5, 10, 10));
        LearningResult big = engine.learning(huge);
        assertEquals(1.0, big.classGain().value(), 0);
        assertEquals(GainBand.HIGH, big.classGain().band());
    }

    @Test
    public void noScores() {
        LearningResult r = engine.learning(List.of());
        assertEquals(0, r.n());
        assertNull(r.meanPrePercent());
        assertNull(r.meanPostPercent());
        assertNull(r.classGain().value());
        assertEquals(UndefinedReason.NO_DATA, r.classGain().undefinedReason());
        assertEquals(UndefinedReason.NO_DATA, r.tTest().undefinedReason());
        assertNull(r.tTest().meanDifference());
    }

    @Test
    public void oneScoreHasAGainButNoTTest() {
        // 6/10 -> 9/10: 60 % -> 90 %, g = 30/40 = 0.75 HIGH; one difference 30: no sd, no t
        LearningResult r = engine.learning(List.of(new PrePostScore("A", 6, 9, 10)));
        assertEquals(0.75, r.classGain().value(), EPS);
        assertEquals(GainBand.HIGH, r.classGain().band());
        PairedTTest t = r.tTest();
        assertEquals(1, t.n());
        assertEquals(30, t.meanDifference(), EPS);
        assertNull(t.sdDifference());
        assertNull(t.t());
        assertNull(t.degreesOfFreedom());
        assertNull(t.pValue());
        assertEquals(UndefinedReason.TOO_FEW_VALUES, t.undefinedReason());
    }

    @Test
    public void identicalDifferencesHaveNoTStatistic() {
        // d = 10, 10, 10: mean 10, sd 0, df 2; t would be 10/0
        PairedTTest t = engine.learning(List.of(new PrePostScore("A", 5, 6, 10), new PrePostScore("B", 6, 7, 10),
                new PrePostScore("C", 7, 8, 10))).tTest();
        assertEquals(10, t.meanDifference(), EPS);
        assertEquals(0, t.sdDifference(), 0);
        assertEquals(Integer.valueOf(2), t.degreesOfFreedom());
        assertNull(t.t());
        assertNull(t.pValue());
        assertEquals(UndefinedReason.ZERO_VARIANCE, t.undefinedReason());
        // d_z would be 10/0 as well: undefined, not infinite; the interval collapses to the mean: [10, 10]
        assertNull(t.cohensD());
        assertEquals(10, t.confidenceLow(), EPS);
        assertEquals(10, t.confidenceHigh(), EPS);
    }

    @Test
    public void everybodyAtMaximumBeforeLeavesTheClassGainUndefined() {
        LearningResult r = engine.learning(List.of(new PrePostScore("A", 10, 10, 10), new PrePostScore("B", 10, 9, 10)));
        assertEquals(100, r.meanPrePercent(), 0);
        assertNull(r.classGain().value());
        assertNull(r.classGain().band());
        assertEquals(UndefinedReason.PRE_AT_MAXIMUM, r.classGain().undefinedReason());
    }

    @Test
    public void badScoresAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PrePostScore("A", 11, 5, 10));
        assertThrows(IllegalArgumentException.class, () -> new PrePostScore("A", -1, 5, 10));
        assertThrows(IllegalArgumentException.class, () -> new PrePostScore("A", 1, 5, 0));
        assertThrows(IllegalArgumentException.class, () -> engine.learning(
                List.of(new PrePostScore("A", 1, 5, 10), new PrePostScore("A", 2, 5, 10))));
    }

    private static void assertParticipant(ParticipantLearning p, String id, double pre, double post, double gain) {
        assertEquals(id, p.participantId());
        assertEquals(pre, p.prePercent(), EPS);
        assertEquals(post, p.postPercent(), EPS);
        assertEquals(gain, p.gain(), EPS);
        assertNull(p.gainUndefined());
    }

    @Test
    public void classGainOfManyScoresOfAlternatingMaximaStaysExact() {
        // 5,000 pairs 5 -> 8 of 10 and 5,000 pairs 6 -> 9 of 15, alternating: gained 5,000 x (3/10 + 3/15) = 2,500;
        // pre shares 5,000 x (1/2 + 2/5) = 4,500; room 10,000 - 4,500 = 5,500; <g> = 2,500 / 5,500 = 5/11.
        List<PrePostScore> scores = new java.util.ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            scores.add(new PrePostScore("A" + i, 5, 8, 10));
            scores.add(new PrePostScore("B" + i, 6, 9, 15));
        }
        assertEquals(5.0 / 11, engine.learning(scores).classGain().value(), 1e-12);
        assertEquals(GainBand.MEDIUM, engine.learning(scores).classGain().band());
        // 0 -> 3 of 10 and 0 -> 6 of 20, alternating: exactly 0.3, which lands in the band above.
        List<PrePostScore> boundary = new java.util.ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            boundary.add(new PrePostScore("C" + i, 0, 3, 10));
            boundary.add(new PrePostScore("D" + i, 0, 6, 20));
        }
        assertEquals(0.3, engine.learning(boundary).classGain().value(), 0);
        assertEquals(GainBand.MEDIUM, engine.learning(boundary).classGain().band());
    }
}
