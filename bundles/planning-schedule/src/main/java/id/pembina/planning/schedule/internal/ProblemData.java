package id.pembina.planning.schedule.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pembina.planning.schedule.api.CandidateSession;
import id.pembina.planning.schedule.api.DutyBlock;
import id.pembina.planning.schedule.api.PersonNeed;
import id.pembina.planning.schedule.api.StaffingRule;

/**
 * Everything a schedule is made from, gathered from the request and the services.
 *
 * @param unitMembers active members per unit (who count for the minimum staffing), also those without a need
 */
public record ProblemData(int year, String unitCode, List<CandidateSession> sessions, List<PersonNeed> people,
        List<DutyBlock> duties, List<StaffingRule> staffing, Map<String, Integer> unitMembers, BigDecimal budget,
        Set<String> remoteUnits, Weights weights) {

    public ProblemData {
        sessions = List.copyOf(sessions);
        people = List.copyOf(people);
        duties = List.copyOf(duties);
        staffing = List.copyOf(staffing);
        unitMembers = Map.copyOf(unitMembers);
        remoteUnits = Set.copyOf(remoteUnits);
    }
}
