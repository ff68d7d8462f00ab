package id.pembina.catalog.spi;

/** How a programme is delivered: classical (first four) and non-classical development paths. */
public enum DeliveryMethod {
    PELATIHAN, SEMINAR, LOKAKARYA, KURSUS, E_LEARNING, COACHING, MENTORING
}
