package id.pembina.evaluation.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

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

    /**
     * @return this + num / den, reduced to lowest terms: with scores of a few maxima the terms stay a few digits
     *         long (multiplied out, the denominator grew with every score of another maximum than the previous
     *         one, and a city's 18,000 pairs took minutes)
     */
    ExactShare plus(BigDecimal num, BigDecimal den) {
        if (den.compareTo(denominator) == 0) {
            return new ExactShare(numerator.add(num), denominator);
        }
        // Both fractions over integers: a decimal's digits times a common power of ten.
        int scale = Math.max(Math.max(numerator.scale(), denominator.scale()), Math.max(num.scale(), den.scale()));
        BigInteger a = numerator.movePointRight(scale).toBigIntegerExact();
        BigInteger b = denominator.movePointRight(scale).toBigIntegerExact();
        BigInteger c = num.movePointRight(scale).toBigIntegerExact();
        BigInteger d = den.movePointRight(scale).toBigIntegerExact();
        BigInteger top = a.multiply(d).add(c.multiply(b));
        BigInteger bottom = b.multiply(d);
        BigInteger gcd = top.gcd(bottom);
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            top = top.divide(gcd);
            bottom = bottom.divide(gcd);
        }
        if (bottom.signum() < 0) {
            top = top.negate();
            bottom = bottom.negate();
        }
        return new ExactShare(new BigDecimal(top), new BigDecimal(bottom));
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
