package id.pembina.evaluation.data.api;

import java.util.List;

/**
 * One respondent's answers to a public-service satisfaction survey (IKM, PermenPAN-RB 14/2017): the nine
 * elements U1..U9 rated 1..4, in the order of {@code id.pembina.evaluation.api.IkmResponse}.
 *
 * @param respondentId the survey's own number of the form (not a person's identity); once per unit and period
 */
public record IkmAnswer(String respondentId, List<Integer> ratings) {

    public IkmAnswer {
        ratings = ratings == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(ratings));
    }
}
