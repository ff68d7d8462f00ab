package id.pembina.planning.schedule.internal.solver;

/**
 * How many of a unit's staff may be away training on one day: those present (members less duty absences) less
 * the unit's minimum staffing that weekday, at least 0. Only unit-days with a staffing rule exist.
 */
public record UnitDay(String unitCode, int unitIndex, int day, int allowedAway) {

    public static long key(int unitIndex, int day) {
        return ((long) unitIndex << 32) | (day & 0xffffffffL);
    }

    public long key() {
        return key(unitIndex, day);
    }
}
