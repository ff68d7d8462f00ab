package id.pembina.evaluation.api;

/** Inclusive bounds of a category's total. */
public record CategoryRange(int min, int max) {

    /** Whether the total lies in this range. */
    public boolean contains(int total) {
        return total >= min && total <= max;
    }
}
