package id.pembina.planning.api;

import java.util.List;

import id.pembina.platform.api.FieldError;

/**
 * What accepting one plan line did.
 *
 * @param line      the line
 * @param sessionId the catalog session created (or created before), or null when refused
 * @param enrolled  participants enrolled
 * @param refusals  why the line was refused (then nothing was created for it), empty when accepted
 */
public record LineOutcome(int line, Long sessionId, int enrolled, List<FieldError> refusals) {

    public LineOutcome {
        refusals = List.copyOf(refusals);
    }

    /** @return true when the line's session exists in the catalog */
    public boolean accepted() {
        return sessionId != null;
    }
}
