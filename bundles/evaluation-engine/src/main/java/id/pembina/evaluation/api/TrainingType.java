package id.pembina.evaluation.api;

/** Kind of competency development, as the IP ASN competency dimension distinguishes it. */
public enum TrainingType {
    /** Pelatihan kepemimpinan (PKN, PKA, PKP ...). */
    LEADERSHIP,
    /** Pelatihan fungsional. */
    FUNCTIONAL,
    /** Pelatihan teknis. */
    TECHNICAL,
    /** Seminar, workshop (lokakarya), course (kursus) or internship (magang). */
    SEMINAR
}
