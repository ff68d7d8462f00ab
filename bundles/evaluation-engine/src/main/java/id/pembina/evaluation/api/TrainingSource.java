package id.pembina.evaluation.api;

/** Where a training record comes from; both count alike. */
public enum TrainingSource {
    PEMBINA, EXTERNAL
}
