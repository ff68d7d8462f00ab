package id.pembina.evaluation.data.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import id.pembina.evaluation.api.TrainingSource;
import id.pembina.evaluation.api.TrainingType;

/**
 * One training of a participant: a Pembina session (with {@code sessionId} and {@code programCode}, JP as
 * credited by attendance, dated by its end) or an external training (with {@code externalId}).
 */
public record TranscriptEntry(TrainingSource source, Long sessionId, Long externalId, String programCode,
        String title, TrainingType type, BigDecimal jp, LocalDate date, String certificateNumber) {
}
