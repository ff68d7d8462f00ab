package id.pembina.evaluation.data.api;

import java.util.Map;

/**
 * A participant's answers to a session's reaction questionnaire.
 *
 * @param nip     the participant; always needed (enrollment and one response per participant are checked),
 *                but not stored when the questionnaire version is anonymous
 * @param version the questionnaire version answered; null means the programme's current one
 * @param values  item id to Likert value 1 (Sangat Tidak Setuju) .. 5 (Sangat Setuju), every item once
 * @param comment optional free text
 */
public record ReactionSubmission(String nip, String version, Map<String, Integer> values, String comment) {

    public ReactionSubmission {
        values = Maps.copy(values);
    }
}
