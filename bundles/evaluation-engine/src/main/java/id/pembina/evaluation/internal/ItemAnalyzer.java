package id.pembina.evaluation.internal;

import java.util.ArrayList;
import java.util.Comparator;
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
        Map<String, Integer> totals = new LinkedHashMap<>();
        sheets.forEach((participant, sheet) -> totals.put(participant, total(sheet)));
        List<Integer> descending = new ArrayList<>(totals.values());
        descending.sort(Comparator.reverseOrder());
        List<ItemStatistics> statistics = new ArrayList<>();
        for (String item : items) {
            int correct = count(sheets, sheets.keySet(), item);
            if (n < 2) {
                statistics.add(new ItemStatistics(item, n, correct, (double) correct / n, null, null, null));
            } else {
                double pUpper = GroupShare.of(sheets, totals, item, groupSize, descending.get(groupSize - 1), true);
                double pLower = GroupShare.of(sheets, totals, item, groupSize, descending.get(n - groupSize), false);
                statistics.add(new ItemStatistics(item, n, correct, (double) correct / n, pUpper, pLower,
                        pUpper - pLower));
            }
        }
        return new ItemAnalysis(n, groupSize, statistics);
    }

    private static int total(Map<String, Boolean> sheet) {
        return (int) sheet.values().stream().filter(Boolean::booleanValue).count();
    }

    /**
     * The share correct in one 27 % group. Sheets strictly beyond the boundary total belong to the group; the sheets
     * whose total equals the boundary total share the group's remaining places equally (each counts
     * remaining / tied), so no sheet's identity decides who is in.
     */
    private static final class GroupShare {

        static double of(Map<String, Map<String, Boolean>> sheets, Map<String, Integer> totals, String item,
                int groupSize, int boundary, boolean upper) {
            int inside = 0;
            int insideCorrect = 0;
            int tied = 0;
            int tiedCorrect = 0;
            for (Map.Entry<String, Integer> e : totals.entrySet()) {
                int total = e.getValue();
                boolean right = sheets.get(e.getKey()).get(item);
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

    private static int count(Map<String, Map<String, Boolean>> sheets, Iterable<String> group, String item) {
        int count = 0;
        for (String participant : group) {
            if (sheets.get(participant).get(item)) {
                count++;
            }
        }
        return count;
    }
}
