package id.pembina.evaluation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import id.pembina.evaluation.api.CostLine;
import id.pembina.evaluation.api.RoiResult;
import id.pembina.evaluation.api.UndefinedReason;

/** Phillips ROI in exact decimals, rounded once at the end. */
final class RoiCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RoiCalculator() {
    }

    static RoiResult compute(List<CostLine> costs, BigDecimal benefits) {
        Objects.requireNonNull(benefits, "monetisedBenefits");
        if (benefits.signum() < 0) {
            throw new IllegalArgumentException("monetised benefits must not be negative: " + benefits);
        }
        BigDecimal total = costs.stream().map(CostLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal net = benefits.subtract(total);
        if (total.signum() == 0) {
            return new RoiResult(costs.size(), total, benefits, net, null, null, UndefinedReason.ZERO_COSTS);
        }
        BigDecimal roi = net.multiply(HUNDRED).divide(total, RoiResult.SCALE, RoiResult.ROUNDING);
        BigDecimal ratio = benefits.divide(total, RoiResult.SCALE, RoiResult.ROUNDING);
        return new RoiResult(costs.size(), total, benefits, net, roi, ratio, null);
    }
}
