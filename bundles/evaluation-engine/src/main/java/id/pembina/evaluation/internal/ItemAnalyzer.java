package id.pembina.evaluation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pembina.evaluation.api.ItemAnalysis;
import id.pembina.evaluation.api.ItemResponse;
import id.pembina.evaluation.api.ItemStatistics;

/** Difficulty and upper/lower 27 % discrimination; the ranking and tie rule are documented on ItemAnalysis. */
final class ItemAnalyzer {

    private ItemAnalyzer() {
    }

    static ItemAnalysis compute(List<ItemResponse> responses) {
        Map<String, Map<String, Boolean>> sheets = new LinkedHashMap<>();
        Set<String> items = new LinkedHashSet<>();
        for (ItemResponse r : responses) {
            items.add(r.itemCode());
            if (sheets.computeIfAbsent(r.participantId(), id -> new LinkedHashMap<>())
                    .put(r.itemCode(), r.correct()) != null) {
                throw new IllegalArgumentException(
                        "duplicate response of " + r.participantId() + " to item " + r.itemCode());
            }
        }
        sheets.forEach((participant, sheet) -> {
            if (sheet.size() != items.size()) {
                throw new IllegalArgumentException(participant + " has no mark for some items; unanswered = false");
            }
        });
        int n = sheets.size();
        int groupSize = n == 0 ? 0 : Math.max(1, (27 * n + 50) / 100);
        // The marks as a matrix (sheet x item, in the items' order) and each sheet's total: every figure below is
        // a count over it, with the same integers as counting through the maps.
        List<String> itemOrder = new ArrayList<>(items);
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < itemOrder.size(); i++) {
            column.put(itemOrder.get(i), i);
        }
        boolean[][] marks = new boolean[n][itemOrder.size()];
        int[] totals = new int[n];
        int row = 0;
        for (Map<String, Boolean> sheet : sheets.values()) {
            for (Map.Entry<String, Boolean> e : sheet.entrySet()) {
                boolean right = e.getValue();
                marks[row][column.get(e.getKey())] = right;
                totals[row] += right ? 1 : 0;
            }
            row++;
        }
        int[] descending = totals.clone();
        Arrays.sort(descending); // ascending: the k-th highest is descending[n - k]
        List<ItemStatistics> statistics = new ArrayList<>();
        for (int i = 0; i < itemOrder.size(); i++) {
            String item = itemOrder.get(i);
            int correct = 0;
            for (int s = 0; s < n; s++) {
                correct += marks[s][i] ? 1 : 0;
            }
            if (n < 2) {
                statistics.add(new ItemStatistics(item, n, correct, (double) correct / n, null, null, null));
            } else {
                double pUpper = groupShare(marks, totals, i, groupSize, descending[n - groupSize], true);
                double pLower = groupShare(marks, totals, i, groupSize, descending[groupSize - 1], false);
                statistics.add(new ItemStatistics(item, n, correct, (double) correct / n, pUpper, pLower,
                        pUpper - pLower));
            }
        }
        return new ItemAnalysis(n, groupSize, statistics);
    }

    /**
     * The share correct in one 27 % group. Sheets strictly beyond the boundary total belong to the group; the sheets
     * whose total equals the boundary total share the group's remaining places equally (each counts
     * remaining / tied), so no sheet's identity decides who is in.
     */
    private static double groupShare(boolean[][] marks, int[] totals, int item, int groupSize, int boundary,
            boolean upper) {
        int inside = 0;
        int insideCorrect = 0;
        int tied = 0;
        int tiedCorrect = 0;
        for (int s = 0; s < totals.length; s++) {
            int total = totals[s];
            boolean right = marks[s][item];
            if (total == boundary) {
                tied++;
                tiedCorrect += right ? 1 : 0;
            } else if (upper ? total > boundary : total < boundary) {
                inside++;
                insideCorrect += right ? 1 : 0;
            }
        }
        int remaining = groupSize - inside;
        // (insideCorrect + remaining * tiedCorrect / tied) / groupSize, with one division
        return (double) (insideCorrect * tied + remaining * tiedCorrect) / ((double) tied * groupSize);
    }

}
