package id.pembina.planning.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * What changed between two versions of a plan. Lines are matched by programme and start date.
 *
 * @param planId     the plan
 * @param from       the older version
 * @param to         the newer version
 * @param added      lines of {@code to} without a match in {@code from}
 * @param removed    lines of {@code from} without a match in {@code to}
 * @param changed    lines of {@code to} whose match differs (end, mode, capacity, cost or participants)
 * @param costDelta  planned cost of {@code to} minus that of {@code from}
 * @param seatsDelta planned participants of {@code to} minus those of {@code from}
 * @param jpDelta    planned JP of {@code to} minus that of {@code from}
 */
public record PlanComparison(long planId, int from, int to, List<PlanLine> added, List<PlanLine> removed,
        List<PlanLine> changed, BigDecimal costDelta, int seatsDelta, int jpDelta) {

    public PlanComparison {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }
}
