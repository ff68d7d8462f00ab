package id.pembina.evaluation.data.api;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Recommendations derived from a programme's evaluation and the actions taken on them. Writes need an admin or
 * operator, reads also a pimpinan ({@code AccessDeniedException} otherwise).
 *
 * @since 2.3
 */
@ProviderType
public interface FollowThrough {

    /**
     * Recommendations from the programme's evaluation over the sessions starting in the range (as
     * {@link EvaluationDataService#evaluateProgram}), in the order of {@link Recommendation.Kind}.
     *
     * @throws id.pembina.platform.api.NotFoundException an unknown programme
     */
    List<Recommendation> recommendations(String programCode, LocalDate from, LocalDate to);

    /**
     * Adds an action to a programme.
     *
     * @throws id.pembina.platform.api.ValidationException missing text or owner, too long, unknown recommendation
     * @throws id.pembina.platform.api.NotFoundException an unknown programme
     */
    ProgramAction addAction(String programCode, ActionInput action);

    /**
     * Replaces an action's text, owner, due date, recommendation and status.
     *
     * @throws id.pembina.platform.api.NotFoundException no action has that id
     */
    ProgramAction updateAction(long id, ActionInput action);

    /** The programme's actions, by due date (none last), then id. */
    List<ProgramAction> actions(String programCode);
}
