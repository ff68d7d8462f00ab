package id.pembina.evaluation.data.api;

/** A supervisor's behaviour rating before the training (baseline) or some weeks after it. */
public enum FollowUpPhase {
    BASELINE, AFTER
}
