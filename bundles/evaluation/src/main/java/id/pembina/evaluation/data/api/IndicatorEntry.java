package id.pembina.evaluation.data.api;

import java.math.BigDecimal;

/**
 * A unit's value of one of a programme's results indicators in one period.
 *
 * @param indicatorId one of the programme's results indicators
 * @param period      the month, {@code YYYY-MM}
 * @param value       the value, at most 4 fraction digits
 * @param comparison  true for a unit without the training (comparison group); the same for every value of a
 *                    unit and programme
 */
public record IndicatorEntry(String unitCode, String programCode, String indicatorId, String period,
        BigDecimal value, IndicatorPhase phase, boolean comparison) {
}
