package id.pembina.evaluation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import id.pembina.evaluation.api.EvaluationEngine;
import id.pembina.evaluation.api.Evaluations;
import id.pembina.evaluation.api.ItemAnalysis;
import id.pembina.evaluation.api.ItemResponse;
import id.pembina.evaluation.api.ItemStatistics;

public class ItemAnalysisTest {

    private static final double EPS = 1e-12;
    private final EvaluationEngine engine = Evaluations.engine();

    /** One row per participant: marks for I1, I2, I3 as "101" etc. */
    private static List<ItemResponse> sheet(String... rows) {
        List<ItemResponse> responses = new ArrayList<>();
        for (String row : rows) {
            String[] parts = row.split(":");
            for (int i = 0; i < parts[1].length(); i++) {
                responses.add(new ItemResponse(parts[0], "I" + (i + 1), parts[1].charAt(i) == '1'));
            }
        }
        return responses;
    }

    @Test
    public void difficultyAndDiscriminationWithATieAtTheGroupBoundary() {
        // Totals: P1 3; P2, P3, P4 2; P5, P6 1; P7 0. n = 7, group = round(0.27*7 = 1.89) = 2.
        // Ranking (total desc, id asc): P1 P2 P3 P4 P5 P6 P7. Upper = P1, P2 (P2 beats P3, P4 by id);
        // lower = P6, P7.
        ItemAnalysis a = engine.itemAnalysis(sheet("P1:111", "P2:110", "P3:101", "P4:110", "P5:010", "P6:100",
                "P7:000"));
        assertEquals(7, a.n());
        assertEquals(2, a.groupSize());
        // I1: correct P1 P2 P3 P4 P6 = 5/7; upper 2/2 = 1; lower (P6 1, P7 0) 1/2; D = 0.5
        assertItem(a.items().get(0), "I1", 5, 5.0 / 7, 1.0, 0.5, 0.5);
        // I2: correct P1 P2 P4 P5 = 4/7; upper 2/2; lower 0/2; D = 1
        assertItem(a.items().get(1), "I2", 4, 4.0 / 7, 1.0, 0.0, 1.0);
        // I3: correct P1 P3 = 2/7; upper (P1 1, P2 0) 1/2; lower 0; D = 0.5 (had P3 taken P2's place: 1.0)
        assertItem(a.items().get(2), "I3", 2, 2.0 / 7, 0.5, 0.0, 0.5);
    }

    @Test
    public void groupSizeIsRoundedHalfUpAndAtLeastOne() {
        // 0.27 * 50 = 13.5 -> 14; 0.27 * 10 = 2.7 -> 3; 0.27 * 2 = 0.54 -> 1; 0.27 * 1 -> at least 1
        assertEquals(14, groupSizeOf(50));
        assertEquals(3, groupSizeOf(10));
        assertEquals(1, groupSizeOf(2));
        assertEquals(1, groupSizeOf(1));
        assertEquals(0, engine.itemAnalysis(List.of()).groupSize());
    }

    @Test
    public void oneParticipantHasDifficultyButNoDiscrimination() {
        ItemAnalysis a = engine.itemAnalysis(sheet("P1:10"));
        ItemStatistics i1 = a.items().get(0);
        assertEquals(1, i1.n());
        assertEquals(1.0, i1.difficulty(), 0);
        assertNull(i1.upperShare());
        assertNull(i1.lowerShare());
        assertNull(i1.discrimination());
        assertEquals(0.0, a.items().get(1).difficulty(), 0);
    }

    @Test
    public void allIdenticalSheetsDiscriminateNothing() {
        ItemAnalysis a = engine.itemAnalysis(sheet("A:10", "B:10", "C:10", "D:10"));
        assertItem(a.items().get(0), "I1", 4, 1.0, 1.0, 1.0, 0.0);
        assertItem(a.items().get(1), "I2", 0, 0.0, 0.0, 0.0, 0.0);
    }

    @Test
    public void incompleteOrDuplicateSheetsAreRefused() {
        List<ItemResponse> missing = new ArrayList<>(sheet("A:11"));
        missing.add(new ItemResponse("B", "I1", true));
        assertThrows(IllegalArgumentException.class, () -> engine.itemAnalysis(missing));
        List<ItemResponse> duplicate = new ArrayList<>(sheet("A:1"));
        duplicate.add(new ItemResponse("A", "I1", false));
        assertThrows(IllegalArgumentException.class, () -> engine.itemAnalysis(duplicate));
    }

    private int groupSizeOf(int n) {
        List<ItemResponse> responses = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            responses.add(new ItemResponse("P" + i, "I1", i % 2 == 0));
        }
        return engine.itemAnalysis(responses).groupSize();
    }

    private static void assertItem(ItemStatistics s, String code, int correct, double p, double upper, double lower,
            double d) {
        assertEquals(code, s.itemCode());
        assertEquals(correct, s.correct());
        assertEquals(p, s.difficulty(), EPS);
        assertEquals(upper, s.upperShare(), EPS);
        assertEquals(lower, s.lowerShare(), EPS);
        assertEquals(d, s.discrimination(), EPS);
    }
}
