package id.pembina.evaluation.api;

/**
 * A unit's leader involvement: share = attended / sessions (null when the unit had no session, which counts as not
 * involved).
 */
public record UnitInvolvement(String unitCode, int sessions, int sessionsAttendedByLeader, Double involvementShare,
        boolean involved, Double shareApplying) {
}
