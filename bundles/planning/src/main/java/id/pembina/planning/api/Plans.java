package id.pembina.planning.api;

import org.osgi.annotation.versioning.ProviderType;

/** Yearly plans (rencana pengembangan kompetensi) as versioned drafts. */
@ProviderType
public interface Plans {

    /**
     * Saves a draft: a new plan, or the next version of the plan of that year and name.
     *
     * @throws id.pembina.platform.api.ValidationException for an unknown programme, participant or unit,
     *         dates outside the year, a capacity below the participants, a negative cost
     */
    PlanVersion saveDraft(PlanDraft draft);
}
