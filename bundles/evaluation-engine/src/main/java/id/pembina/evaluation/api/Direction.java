package id.pembina.evaluation.api;

/** Which way of a results indicator is better. */
public enum Direction {
    /** e.g. IKM, tasks on time */
    HIGHER_IS_BETTER,
    /** e.g. complaints, service time */
    LOWER_IS_BETTER;

    /** A change expressed as improvement: positive always means better. */
    public double improvement(double change) {
        return this == HIGHER_IS_BETTER ? change : 0.0 - change;
    }
}
