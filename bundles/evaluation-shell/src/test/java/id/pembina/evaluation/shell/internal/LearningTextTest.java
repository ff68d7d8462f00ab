package id.pembina.evaluation.shell.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

import id.pembina.evaluation.api.PairedTTest;
import id.pembina.evaluation.api.UndefinedReason;

public class LearningTextTest {

    @Test
    public void aTinyPValueIsPrintedWithItsValueNotAsZero() {
        // p = 1.3e-6: "%.2f" printed "p 0.00"; now the bound and the value in scientific form
        PairedTTest t = new PairedTTest(30, 12.0, 8.0, 8.2, 29, 1.3e-6, null, 1.5, 9.01, 14.99);
        assertEquals("p < 0.001 (1.3E-06), d 1.50, CI95 [9.01; 14.99]", LearningText.tTest(t));
    }

    @Test
    public void anOrdinaryPValueHasThreeDecimals() {
        // p = 1/3 - sqrt3/(2 pi) = 0.05766888...
        PairedTTest t = new PairedTTest(4, 22.5, 15.0, 3.0, 3, 1.0 / 3 - Math.sqrt(3) / (2 * Math.PI), null, 1.5,
                -1.37, 46.37);
        assertEquals("p 0.058, d 1.50, CI95 [-1.37; 46.37]", LearningText.tTest(t));
    }

    @Test
    public void zeroVarianceHasNoPAndNoEffectSizeButAPointInterval() {
        PairedTTest t = new PairedTTest(3, 10.0, 0.0, null, 2, null, UndefinedReason.ZERO_VARIANCE, null, 10.0, 10.0);
        assertEquals("p -, CI95 [10.00; 10.00]", LearningText.tTest(t));
    }
}
