package id.pembina.evaluation.api;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One year of a trend: n participants evaluated under the rule set valid in that year, their mean total and the
 * distribution over all categories ({@code counts}, highest category first).
 */
public record YearIndex(int year, int n, double meanTotal, Map<Category, Integer> counts, String ruleSet,
        LocalDate ruleSetValidFrom) {

    public YearIndex {
        // In the categories' order, highest first (Map.copyOf would iterate in an order that changes per JVM).
        counts = counts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(Map.copyOf(counts)));
    }

    /** The count of one category. */
    public int count(Category category) {
        return counts.getOrDefault(category, 0);
    }
}
