package id.pembina.planning.api;

import java.util.List;

/**
 * The result of accepting a plan version or some of its lines.
 *
 * @param planId   the plan
 * @param version  the version
 * @param outcomes per line asked for, in line order
 */
public record Acceptance(long planId, int version, List<LineOutcome> outcomes) {

    public Acceptance {
        outcomes = List.copyOf(outcomes);
    }
}
