package id.pembina.evaluation.api;

/**
 * A unit's leader involvement: share = involved sessions / sessions (null when the unit had no session, which counts
 * as not involved). A session is an involved one when the leader attended it with at least one of their own staff or
 * acted in it as facilitator, mentor or coach ({@link UnitLeadership}).
 */
public record UnitInvolvement(String unitCode, int sessions, int sessionsAttendedByLeader, Double involvementShare,
        boolean involved, Double shareApplying, int sessionsWithStaff, int sessionsInRole, int sessionsInvolved) {

    /** As in release 2.0 of this package (attended sessions taken as involved ones). */
    public UnitInvolvement(String unitCode, int sessions, int sessionsAttendedByLeader, Double involvementShare,
            boolean involved, Double shareApplying) {
        this(unitCode, sessions, sessionsAttendedByLeader, involvementShare, involved, shareApplying,
                sessionsAttendedByLeader, 0, sessionsAttendedByLeader);
    }
}
