package id.pembina.evaluation.api;

/**
 * A unit's sessions, how its leader took part in them, and its L3 share applying (e.g.
 * {@link BehaviourResult#shareApplying()} of the unit's participants; null when unknown).
 *
 * @param sessions                 the sessions of the unit's participants (leader included)
 * @param sessionsAttendedByLeader of those, the sessions the leader attended (with or without staff)
 * @param sessionsWithStaff        sessions the leader attended together with at least one of their own staff (a
 *                                 leader alone is not involvement) (since 2.1)
 * @param sessionsInRole           sessions of the unit's staff in which the leader acted as facilitator, mentor or
 *                                 coach (since 2.1)
 * @param sessionsInvolved         sessions counting as involvement: with staff or in a role, each session once
 *                                 (since 2.1)
 */
public record UnitLeadership(String unitCode, int sessions, int sessionsAttendedByLeader, Double shareApplying,
        int sessionsWithStaff, int sessionsInRole, int sessionsInvolved) {
    public UnitLeadership {
        Checks.text(unitCode, "unitCode");
        Checks.range(sessions, 0, Integer.MAX_VALUE, "sessions");
        Checks.range(sessionsAttendedByLeader, 0, sessions, "sessionsAttendedByLeader");
        Checks.range(sessionsWithStaff, 0, sessionsAttendedByLeader, "sessionsWithStaff");
        Checks.range(sessionsInRole, 0, sessions, "sessionsInRole");
        Checks.range(sessionsInvolved, Math.max(sessionsWithStaff, sessionsInRole),
                Math.min(sessions, sessionsWithStaff + sessionsInRole), "sessionsInvolved");
        if (shareApplying != null && !(shareApplying >= 0 && shareApplying <= 1)) {
            throw new IllegalArgumentException("shareApplying must be in 0..1: " + shareApplying);
        }
    }

    /**
     * As in release 2.0 of this package: every session the leader attended counts as involvement (as if with
     * staff), none in a role.
     */
    public UnitLeadership(String unitCode, int sessions, int sessionsAttendedByLeader, Double shareApplying) {
        this(unitCode, sessions, sessionsAttendedByLeader, shareApplying, sessionsAttendedByLeader, 0,
                sessionsAttendedByLeader);
    }
}
