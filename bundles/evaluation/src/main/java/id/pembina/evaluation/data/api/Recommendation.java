package id.pembina.evaluation.data.api;

/**
 * A recommendation derived from a programme's figures (thresholds in {@code docs/evaluation.md}).
 *
 * @param kind      what it is about
 * @param subject   the reaction item or behaviour indicator concerned (its id as in the evaluation), or null
 * @param value     the figure that triggered it
 * @param threshold the figure's limit
 * @param code      the message code of its text ({@code evaluation.rec.*}, arguments subject, value, threshold)
 */
public record Recommendation(Kind kind, String subject, double value, double threshold, String code) {

    /** The figures a recommendation can come from. */
    public enum Kind {
        /** a reaction item's mean below the improvement threshold (3.5) */
        ITEM_BELOW_THRESHOLD,
        /** Hake's class gain below 0.3 */
        LOW_GAIN,
        /** a behaviour indicator whose share of after-ratings &ge; 3 is below one half */
        LOW_APPLICATION,
        /** fewer than half of the participants' direct supervisors took part (seat or role) */
        LEADERS_ABSENT,
        /** at least a tenth of the participants missed a meeting or their seat for workload */
        WORKLOAD_ABSENCES
    }
}
