package id.pembina.evaluation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pembina.evaluation.api.ItemAnalysis;
import id.pembina.evaluation.api.ItemResponse;
import id.pembina.evaluation.api.ItemStatistics;

/** Difficulty and upper/lower 27 % discrimination; the ranking and tie rule are documented on ItemAnalysis. */
final class ItemAnalyzer {

    private ItemAnalyzer() {
    }

    static ItemAnalysis compute(List<ItemResponse> responses) {
        // Sheets and items numbered in order of first response; each response's place in the mark matrix.
        Map<String, Integer> rowOf = new LinkedHashMap<>();
        Map<String, Integer> column = new LinkedHashMap<>();
        int count = responses.size();
        int[] rows = new int[count];
        int[] columns = new int[count];
        String previous = null;
        int previousRow = -1;
        for (int r = 0; r < count; r++) {
            ItemResponse response = responses.get(r);
            // A sheet's responses usually come one after the other: its number is looked up once.
            if (previous == null || !previous.equals(response.participantId())) {
                previous = response.participantId();
                previousRow = Stats.number(rowOf, previous);
            }
            rows[r] = previousRow;
            columns[r] = Stats.number(column, response.itemCode());
        }
        List<String> itemOrder = new ArrayList<>(column.keySet());
        List<String> sheetOrder = new ArrayList<>(rowOf.keySet());
        int n = sheetOrder.size();
        int itemCount = itemOrder.size();
        // The marks as a matrix (sheet x item, in the items' order) and each sheet's total: every figure below is
        // a count over it. A second response of a sheet to an item is refused, and so is a sheet without a mark
        // for every item.
        boolean[][] marks = new boolean[n][itemCount];
        boolean[][] given = new boolean[n][itemCount];
        int[] answered = new int[n];
        int[] totals = new int[n];
        for (int r = 0; r < count; r++) {
            int row = rows[r];
            int col = columns[r];
            if (given[row][col]) {
                throw new IllegalArgumentException("duplicate response of " + sheetOrder.get(row) + " to item "
                        + itemOrder.get(col));
            }
            given[row][col] = true;
            answered[row]++;
            boolean right = responses.get(r).correct();
            marks[row][col] = right;
            totals[row] += right ? 1 : 0;
        }
        for (int row = 0; row < n; row++) {
            if (answered[row] != itemCount) {
                throw new IllegalArgumentException(sheetOrder.get(row)
                        + " has no mark for some items; unanswered = false");
            }
        }
        int groupSize = n == 0 ? 0 : Math.max(1, (27 * n + 50) / 100);
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
