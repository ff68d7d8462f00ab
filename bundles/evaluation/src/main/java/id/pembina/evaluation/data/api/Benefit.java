package id.pembina.evaluation.data.api;

import java.math.BigDecimal;
import java.time.Instant;

/** A monetised benefit of a session in rupiah, as entered (Phillips ROI). */
public record Benefit(long id, long sessionId, String description, BigDecimal amount, Instant recordedAt) {
}
