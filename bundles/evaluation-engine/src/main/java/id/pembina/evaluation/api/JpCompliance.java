package id.pembina.evaluation.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * JP compliance in a calendar year: participants with JP &ge; {@code minimumJp} comply.
 *
 * @param ruleSet the rule set the minimum came from, or null when it was given as a parameter
 * @param rate compliant / n, null when n = 0
 * @param participants all, ordered by unit code then participant id
 * @param belowMinimum the non-compliant ones, same order
 * @param units ordered by unit code
 */
public record JpCompliance(int year, BigDecimal minimumJp, String ruleSet, int n, int compliant, Double rate,
        List<ParticipantJp> participants, List<ParticipantJp> belowMinimum, List<UnitCompliance> units) {

    public JpCompliance {
        participants = List.copyOf(participants);
        belowMinimum = List.copyOf(belowMinimum);
        units = List.copyOf(units);
    }
}
