package id.pembina.planning.schedule.api;

/**
 * A better proposal found while solving.
 *
 * @param millis         time since the job started
 * @param hardViolations broken hard constraints (weighted) of that proposal
 * @param score          the solver's score, e.g. {@code 0hard/-1200soft}
 */
public record ScoreStep(long millis, long hardViolations, String score) {
}
