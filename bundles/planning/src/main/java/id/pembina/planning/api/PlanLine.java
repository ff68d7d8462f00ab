package id.pembina.planning.api;

/**
 * A planned session inside a saved plan version.
 *
 * @param line            its number in the version, from 1
 * @param session         what is planned
 * @param acceptedSession the catalog session created when this line was accepted, or null
 */
public record PlanLine(int line, PlannedSession session, Long acceptedSession) {
}
