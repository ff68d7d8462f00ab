package id.pembina.planning.schedule.api;

import java.util.List;

/**
 * A schedule: the solver's or the first-come-first-served baseline's.
 *
 * @param source      {@code solver} or {@code greedy}
 * @param sessions    the sessions used, by start date
 * @param figures     coverage, cost and violations
 * @param explanation every constraint, hard ones first
 */
public record Proposal(String source, List<ProposedSession> sessions, Figures figures,
        List<ConstraintOutcome> explanation) {

    public static final String SOLVER = "solver";
    public static final String GREEDY = "greedy";

    public Proposal {
        sessions = List.copyOf(sessions);
        explanation = List.copyOf(explanation);
    }
}
