package id.pembina.evaluation.data.api;

import java.time.LocalDate;

/**
 * An action as a client describes it.
 *
 * @param recommendation the recommendation it answers ({@link Recommendation.Kind} name), or null
 * @param text           what will be done (required, at most 1000 characters)
 * @param status         null means {@link ActionStatus#OPEN}
 * @param owner          who does it (required, at most 200 characters)
 * @param due            by when, or null
 */
public record ActionInput(String recommendation, String text, ActionStatus status, String owner, LocalDate due) {
}
