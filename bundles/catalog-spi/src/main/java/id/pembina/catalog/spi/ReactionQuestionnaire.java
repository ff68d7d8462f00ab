package id.pembina.catalog.spi;

import java.util.List;

/**
 * Reaction questionnaire: statements rated on a Likert scale 1 (Sangat Tidak Setuju) to 5
 * (Sangat Setuju).
 *
 * @param version   version of this questionnaire, e.g. {@code 1.0}; change it when items change
 * @param anonymous whether answers are stored without the participant's NIP
 * @param items     the statements
 */
public record ReactionQuestionnaire(String version, boolean anonymous, List<LikertItem> items) {

    public ReactionQuestionnaire {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** A statement to rate; {@code id} is stable across versions while its meaning stays. */
    public record LikertItem(String id, String text) {
    }
}
