package id.pembina.evaluation.api;

import java.util.List;

/**
 * Units with involved leaders against the others; {@code difference} = involved mean &minus; others' mean (null
 * when either is null).
 *
 * @param units ordered by unit code
 */
public record LeadershipInvolvement(double threshold, List<UnitInvolvement> units, GroupTransfer involved,
        GroupTransfer others, Double difference) {

    public LeadershipInvolvement {
        units = List.copyOf(units);
    }
}
