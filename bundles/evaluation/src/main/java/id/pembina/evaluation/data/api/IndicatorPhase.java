package id.pembina.evaluation.data.api;

/** Whether a unit's indicator value was measured before or after the training. */
public enum IndicatorPhase {
    BEFORE, AFTER
}
