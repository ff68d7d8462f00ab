package id.pembina.evaluation.api;

import java.util.Objects;

/** The value of an indicator for a unit in one period (e.g. "2024-03") before or after the training. */
public record IndicatorValue(String unitCode, String indicatorCode, Phase phase, String period, double value) {
    public IndicatorValue {
        Checks.text(unitCode, "unitCode");
        Checks.text(indicatorCode, "indicatorCode");
        Objects.requireNonNull(phase, "phase");
        Checks.text(period, "period");
        Checks.finite(value, "value");
    }
}
