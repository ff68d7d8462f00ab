package id.pembina.planning.schedule.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A session the agency could run: the scheduler picks one of its possible start dates (or leaves it unused).
 *
 * @param id             the candidate's key within a request
 * @param programCode    the programme (catalog code)
 * @param possibleStarts the start dates allowed, within the year
 * @param lengthDays     working days (Monday-Friday) it takes, at least 1
 * @param jp             JP credited to each attendee
 * @param capacity       seats
 * @param cost           what running it costs (rupiah), whatever the number of attendees
 * @param mode           delivery mode
 * @param locationUnit   the unit where a classroom or blended session takes place (attendees of other units
 *                       travel), may be null for online sessions
 */
public record CandidateSession(String id, String programCode, List<LocalDate> possibleStarts, int lengthDays, int jp,
        int capacity, BigDecimal cost, DeliveryMode mode, String locationUnit) {

    public CandidateSession {
        possibleStarts = List.copyOf(possibleStarts);
    }
}
