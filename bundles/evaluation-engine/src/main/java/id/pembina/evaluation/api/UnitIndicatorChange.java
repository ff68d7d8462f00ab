package id.pembina.evaluation.api;

/**
 * Change of one indicator in one unit: {@code before} and {@code after} are the means over the unit's periods in
 * that phase (null when that n is 0); change = after &minus; before; improvement = change signed by direction.
 */
public record UnitIndicatorChange(String unitCode, String indicatorCode, Direction direction,
        boolean comparisonUnit, int nBefore, Double before, int nAfter, Double after, Double change,
        Double improvement) {
}
