package id.pembina.evaluation.data.api;

import java.io.Reader;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import id.pembina.platform.api.ImportResult;

/**
 * Public-service satisfaction surveys (IKM) per unit and period, the results indicator of level 4 that every
 * programme shares: in programme and unit evaluations each unit's IKM per period is an indicator {@code ikm}
 * (higher is better) beside the programme's own (see {@code docs/evaluation.md}). Writes need an admin or
 * operator, reads also a pimpinan ({@code AccessDeniedException} otherwise).
 *
 * @since 2.3
 */
@ProviderType
public interface IkmSurveys {

    /**
     * Stores answers of a unit's survey in a period, all or none. An answer already stored with the same
     * respondent id is accepted again when identical and refused ({@code evaluation.duplicate}) when not.
     *
     * @param period YYYY-MM
     * @return the unit's IKM of the period over every answer stored
     * @throws id.pembina.platform.api.ValidationException bad period, no answers, a rating outside 1..4, not nine
     *     ratings (fields {@code answers[i].ratings}, {@code answers[i].respondentId})
     * @throws id.pembina.platform.api.NotFoundException an unknown unit
     */
    IkmSurvey record(String unitCode, String period, List<IkmAnswer> answers);

    /**
     * Imports answers from CSV (header {@code respondentId,u1,...,u9}), all or none, each row checked as
     * {@link #record} checks an answer.
     */
    ImportResult importCsv(String unitCode, String period, Reader csv);

    /** The unit's IKM of a period (n = 0, no index, when nothing is stored). */
    IkmSurvey ikm(String unitCode, String period);

    /** The unit's IKM of every period with answers, oldest first. */
    List<IkmSurvey> history(String unitCode);
}
