package id.pembina.evaluation.api;

/**
 * A unit's sessions, how many of them its leader attended, and its L3 share applying (e.g.
 * {@link BehaviourResult#shareApplying()} of the unit's participants; null when unknown).
 */
public record UnitLeadership(String unitCode, int sessions, int sessionsAttendedByLeader, Double shareApplying) {
    public UnitLeadership {
        Checks.text(unitCode, "unitCode");
        Checks.range(sessions, 0, Integer.MAX_VALUE, "sessions");
        Checks.range(sessionsAttendedByLeader, 0, sessions, "sessionsAttendedByLeader");
        if (shareApplying != null && !(shareApplying >= 0 && shareApplying <= 1)) {
            throw new IllegalArgumentException("shareApplying must be in 0..1: " + shareApplying);
        }
    }
}
