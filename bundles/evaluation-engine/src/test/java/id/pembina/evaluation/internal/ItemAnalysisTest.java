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
    public void tiedSheetsAtTheGroupBoundaryShareTheRemainingPlaces() {
        // Totals: P1 3; P2, P3, P4 2; P5, P6 1; P7 0. n = 7, group = round(0.27*7 = 1.89) = 2.
        // Upper: boundary total 2 (2nd best). P1 is in; P2, P3, P4 share the 1 remaining place, weight 1/3 each.
        // Lower: boundary total 1 (2nd weakest). P7 is in; P5, P6 share the 1 remaining place, weight 1/2 each.
        ItemAnalysis a = engine.itemAnalysis(sheet("P1:111", "P2:110", "P3:101", "P4:110", "P5:010", "P6:100",
                "P7:000"));
        assertEquals(7, a.n());
        assertEquals(2, a.groupSize());
        // I1: correct P1 P2 P3 P4 P6 = 5/7; upper (1 + 3 * 1/3) / 2 = 1; lower (0 + 1/2 * (P5 0 + P6 1)) / 2 = 0.25;
        // D = 0.75
        assertItem(a.items().get(0), "I1", 5, 5.0 / 7, 1.0, 0.25, 0.75);
        // I2: correct P1 P2 P4 P5 = 4/7; upper (1 + 1/3 * (P2 1 + P3 0 + P4 1)) / 2 = 5/6; lower (0 + 1/2 * P5 1) / 2
        // = 0.25; D = 5/6 - 1/4 = 7/12
        assertItem(a.items().get(1), "I2", 4, 4.0 / 7, 5.0 / 6, 0.25, 7.0 / 12);
        // I3: correct P1 P3 = 2/7; upper (1 + 1/3 * P3 1) / 2 = 2/3; lower 0; D = 2/3
        assertItem(a.items().get(2), "I3", 2, 2.0 / 7, 2.0 / 3, 0.0, 2.0 / 3);
    }

    @Test
    public void responsesInAnyOrderGiveTheSameFigures() {
        // The sheets of the tie example, each response in another place: a sheet's responses need not be together.
        List<ItemResponse> responses = sheet("P1:111", "P2:110", "P3:101", "P4:110", "P5:010", "P6:100", "P7:000");
        ItemAnalysis together = engine.itemAnalysis(responses);
        List<ItemResponse> mixed = new ArrayList<>(responses.subList(0, 3)); // I1, I2, I3 first: the items' order
        List<ItemResponse> rest = new ArrayList<>(responses.subList(3, responses.size()));
        java.util.Collections.shuffle(rest, new java.util.Random(3));
        mixed.addAll(rest);
        assertEquals(together, engine.itemAnalysis(mixed));
        assertItem(engine.itemAnalysis(mixed).items().get(1), "I2", 4, 4.0 / 7, 5.0 / 6, 0.25, 7.0 / 12);
    }

    @Test
    public void swappingParticipantIdsOfTiedSheetsChangesNothing() {
        // Totals X 2, Y 2, Z 1, W 0 (n = 4, group 1): upper boundary 2, X and Y share the 1 place, weight 1/2.
        // The second run swaps the ids of the two tied sheets; ranking ties by id would change I1 and I3.
        List<ItemResponse> first = sheet("X:110", "Y:011", "Z:001", "W:000");
        List<ItemResponse> swapped = sheet("Y:110", "X:011", "Z:001", "W:000");
        ItemAnalysis a = engine.itemAnalysis(first);
        ItemAnalysis b = engine.itemAnalysis(swapped);
        // I1: correct X = 1/4; upper 1/2 * 1 = 0.5; lower W 0; D = 0.5. (Ordering by id would give 1.0 or 0.0.)
        assertItem(a.items().get(0), "I1", 1, 0.25, 0.5, 0.0, 0.5);
        // I2: correct X, Y = 2/4; upper (1 + 1) / 2 = 1; lower 0; D = 1
        assertItem(a.items().get(1), "I2", 2, 0.5, 1.0, 0.0, 1.0);
        for (int i = 0; i < 3; i++) {
            assertEquals(a.items().get(i), b.items().get(i));
        }
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
