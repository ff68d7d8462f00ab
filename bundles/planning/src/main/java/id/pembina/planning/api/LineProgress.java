package id.pembina.planning.api;

import java.math.BigDecimal;

/**
 * Planned against realised for one plan line.
 *
 * @param line                the line
 * @param programCode         the programme
 * @param sessionId           the catalog session, or null while not accepted
 * @param plannedCost         planned cost
 * @param realisedCost        the session's cost lines so far (0 without a session)
 * @param plannedParticipants planned participants
 * @param realisedParticipants participants with a seat (registered or attended)
 * @param plannedJp           programme JP times planned participants
 * @param realisedJp          JP credited to the participants by attendance
 */
public record LineProgress(int line, String programCode, Long sessionId, BigDecimal plannedCost,
        BigDecimal realisedCost, int plannedParticipants, int realisedParticipants, int plannedJp, int realisedJp) {
}
