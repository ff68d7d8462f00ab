package id.pembina.planning.schedule.api;

/** A proposal saved as a plan draft in the planning bundle: its plan and version there. */
public record SavedPlan(long planId, int version, String source) {
}
