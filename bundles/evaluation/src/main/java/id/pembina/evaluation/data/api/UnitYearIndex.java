package id.pembina.evaluation.data.api;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import id.pembina.evaluation.api.Category;

/**
 * One year of a unit's trend: the IP ASN distribution over the unit and every unit below it, and its
 * 20 JP compliance, each as {@link EvaluationDataService#evaluateUnit} computes them for that year.
 *
 * @param n                the participants with an index
 * @param categories       participants per IP ASN category, highest category first
 * @param jpComplianceRate share of participants with the year's minimum JP, or null without participants
 * @param ruleSet          the name of the rule set valid in that year
 */
public record UnitYearIndex(int year, int n, Map<Category, Integer> categories, Double jpComplianceRate,
        String ruleSet) {

    public UnitYearIndex {
        // In the categories' order, highest first (Map.copyOf would iterate in an order that changes per JVM).
        categories = categories.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(Map.copyOf(categories)));
    }
}
