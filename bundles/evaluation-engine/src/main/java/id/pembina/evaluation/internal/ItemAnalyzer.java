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
        List<String> ranking = new ArrayList<>(sheets.keySet());
        ranking.sort(Comparator.comparingInt((String p) -> total(sheets.get(p))).reversed()
                .thenComparing(Comparator.naturalOrder()));
        List<String> upper = ranking.subList(0, groupSize);
        List<String> lower = ranking.subList(n - groupSize, n);
        List<ItemStatistics> statistics = new ArrayList<>();
        for (String item : items) {
            int correct = count(sheets, sheets.keySet(), item);
            if (n < 2) {
                statistics.add(new ItemStatistics(item, n, correct, (double) correct / n, null, null, null));
            } else {
                double pUpper = (double) count(sheets, upper, item) / groupSize;
                double pLower = (double) count(sheets, lower, item) / groupSize;
                statistics.add(new ItemStatistics(item, n, correct, (double) correct / n, pUpper, pLower,
                        pUpper - pLower));
            }
        }
        return new ItemAnalysis(n, groupSize, statistics);
    }

    private static int total(Map<String, Boolean> sheet) {
        return (int) sheet.values().stream().filter(Boolean::booleanValue).count();
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
