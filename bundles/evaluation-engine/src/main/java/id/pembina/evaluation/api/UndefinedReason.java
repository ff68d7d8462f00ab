package id.pembina.evaluation.api;

/** Why a figure is {@code null}. */
public enum UndefinedReason {
    /** There are no observations. */
    NO_DATA,
    /** There are too few observations (e.g. a standard deviation needs n &ge; 2). */
    TOO_FEW_VALUES,
    /** The pre-test score is already 100 %, so a normalized gain would divide by zero. */
    PRE_AT_MAXIMUM,
    /** All differences are equal, so the t statistic would divide by zero. */
    ZERO_VARIANCE,
    /** Programme costs are zero, so ROI and the benefit-cost ratio would divide by zero. */
    ZERO_COSTS,
    /** No comparison unit has values both before and after, so no difference-in-differences exists. */
    NO_COMPARISON
}
