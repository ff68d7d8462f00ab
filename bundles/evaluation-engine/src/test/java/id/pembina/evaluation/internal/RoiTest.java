package id.pembina.evaluation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;

import id.pembina.evaluation.api.CostLine;
import id.pembina.evaluation.api.EvaluationEngine;
import id.pembina.evaluation.api.Evaluations;
import id.pembina.evaluation.api.RoiResult;
import id.pembina.evaluation.api.UndefinedReason;

public class RoiTest {

    private final EvaluationEngine engine = Evaluations.engine();

    private static BigDecimal rp(String amount) {
        return new BigDecimal(amount);
    }

    private static final List<CostLine> COSTS = List.of(new CostLine("Honor narasumber", rp("5000000")),
            new CostLine("Konsumsi", rp("2500000")), new CostLine("ATK dan penggandaan", rp("1250000")));

    @Test
    public void roiAndBenefitCostRatio() {
        // costs 5,000,000 + 2,500,000 + 1,250,000 = 8,750,000; benefits 12,000,000; net 3,250,000
        // ROI = 3,250,000 * 100 / 8,750,000 = 37.142857... -> 37.14; BCR = 12 / 8.75 = 1.371428... -> 1.37
        RoiResult r = engine.roi(COSTS, rp("12000000"));
        assertEquals(3, r.costLines());
        assertEquals(rp("8750000"), r.totalCosts());
        assertEquals(rp("12000000"), r.benefits());
        assertEquals(rp("3250000"), r.netBenefits());
        assertEquals(rp("37.14"), r.roiPercent());
        assertEquals(rp("1.37"), r.benefitCostRatio());
        assertNull(r.undefinedReason());
    }

    @Test
    public void roundingIsHalfUpToTwoDecimals() {
        // net 99,600 * 100 / 8,000,000 = 1.245 -> 1.25 (HALF_EVEN would give 1.24); BCR 1.01245 -> 1.01
        RoiResult r = engine.roi(List.of(new CostLine("Paket pelatihan", rp("8000000"))), rp("8099600"));
        assertEquals(rp("1.25"), r.roiPercent());
        assertEquals(rp("1.01"), r.benefitCostRatio());
    }

    @Test
    public void aLossGivesANegativeRoi() {
        // net 4,000,000 - 8,750,000 = -4,750,000; ROI = -54.2857... -> -54.29; BCR 0.457142... -> 0.46
        RoiResult r = engine.roi(COSTS, rp("4000000"));
        assertEquals(rp("-4750000"), r.netBenefits());
        assertEquals(rp("-54.29"), r.roiPercent());
        assertEquals(rp("0.46"), r.benefitCostRatio());
    }

    @Test
    public void zeroCostsLeaveRoiUndefined() {
        for (List<CostLine> costs : List.of(List.<CostLine>of(), List.of(new CostLine("Gratis", rp("0"))))) {
            RoiResult r = engine.roi(costs, rp("1000000"));
            assertEquals(0, r.totalCosts().signum());
            assertEquals(rp("1000000"), r.netBenefits());
            assertNull(r.roiPercent());
            assertNull(r.benefitCostRatio());
            assertEquals(UndefinedReason.ZERO_COSTS, r.undefinedReason());
        }
    }

    @Test
    public void negativeAmountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CostLine("Refund", rp("-1")));
        assertThrows(IllegalArgumentException.class, () -> engine.roi(COSTS, rp("-1")));
    }
}
