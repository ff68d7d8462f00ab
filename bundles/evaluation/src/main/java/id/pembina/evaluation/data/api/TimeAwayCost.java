package id.pembina.evaluation.data.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * Participants' time away from duty as a cost (Phillips' fully loaded costs): per seat (REGISTERED or ATTENDED),
 * the minutes of the session's meetings, valued at the configured cost per hour of the participant's rank group
 * (golongan I-IV). Shown separately; added to the ROI costs only on request ({@code fullyLoaded}).
 *
 * @param seats    seats counted (every seat holder, also those without a rank)
 * @param unranked seats whose participant has no rank in the registry: their hours are counted, their cost is 0
 * @param hours    all seats' minutes away / 60, rounded to 2 decimals half up
 * @param amount   the sum of the lines' amounts (rupiah, 2 decimals)
 * @param lines    per golongan with seats: I, II, III, IV, then "-" for the unranked
 */
public record TimeAwayCost(int seats, int unranked, BigDecimal hours, BigDecimal amount, List<Line> lines) {

    public TimeAwayCost {
        lines = List.copyOf(lines);
    }

    /**
     * One rank group: {@code amount} = the group's minutes &times; {@code ratePerHour} / 60, rounded once to 2
     * decimals half up ({@code hours} = minutes / 60 rounded to 2 decimals).
     */
    public record Line(String golongan, int seats, BigDecimal hours, BigDecimal ratePerHour, BigDecimal amount) {
    }
}
