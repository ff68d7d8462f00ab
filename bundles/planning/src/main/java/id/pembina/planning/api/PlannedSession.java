package id.pembina.planning.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A session a plan intends to run.
 *
 * @param programCode     the programme (catalog code)
 * @param start           first day
 * @param end             last day
 * @param deliveryMode    the catalog's delivery mode name (CLASSROOM, ONLINE, BLENDED), or null for the programme's
 * @param capacity        seats
 * @param plannedCost     planned cost (rupiah)
 * @param participantNips planned participants
 */
public record PlannedSession(String programCode, LocalDate start, LocalDate end, String deliveryMode, int capacity,
        BigDecimal plannedCost, List<String> participantNips) {

    public PlannedSession {
        // Null-tolerant, so that an incomplete request body reaches the checks and gets field errors.
        participantNips = participantNips == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(participantNips));
    }
}
