package id.pembina.evaluation.api;

import java.math.BigDecimal;

/** Mutu pelayanan from the converted IKM (PermenPAN-RB 14/2017), on the index rounded to 2 decimals. */
public enum IkmGrade {
    /** Sangat Baik: 88.31 .. 100. */
    A("88.31"),
    /** Baik: 76.61 .. 88.30. */
    B("76.61"),
    /** Kurang Baik: 65.00 .. 76.60. */
    C("65.00"),
    /** Tidak Baik: 25.00 .. 64.99. */
    D("25.00");

    private final BigDecimal minimum;

    IkmGrade(String minimum) {
        this.minimum = new BigDecimal(minimum);
    }

    /** @return the lowest converted index of this grade */
    public BigDecimal minimum() {
        return minimum;
    }

    /** @return the grade of a converted index already rounded to 2 decimals (25..100) */
    public static IkmGrade of(BigDecimal index) {
        for (IkmGrade g : values()) {
            if (index.compareTo(g.minimum) >= 0) {
                return g;
            }
        }
        throw new IllegalArgumentException("an IKM index is at least 25: " + index);
    }
}
