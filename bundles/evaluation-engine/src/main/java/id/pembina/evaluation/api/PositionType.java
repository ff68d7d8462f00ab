package id.pembina.evaluation.api;

/** Type of position (jabatan); decides which competency rules apply. */
public enum PositionType {
    /** Jabatan Pimpinan Tinggi: leadership-training rule. */
    JPT,
    /** Jabatan Administrator: leadership-training rule. */
    ADMINISTRATOR,
    /** Jabatan Pengawas: leadership-training rule. */
    PENGAWAS,
    /** Jabatan Fungsional: functional-training rule. */
    FUNGSIONAL,
    /** Jabatan Pelaksana: the pelaksana variant (technical + seminar points only). */
    PELAKSANA;

    /** Whether the leadership-training rule applies to this position. */
    public boolean leadershipPosition() {
        return this == JPT || this == ADMINISTRATOR || this == PENGAWAS;
    }
}
