package id.pembina.catalog.api;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * A participant's attendance of a session, weighted by meeting minutes. JP are credited when
 * {@code ratio} reaches the configured threshold (default 0.80).
 *
 * @param absencesByReason the meetings recorded absent, counted by the reason recorded with them, in the reasons'
 *     order (absences recorded without a reason are not counted here); empty when there are none (since 2.2)
 */
public record AttendanceSummary(String nip, int meetingsPresent, int meetings, long minutesPresent,
        long minutesScheduled, BigDecimal ratio, int jpCredited, Map<AbsenceReason, Integer> absencesByReason) {

    public AttendanceSummary {
        absencesByReason = absencesByReason == null || absencesByReason.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new EnumMap<>(Map.copyOf(absencesByReason))); // reasons' order
    }

    /** Without absence reasons, as in release 2.1 of this package. */
    public AttendanceSummary(String nip, int meetingsPresent, int meetings, long minutesPresent,
            long minutesScheduled, BigDecimal ratio, int jpCredited) {
        this(nip, meetingsPresent, meetings, minutesPresent, minutesScheduled, ratio, jpCredited, Map.of());
    }

    /** @return this summary with the meetings' absence reasons */
    public AttendanceSummary withAbsences(Map<AbsenceReason, Integer> reasons) {
        return new AttendanceSummary(nip, meetingsPresent, meetings, minutesPresent, minutesScheduled, ratio,
                jpCredited, reasons);
    }
}
