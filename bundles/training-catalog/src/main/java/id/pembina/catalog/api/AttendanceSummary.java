package id.pembina.catalog.api;

import java.math.BigDecimal;

/**
 * A participant's attendance of a session, weighted by meeting minutes. JP are credited when
 * {@code ratio} reaches the configured threshold (default 0.80).
 */
public record AttendanceSummary(String nip, int meetingsPresent, int meetings, long minutesPresent,
        long minutesScheduled, BigDecimal ratio, int jpCredited) {
}
