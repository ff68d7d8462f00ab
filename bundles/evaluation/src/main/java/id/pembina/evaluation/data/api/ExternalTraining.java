package id.pembina.evaluation.data.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import id.pembina.evaluation.api.TrainingType;

/**
 * Training a participant took outside Pembina. {@code id} is null on input; {@code certificateNumber} is
 * optional but, when given, unique per participant.
 */
public record ExternalTraining(Long id, String nip, String title, TrainingType type, BigDecimal jp, LocalDate date,
        String certificateNumber) {
}
