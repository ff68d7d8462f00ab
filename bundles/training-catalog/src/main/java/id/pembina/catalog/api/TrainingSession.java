package id.pembina.catalog.api;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A run of a programme. Times are WIB (Asia/Jakarta). When {@code meetings} is empty on input, the
 * session is one meeting from start to end. On output {@code registered}, {@code waitlisted},
 * {@code totalCost}, {@code scheduledJp} and {@code moduleInstalled} are filled in; on input they
 * are ignored.
 */
public record TrainingSession(
        Long id,
        String programCode,
        LocalDateTime start,
        LocalDateTime end,
        String venue,
        String onlineLink,
        Integer capacity,
        List<String> facilitators,
        List<CostLine> costs,
        List<Meeting> meetings,
        Integer registered,
        Integer waitlisted,
        BigDecimal totalCost,
        Integer scheduledJp,
        Boolean moduleInstalled) {

    public TrainingSession {
        facilitators = facilitators == null ? List.of() : List.copyOf(facilitators);
        costs = costs == null ? List.of() : List.copyOf(costs);
        meetings = meetings == null ? List.of() : List.copyOf(meetings);
    }

    /** A new session as a client describes it. */
    public static TrainingSession of(String programCode, LocalDateTime start, LocalDateTime end, String venue,
            String onlineLink, int capacity, List<String> facilitators, List<CostLine> costs, List<Meeting> meetings) {
        return new TrainingSession(null, programCode, start, end, venue, onlineLink, capacity, facilitators, costs,
                meetings, null, null, null, null, null);
    }
}
