package id.pembina.planning.api;

/**
 * A saved version of a plan.
 *
 * @param planId  the plan
 * @param version its version number, 1 for the first draft
 */
public record PlanVersion(long planId, int version) {
}
