package id.pembina.evaluation.data.api;

import java.util.Map;

/**
 * A participant's answers to a session's knowledge test (pre-test or post-test).
 *
 * @param version the test version answered; null means the programme's current one
 * @param choices item id to the 0-based index of the chosen option; every item must be present, a null
 *                value marks an item left unanswered (scored as incorrect)
 */
public record TestSubmission(String nip, String version, Map<String, Integer> choices) {

    public TestSubmission {
        choices = Maps.copy(choices);
    }
}
