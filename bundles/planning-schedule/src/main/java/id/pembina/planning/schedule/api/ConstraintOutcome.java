package id.pembina.planning.schedule.api;

import java.util.List;

/**
 * One constraint of a proposal, explained: whether it holds, and if not how often and how much it weighs.
 *
 * @param constraint the constraint's id, e.g. {@code minimumStaffing}
 * @param hard       a hard constraint (a proposal that breaks it cannot be carried out)
 * @param held       true when no match penalises the proposal (rewards always hold)
 * @param matches    how many matches (people, sessions, unit-days) it has
 * @param score      its part of the score, e.g. {@code -3hard}
 * @param code       message code of the sentence for people ({@code schedule.explain.*})
 * @param args       the sentence's arguments
 */
public record ConstraintOutcome(String constraint, boolean hard, boolean held, long matches, String score, String code,
        List<String> args) {

    public ConstraintOutcome {
        args = List.copyOf(args);
    }
}
