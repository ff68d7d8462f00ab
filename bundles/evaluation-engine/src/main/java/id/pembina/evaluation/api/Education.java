package id.pembina.evaluation.api;

/** Highest completed education level, lowest first. SMA includes SMK. */
public enum Education {
    SD, SMP, SMA, D1, D2, D3, D4, S1, S2, S3
}
