package id.pembina.evaluation.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Phillips ROI over n cost lines. {@code totalCosts} is the exact sum; {@code netBenefits} = benefits &minus; costs
 * exactly; ROI % = (benefits &minus; costs) &times; 100 / costs and benefit-cost ratio = benefits / costs are each
 * rounded once to {@link #SCALE} decimals with {@link #ROUNDING}. Both are null with
 * {@link UndefinedReason#ZERO_COSTS} when costs are 0.
 */
public record RoiResult(int costLines, BigDecimal totalCosts, BigDecimal benefits, BigDecimal netBenefits,
        BigDecimal roiPercent, BigDecimal benefitCostRatio, UndefinedReason undefinedReason) {

    /** Decimals of ROI % and the benefit-cost ratio. */
    public static final int SCALE = 2;

    /** Rounding of ROI % and the benefit-cost ratio. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
}
