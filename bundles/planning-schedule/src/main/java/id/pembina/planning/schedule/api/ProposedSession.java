package id.pembina.planning.schedule.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A candidate session a proposal uses, with its dates and attendees. */
public record ProposedSession(String sessionId, String programCode, LocalDate start, LocalDate end, DeliveryMode mode,
        int capacity, BigDecimal cost, int jp, List<String> nips) {

    public ProposedSession {
        nips = List.copyOf(nips);
    }
}
