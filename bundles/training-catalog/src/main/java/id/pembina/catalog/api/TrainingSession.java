package id.pembina.catalog.api;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A run of a programme. Times are WIB (Asia/Jakarta). When {@code meetings} is empty on input, the
 * session is one meeting from start to end. On output {@code registered}, {@code waitlisted},
 * {@code totalCost}, {@code scheduledJp} and {@code moduleInstalled} are filled in; on input they
 * are ignored.
 *
 * @param deliveryMode how this run is delivered; null on input means {@link DeliveryMode#CLASSROOM} (since 2.3)
 * @param roles        people acting as facilitator, mentor or coach, by NIP, each person and part once
 *                     (since 2.3)
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
        Boolean moduleInstalled,
        DeliveryMode deliveryMode,
        List<SessionRole> roles) {

    public TrainingSession {
        facilitators = facilitators == null ? List.of() : List.copyOf(facilitators);
        costs = costs == null ? List.of() : List.copyOf(costs);
        meetings = meetings == null ? List.of() : List.copyOf(meetings);
        deliveryMode = deliveryMode == null ? DeliveryMode.CLASSROOM : deliveryMode;
        roles = roles == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(roles));
    }

    /** A classroom session without roles, as in release 2.2 of this package. */
    public TrainingSession(Long id, String programCode, LocalDateTime start, LocalDateTime end, String venue,
            String onlineLink, Integer capacity, List<String> facilitators, List<CostLine> costs,
            List<Meeting> meetings, Integer registered, Integer waitlisted, BigDecimal totalCost, Integer scheduledJp,
            Boolean moduleInstalled) {
        this(id, programCode, start, end, venue, onlineLink, capacity, facilitators, costs, meetings, registered,
                waitlisted, totalCost, scheduledJp, moduleInstalled, null, null);
    }

    /** @return a copy delivered as {@code mode} with these roles (since 2.3) */
    public TrainingSession with(DeliveryMode mode, List<SessionRole> sessionRoles) {
        return new TrainingSession(id, programCode, start, end, venue, onlineLink, capacity, facilitators, costs,
                meetings, registered, waitlisted, totalCost, scheduledJp, moduleInstalled, mode, sessionRoles);
    }

    /** A new session as a client describes it. */
    public static TrainingSession of(String programCode, LocalDateTime start, LocalDateTime end, String venue,
            String onlineLink, int capacity, List<String> facilitators, List<CostLine> costs, List<Meeting> meetings) {
        return new TrainingSession(null, programCode, start, end, venue, onlineLink, capacity, facilitators, costs,
                meetings, null, null, null, null, null, null, null);
    }
}
