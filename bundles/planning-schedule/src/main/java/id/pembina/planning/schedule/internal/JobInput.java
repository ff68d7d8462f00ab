package id.pembina.planning.schedule.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import id.pembina.planning.schedule.api.CandidateSession;
import id.pembina.planning.schedule.api.PersonNeed;
import id.pembina.planning.schedule.api.ScheduleRequest;

/**
 * What a job was started with, as stored: enough to start it again.
 *
 * @param people        the people given in the request (empty: read again from the registry and the needs)
 * @param budget        the ceiling the job used (the request's or the planned budget)
 * @param limitSeconds  the solver's time limit
 * @param remoteUnits   the request's remote units (the configured ones are added at start)
 */
record JobInput(int year, String unitCode, List<CandidateSession> sessions, List<PersonNeed> people,
        BigDecimal budget, int limitSeconds, Set<String> remoteUnits) {

    JobInput {
        sessions = List.copyOf(sessions);
        people = List.copyOf(people);
        remoteUnits = Set.copyOf(remoteUnits);
    }

    ScheduleRequest request() {
        return new ScheduleRequest(year, unitCode, sessions, people, budget, limitSeconds, remoteUnits);
    }
}
