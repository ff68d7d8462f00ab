package id.pembina.evaluation.data.api;

import java.math.BigDecimal;
import java.util.List;

import id.pembina.evaluation.api.JpCompliance;
import id.pembina.evaluation.api.UnitCompliance;

/**
 * 20 JP compliance of a unit's year in figures, without the list of participants ({@link JpCompliance} has it;
 * those below the minimum are paged by {@link EvaluationDataService#belowMinimumJp}).
 *
 * @param ruleSet      the rule set the minimum came from
 * @param n            participants counted
 * @param compliant    those with JP &ge; {@code minimumJp}
 * @param rate         compliant / n, null when n = 0
 * @param belowMinimum n &minus; compliant
 * @param units        per unit, ordered by unit code
 * @since 2.2
 */
public record JpSummary(int year, BigDecimal minimumJp, String ruleSet, int n, int compliant, Double rate,
        int belowMinimum, List<UnitCompliance> units) {

    public JpSummary {
        units = List.copyOf(units);
    }

    /** The figures of a full compliance result. */
    public static JpSummary of(JpCompliance jp) {
        return new JpSummary(jp.year(), jp.minimumJp(), jp.ruleSet(), jp.n(), jp.compliant(), jp.rate(),
                jp.belowMinimum().size(), jp.units());
    }
}
