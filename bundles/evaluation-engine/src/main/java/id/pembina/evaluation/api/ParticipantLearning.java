package id.pembina.evaluation.api;

/**
 * One participant's percentages (score / max &times; 100) and normalized gain g = (post% &minus; pre%) / (100 &minus;
 * pre%). {@code gain} is null with {@link UndefinedReason#PRE_AT_MAXIMUM} when pre% = 100.
 */
public record ParticipantLearning(String participantId, double prePercent, double postPercent, Double gain,
        UndefinedReason gainUndefined) {
}
