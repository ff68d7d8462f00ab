package id.pembina.evaluation.api;

import java.util.Objects;

/** A supervisor's rating (1..4) of one participant on one indicator in one phase. */
public record BehaviourRating(String participantId, String indicatorCode, Phase phase, int rating) {

    /** Ratings at or above this value count as applying what was learnt. */
    public static final int APPLYING_MINIMUM = 3;

    public BehaviourRating {
        Checks.text(participantId, "participantId");
        Checks.text(indicatorCode, "indicatorCode");
        Objects.requireNonNull(phase, "phase");
        Checks.range(rating, 1, 4, "behaviour rating");
    }
}
