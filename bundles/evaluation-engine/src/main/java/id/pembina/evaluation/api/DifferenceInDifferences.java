package id.pembina.evaluation.api;

import java.util.List;

/**
 * Difference-in-differences of one indicator: (treated after &minus; treated before) &minus; (comparison after
 * &minus; comparison before). Each group figure is the mean over the group's units having values in both phases
 * (a unit's value per phase being the mean over its periods). {@code improvement} is the estimate signed by
 * direction. Undefined ({@code NO_DATA}: no treated unit with both phases; {@code NO_COMPARISON}: no comparison unit
 * with both phases): estimate and improvement null; group means are given where they exist.
 *
 * @param comparisonUnitCodes the comparison units used (those with values in both phases), by code
 * @param preTrend the parallel-trends check, or null when the groups share fewer than two pre-training periods
 */
public record DifferenceInDifferences(String indicatorCode, Direction direction, int treatedUnits,
        int comparisonUnits, Double treatedBefore, Double treatedAfter, Double comparisonBefore,
        Double comparisonAfter, Double estimate, Double improvement, UndefinedReason undefinedReason,
        List<String> comparisonUnitCodes, PreTrend preTrend) {

    public DifferenceInDifferences {
        comparisonUnitCodes = comparisonUnitCodes == null ? List.of() : List.copyOf(comparisonUnitCodes);
    }

    /** The estimate without the units used and the trend check, as in release 1.0 of this package. */
    public DifferenceInDifferences(String indicatorCode, Direction direction, int treatedUnits, int comparisonUnits,
            Double treatedBefore, Double treatedAfter, Double comparisonBefore, Double comparisonAfter,
            Double estimate, Double improvement, UndefinedReason undefinedReason) {
        this(indicatorCode, direction, treatedUnits, comparisonUnits, treatedBefore, treatedAfter, comparisonBefore,
                comparisonAfter, estimate, improvement, undefinedReason, List.of(), null);
    }

    /** treated after &minus; treated before, or null. */
    public Double treatedChange() {
        return treatedUnits == 0 ? null : treatedAfter - treatedBefore;
    }

    /** comparison after &minus; comparison before, or null. */
    public Double comparisonChange() {
        return comparisonUnits == 0 ? null : comparisonAfter - comparisonBefore;
    }
}
