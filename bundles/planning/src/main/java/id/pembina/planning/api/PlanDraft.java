package id.pembina.planning.api;

import java.util.List;

/**
 * A new draft version of a plan.
 *
 * @param year     the plan year
 * @param unitCode the unit the plan is for (its subtree), or null for the whole agency
 * @param name     the plan's name; a draft with the name of an existing plan of the year becomes its next version
 * @param source   where the draft came from, for people ("manual", "solver", "greedy")
 * @param sessions the planned sessions
 */
public record PlanDraft(int year, String unitCode, String name, String source, List<PlannedSession> sessions) {

    public PlanDraft {
        // Null-tolerant, so that an incomplete request body reaches the checks and gets field errors.
        sessions = sessions == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(sessions));
    }
}
