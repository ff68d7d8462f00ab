package id.pembina.evaluation.internal;

import java.math.BigDecimal;

/**
 * A sum of fractions kept exact, numerator over denominator: scores arrive as decimals (whole or half points)
 * and maxima differ between instrument versions, so shares like 65/100 must not pass through binary doubles
 * before a band boundary such as 0.3 is tested.
 */
record ExactShare(BigDecimal numerator, BigDecimal denominator) {

    static final ExactShare ZERO = new ExactShare(BigDecimal.ZERO, BigDecimal.ONE);

    /** @return the decimal value of a double as written (0.1 stays 0.1, not its binary expansion) */
    static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value);
    }

    ExactShare plus(BigDecimal num, BigDecimal den) {
        if (den.compareTo(denominator) == 0) {
            return new ExactShare(numerator.add(num), denominator);
        }
        return new ExactShare(numerator.multiply(den).add(num.multiply(denominator)), denominator.multiply(den));
    }

    int signum() {
        return numerator.signum() * denominator.signum();
    }

    /** @return this / other compared with p / q, exactly (denominators positive) */
    int compareRatio(ExactShare other, long p, long q) {
        // (a/b) / (c/d) >= p/q  <=>  a d q >= p b c   when b, c, d, q > 0
        BigDecimal left = numerator.multiply(other.denominator).multiply(BigDecimal.valueOf(q));
        BigDecimal right = BigDecimal.valueOf(p).multiply(denominator).multiply(other.numerator);
        return left.compareTo(right);
    }

    /** @return this / other as the nearest double */
    double ratio(ExactShare other) {
        return numerator.multiply(other.denominator)
                .divide(denominator.multiply(other.numerator), java.math.MathContext.DECIMAL64).doubleValue();
    }
}
