package id.pembina.catalog.spi;

/**
 * The kind of training a programme is for the IP ASN competency dimension (Peraturan BKN 8/2019 Pasal 8): a
 * leadership training of a given level (it counts only for the position it prepares for), a functional
 * training, a technical training, or a seminar, workshop or course. Declared by the module; never inferred from
 * the competency type (a managerial course is not a leadership training).
 */
public enum IndexTrainingType {
    /** Pelatihan Kepemimpinan Nasional Tingkat I: for JPT utama and madya. */
    PKN_I,
    /** Pelatihan Kepemimpinan Nasional Tingkat II: for JPT pratama. */
    PKN_II,
    /** Pelatihan Kepemimpinan Administrator: for administrators. */
    PKA,
    /** Pelatihan Kepemimpinan Pengawas: for pengawas. */
    PKP,
    /** Pelatihan fungsional. */
    FUNGSIONAL,
    /** Pelatihan teknis. */
    TEKNIS,
    /** Seminar, lokakarya (workshop) or kursus (course). */
    SEMINAR;

    /** @return whether this is a leadership training (of any level) */
    public boolean leadership() {
        return this == PKN_I || this == PKN_II || this == PKA || this == PKP;
    }

    /**
     * The type of a programme whose module declares none: seminars, workshops and courses count as
     * {@link #SEMINAR}, everything else as {@link #TEKNIS}; never a leadership or functional training.
     */
    public static IndexTrainingType defaultFor(DeliveryMethod method) {
        if (method == DeliveryMethod.SEMINAR || method == DeliveryMethod.LOKAKARYA
                || method == DeliveryMethod.KURSUS) {
            return SEMINAR;
        }
        return TEKNIS;
    }
}
