package id.pembina.evaluation.api;

import java.util.List;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Participants of a unit per category in a year, under one rule set.
 *
 * @param counts every category, highest first, zero where none
 * @param participants the individual indices, ordered by participant id
 */
public record CategoryDistribution(String unitCode, int year, int n, Map<Category, Integer> counts,
        String ruleSet, List<ProfessionalismIndex> participants) {

    public CategoryDistribution {
        // In the categories' order, highest first (Map.copyOf would iterate in an order that changes per JVM).
        counts = counts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(Map.copyOf(counts)));
        participants = List.copyOf(participants);
    }

    /** The count of one category. */
    public int count(Category category) {
        return counts.getOrDefault(category, 0);
    }
}
