package id.pembina.evaluation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import id.pembina.evaluation.api.EvaluationEngine;
import id.pembina.evaluation.api.Evaluations;
import id.pembina.evaluation.api.LikertAnswer;
import id.pembina.evaluation.api.LikertItem;
import id.pembina.evaluation.api.LikertStatistics;
import id.pembina.evaluation.api.ReactionResult;

public class ReactionTest {

    private static final double EPS = 1e-12;
    private final EvaluationEngine engine = Evaluations.engine();

    private static final List<LikertItem> ITEMS = List.of(
            new LikertItem("Q1", "Materi pelatihan sesuai kebutuhan tugas saya"),
            new LikertItem("Q2", "Fasilitator menyampaikan materi dengan jelas"),
            new LikertItem("Q3", "Waktu pelatihan cukup"),
            new LikertItem("Q4", "Ruang kelas nyaman"));

    private static List<LikertAnswer> answers(String item, int... values) {
        List<LikertAnswer> answers = new ArrayList<>();
        for (int v : values) {
            answers.add(new LikertAnswer(item, v));
        }
        return answers;
    }

    private static List<LikertAnswer> sessionAnswers() {
        List<LikertAnswer> all = new ArrayList<>(answers("Q1", 5, 4, 4, 3, 5));
        all.addAll(answers("Q2", 2, 3, 4));
        all.addAll(answers("Q3", 3, 4));
        return all;
    }

    @Test
    public void perItemFiguresMatchTheHandComputation() {
        ReactionResult r = engine.reaction(ITEMS, sessionAnswers());
        // Q1: 5,4,4,3,5. n 5, sum 21, mean 4.2; sum of squares 91; variance (5*91 - 21^2) / (5*4) = 14/20 = 0.7;
        // sd sqrt(0.7) = 0.836660...; counts 1..5 = 0,0,1,2,2; favourable (4,4,5,5) 4/5 = 0.8.
        assertStatistics(r.items().get(0).statistics(), 5, 4.2, Math.sqrt(0.7), List.of(0, 0, 1, 2, 2), 0.8);
        // Q2: 2,3,4. mean 3; variance (3*29 - 81) / 6 = 1; sd 1; favourable 1/3.
        assertStatistics(r.items().get(1).statistics(), 3, 3.0, 1.0, List.of(0, 1, 1, 1, 0), 1.0 / 3);
        // Q3: 3,4. mean 3.5; variance (2*25 - 49) / 2 = 0.5; favourable 1/2.
        assertStatistics(r.items().get(2).statistics(), 2, 3.5, Math.sqrt(0.5), List.of(0, 0, 1, 1, 0), 0.5);
        // Q4: nobody answered: n 0, mean, sd and favourable undefined.
        LikertStatistics q4 = r.items().get(3).statistics();
        assertEquals(0, q4.n());
        assertNull(q4.mean());
        assertNull(q4.standardDeviation());
        assertNull(q4.favourableShare());
        assertEquals(List.of(0, 0, 0, 0, 0), q4.counts());
        assertEquals("Ruang kelas nyaman", r.items().get(3).item().wording());
    }

    @Test
    public void overallPoolsAllAnswers() {
        // All 10 answers: sum 21+9+7 = 37, mean 3.7; squares 91+29+25 = 145;
        // variance (10*145 - 37^2) / (10*9) = 81/90 = 0.9; counts 0,1,3,4,2; favourable 6/10.
        assertStatistics(engine.reaction(ITEMS, sessionAnswers()).overall(), 10, 3.7, Math.sqrt(0.9),
                List.of(0, 1, 3, 4, 2), 0.6);
    }

    @Test
    public void itemsStrictlyBelowTheThresholdBecomeImprovementPoints() {
        ReactionResult r = engine.reaction(ITEMS, sessionAnswers());
        // Q2 (3.0) is below 3.5; Q3 is exactly 3.5, not below; Q4 has no answers, hence no evidence.
        assertEquals(3.5, r.threshold(), 0);
        assertEquals(1, r.improvementPoints().size());
        assertEquals("Q2", r.improvementPoints().get(0).itemCode());
        assertEquals("Fasilitator menyampaikan materi dengan jelas", r.improvementPoints().get(0).wording());
        assertEquals(3.0, r.improvementPoints().get(0).mean(), 0);
        assertEquals(3, r.improvementPoints().get(0).n());
        // With threshold 4.5: Q1 (4.2), Q2 (3.0) and Q3 (3.5).
        assertEquals(List.of("Q1", "Q2", "Q3"), engine.reaction(ITEMS, sessionAnswers(), 4.5).improvementPoints()
                .stream().map(p -> p.itemCode()).toList());
    }

    @Test
    public void noAnswersAtAll() {
        ReactionResult r = engine.reaction(ITEMS, List.of());
        assertEquals(0, r.overall().n());
        assertNull(r.overall().mean());
        assertNull(r.overall().standardDeviation());
        assertNull(r.overall().favourableShare());
        assertEquals(4, r.items().size());
        assertEquals(List.of(), r.improvementPoints());
    }

    @Test
    public void oneAnswerHasAMeanButNoStandardDeviation() {
        LikertStatistics s = engine.reaction(ITEMS, answers("Q1", 4)).items().get(0).statistics();
        assertStatistics(s, 1, 4.0, null, List.of(0, 0, 0, 1, 0), 1.0);
    }

    @Test
    public void identicalAnswersHaveStandardDeviationExactlyZero() {
        LikertStatistics s = engine.reaction(ITEMS, answers("Q1", 4, 4, 4)).items().get(0).statistics();
        // variance (3*48 - 144) / 6 = 0 exactly
        assertStatistics(s, 3, 4.0, 0.0, List.of(0, 0, 0, 3, 0), 1.0);
        assertEquals(3, s.count(4));
    }

    @Test
    public void badAnswersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LikertAnswer("Q1", 6));
        assertThrows(IllegalArgumentException.class, () -> new LikertAnswer("Q1", 0));
        assertThrows(IllegalArgumentException.class, () -> engine.reaction(ITEMS, answers("Q9", 3)));
        assertThrows(IllegalArgumentException.class,
                () -> engine.reaction(List.of(ITEMS.get(0), ITEMS.get(0)), List.of()));
    }

    private static void assertStatistics(LikertStatistics s, int n, Double mean, Double sd, List<Integer> counts,
            Double favourable) {
        assertEquals(n, s.n());
        assertEquals(mean, s.mean(), EPS);
        if (sd == null) {
            assertNull(s.standardDeviation());
        } else {
            assertEquals(sd, s.standardDeviation(), EPS);
        }
        assertEquals(counts, s.counts());
        assertEquals(favourable, s.favourableShare(), EPS);
    }
}
