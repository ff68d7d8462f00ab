package id.pembina.catalog.api;

/** Why a participant missed a meeting or cancelled: busy ASN missing training becomes data. */
public enum AbsenceReason {
    /** Beban kerja / tugas pokok unit. */
    WORKLOAD,
    /** Cuti. */
    LEAVE,
    /** Sakit. */
    SICKNESS,
    /** Lainnya (see the note). */
    OTHER
}
