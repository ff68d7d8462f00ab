package id.pembina.catalog.spi;

/**
 * A unit-level result the programme should move, e.g. complaints per month.
 *
 * @param id            stable identifier, e.g. {@code complaints-per-month}
 * @param name          name, Bahasa Indonesia
 * @param unitOfMeasure e.g. {@code pengaduan/bulan}, {@code menit}, {@code indeks 25-100}
 * @param direction     whether higher or lower values are better
 */
public record ResultsIndicator(String id, String name, String unitOfMeasure, Direction direction) {

    /** Which way is better. */
    public enum Direction {
        HIGHER_IS_BETTER, LOWER_IS_BETTER
    }
}
