package id.pembina.evaluation.data.api;

import java.time.LocalDate;
import java.util.List;

import id.pembina.evaluation.api.CategoryDistribution;
import id.pembina.evaluation.api.JpCompliance;
import id.pembina.evaluation.api.LeadershipInvolvement;

/**
 * A unit's year: the unit and every unit below it ({@code unitCodes}), their active participants.
 *
 * @param ruleSet      name of the IP ASN rule set valid in the year (also in {@code index} and {@code jp})
 * @param index        IP ASN distribution over the categories ({@code n} = participants indexed)
 * @param notIndexed   participants left out of the index, with the reason
 * @param jp           20 JP compliance: Pembina sessions credited plus external training in the year
 * @param leadership   per unit, the share of its sessions its leader attended and L3 transfer
 */
public record UnitEvaluation(String unitCode, int year, List<String> unitCodes, String ruleSet,
        LocalDate ruleSetValidFrom, CategoryDistribution index, List<NotIndexed> notIndexed, JpCompliance jp,
        LeadershipInvolvement leadership) {

    public UnitEvaluation {
        unitCodes = List.copyOf(unitCodes);
        notIndexed = List.copyOf(notIndexed);
    }
}
