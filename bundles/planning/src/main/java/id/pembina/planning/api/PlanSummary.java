package id.pembina.planning.api;

/**
 * A plan with its latest version.
 *
 * @param planId   the plan
 * @param year     the plan year
 * @param unitCode the unit, or null for the agency
 * @param name     the name
 * @param versions the number of versions (the latest is this number)
 * @param accepted the version accepted last (all or some of its lines), or null
 */
public record PlanSummary(long planId, int year, String unitCode, String name, int versions, Integer accepted) {
}
