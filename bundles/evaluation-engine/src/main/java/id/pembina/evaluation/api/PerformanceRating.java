package id.pembina.evaluation.api;

/** Annual performance rating (predikat kinerja), best first. */
public enum PerformanceRating {
    /** Sangat Baik */
    VERY_GOOD,
    /** Baik */
    GOOD,
    /** Butuh Perbaikan (formerly Cukup) */
    NEEDS_IMPROVEMENT,
    /** Kurang */
    POOR,
    /** Sangat Kurang (formerly Buruk) */
    VERY_POOR
}
