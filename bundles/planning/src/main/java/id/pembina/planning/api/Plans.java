package id.pembina.planning.api;

import java.util.List;

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

    /** @return the plans of a year the caller may see, by name */
    List<PlanSummary> plans(int year);

    /**
     * @param version a version, or 0 for the latest
     * @throws id.pembina.platform.api.NotFoundException for an unknown plan or version
     */
    PlanSnapshot version(long planId, int version);

    /**
     * @throws id.pembina.platform.api.NotFoundException for an unknown plan or version
     */
    PlanComparison compare(long planId, int from, int to);

    /**
     * Accepts a version, or some of its lines: creates each line's session in the catalog and enrolls its
     * participants (REGISTERED) through the catalog's own rules. A line whose programme, participants or
     * dates the catalog would refuse is refused whole, with the reasons; lines accepted before are reported
     * with their session and not created again. Staff only.
     *
     * @param lines the line numbers, or an empty list for all
     * @throws id.pembina.platform.api.NotFoundException for an unknown plan, version or line
     */
    Acceptance accept(long planId, int version, List<Integer> lines, String venue);

    /**
     * Planned against realised (costs, participants, JP) from the catalog's sessions of the accepted lines.
     *
     * @throws id.pembina.platform.api.NotFoundException for an unknown plan or version
     */
    PlanProgress progress(long planId, int version);
}
