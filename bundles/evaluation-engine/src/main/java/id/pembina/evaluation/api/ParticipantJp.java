package id.pembina.evaluation.api;

import java.math.BigDecimal;

/** JP credited to a participant in a year; {@code shortfall} = max(0, minimum &minus; jp). */
public record ParticipantJp(String participantId, String unitCode, BigDecimal jp, boolean compliant,
        BigDecimal shortfall) {
}
