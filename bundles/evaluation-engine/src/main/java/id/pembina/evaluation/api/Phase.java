package id.pembina.evaluation.api;

/** Before the training (L3 baseline, L4 before period) or after it (L3 follow-up after N weeks, L4 after). */
public enum Phase {
    BEFORE, AFTER
}
