package id.pembina.planning.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * Planned against realised for a plan version as the year runs.
 *
 * @param planId                     the plan
 * @param version                    the version
 * @param lines                      per line
 * @param plannedCost                totals ...
 * @param realisedCost               ...
 * @param plannedParticipants        ...
 * @param realisedParticipants       ...
 * @param plannedJp                  ...
 * @param realisedJp                 ...
 * @param plannedCostPerParticipant  planned cost / planned participants (null without participants)
 * @param realisedCostPerParticipant realised cost / realised participants (null without participants)
 * @param plannedCostPerJp           planned cost / planned JP (null without JP)
 * @param realisedCostPerJp          realised cost / realised JP (null without JP)
 */
public record PlanProgress(long planId, int version, List<LineProgress> lines, BigDecimal plannedCost,
        BigDecimal realisedCost, int plannedParticipants, int realisedParticipants, int plannedJp, int realisedJp,
        BigDecimal plannedCostPerParticipant, BigDecimal realisedCostPerParticipant, BigDecimal plannedCostPerJp,
        BigDecimal realisedCostPerJp) {

    public PlanProgress {
        lines = List.copyOf(lines);
    }
}
