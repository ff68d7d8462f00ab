package id.pembina.evaluation.api;

import java.math.BigDecimal;

/**
 * Bounds of a category's total as the rule set states them (e.g. Tinggi 81..90). Totals may hold half points; a
 * total belongs to the highest category whose {@code min} it reaches (so 90.5 is Tinggi when Sangat Tinggi starts
 * at 91), see {@link RuleSet#categoryOf}.
 */
public record CategoryRange(BigDecimal min, BigDecimal max) {

    /** Whether the total lies within the stated bounds. */
    public boolean contains(BigDecimal total) {
        return total.compareTo(min) >= 0 && total.compareTo(max) <= 0;
    }
}
