package id.pembina.evaluation.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A completed training with its JP (jam pelajaran) and completion date.
 *
 * @param matchesPosition whether a leadership or functional training is the one required for the participant's
 *        position (decided by the caller, e.g. PKA for an administrator); ignored for other types
 */
public record TrainingRecord(String title, TrainingType type, BigDecimal jp, LocalDate date,
        boolean matchesPosition, TrainingSource source) {

    public TrainingRecord {
        Checks.text(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(jp, "jp");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        if (jp.signum() < 0) {
            throw new IllegalArgumentException("jp must not be negative: " + jp);
        }
    }
}
