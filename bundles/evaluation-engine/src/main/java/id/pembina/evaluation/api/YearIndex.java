package id.pembina.evaluation.api;

import java.time.LocalDate;
import java.util.Map;

/**
 * One year of a trend: n participants evaluated under the rule set valid in that year, their mean total and the
 * distribution over all categories.
 */
public record YearIndex(int year, int n, double meanTotal, Map<Category, Integer> counts, String ruleSet,
        LocalDate ruleSetValidFrom) {

    public YearIndex {
        counts = Map.copyOf(counts);
    }

    /** The count of one category. */
    public int count(Category category) {
        return counts.getOrDefault(category, 0);
    }
}
