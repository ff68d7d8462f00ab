package id.pembina.evaluation.data.api;

/** Where a follow-through action stands. */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE
}
