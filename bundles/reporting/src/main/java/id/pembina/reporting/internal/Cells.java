package id.pembina.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import id.pembina.reporting.api.Cell;

/** Cells from the engine's figures, which are doubles or null where undefined. */
final class Cells {

    private Cells() {
    }

    /** A decimal rounded to 2 places (HALF_UP), empty for null. */
    static Cell decimal(Double d) {
        return d == null ? Cell.empty(Cell.Kind.DECIMAL) : Cell.decimal(round(d, 2));
    }

    /** A share 0..1 kept to 4 places (a percentage with 2 decimals), empty for null. */
    static Cell percent(Double share) {
        return share == null ? Cell.empty(Cell.Kind.PERCENT) : Cell.percent(round(share, 4));
    }

    static Cell money(BigDecimal rupiah) {
        return rupiah == null ? Cell.empty(Cell.Kind.MONEY) : Cell.money(rupiah);
    }

    static Cell integer(long n) {
        return Cell.integer(n);
    }

    static Cell text(String s) {
        return s == null ? Cell.empty(Cell.Kind.TEXT) : Cell.text(s);
    }

    static BigDecimal round(double d, int scale) {
        return BigDecimal.valueOf(d).setScale(scale, RoundingMode.HALF_UP);
    }

    /** @return a / b to 2 places HALF_UP, or null when b is 0 */
    static BigDecimal per(BigDecimal a, long b) {
        return b == 0 ? null : a.divide(BigDecimal.valueOf(b), 2, RoundingMode.HALF_UP);
    }
}
