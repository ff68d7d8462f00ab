package id.pembina.evaluation.api;

import java.util.List;

/**
 * Level 4 result.
 *
 * @param changes per unit and indicator, ordered by indicator (given order) then unit code
 * @param estimates one per indicator, in the given order
 */
public record ResultsEvaluation(List<UnitIndicatorChange> changes, List<DifferenceInDifferences> estimates) {
    public ResultsEvaluation {
        changes = List.copyOf(changes);
        estimates = List.copyOf(estimates);
    }
}
