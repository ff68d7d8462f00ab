package id.pembina.planning.schedule.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * What to schedule.
 *
 * @param year             the plan year (required; boxed so that a body without it is refused by the service)
 * @param unitCode         the unit whose subtree attends
 * @param sessions         the candidate sessions
 * @param people           the ASN with their needs; empty: the registry's active members of the subtree with their
 *                         needs from the needs analysis when present, else the evaluation's 20 JP shortfall
 * @param budget           the ceiling (rupiah); null: the planning budget of the year and unit, else refused
 * @param timeLimitSeconds how long the solver may search; null: the configured default
 * @param remoteUnits      units far from the training venues (their classroom sessions elsewhere are trips)
 */
public record ScheduleRequest(Integer year, String unitCode, List<CandidateSession> sessions, List<PersonNeed> people,
        BigDecimal budget, Integer timeLimitSeconds, Set<String> remoteUnits) {

    public ScheduleRequest {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        people = people == null ? List.of() : List.copyOf(people);
        remoteUnits = remoteUnits == null ? Set.of() : Set.copyOf(remoteUnits);
    }
}
