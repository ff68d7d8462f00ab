package id.pembina.evaluation.data.api;

import java.time.LocalDateTime;

/** Evaluation of one session; {@code seats} counts participants REGISTERED or ATTENDED. */
public record SessionEvaluation(long sessionId, String programCode, LocalDateTime start, LocalDateTime end, int seats,
        LevelResults levels) {
}
