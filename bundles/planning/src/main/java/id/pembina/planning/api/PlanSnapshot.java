package id.pembina.planning.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One saved version of a plan.
 *
 * @param planId    the plan
 * @param version   the version
 * @param year      the plan year
 * @param unitCode  the unit, or null for the agency
 * @param name      the plan's name
 * @param source    where the draft came from
 * @param savedAt   when it was saved
 * @param savedBy   who saved it
 * @param lines     the planned sessions
 * @param cost      planned cost in total
 * @param seats     planned participants in total (a person in two sessions counts twice)
 * @param jp        planned JP in total: programme JP times planned participants, summed over the lines
 */
public record PlanSnapshot(long planId, int version, int year, String unitCode, String name, String source,
        Instant savedAt, String savedBy, List<PlanLine> lines, BigDecimal cost, int seats, int jp) {

    public PlanSnapshot {
        lines = List.copyOf(lines);
    }
}
