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
 * @param text       the sentence in Bahasa Indonesia (null until the scheduler words it)
 * @param textEn     the sentence in English
 */
public record ConstraintOutcome(String constraint, boolean hard, boolean held, long matches, String score, String code,
        List<String> args, String text, String textEn) {

    public ConstraintOutcome {
        args = List.copyOf(args);
    }

    /** @return this outcome with its sentence in both languages */
    public ConstraintOutcome worded(String indonesian, String english) {
        return new ConstraintOutcome(constraint, hard, held, matches, score, code, args, indonesian, english);
    }
}
