package id.pembina.evaluation.data.api;

import java.time.LocalDate;
import java.util.List;

import id.pembina.evaluation.api.CategoryDistribution;
import id.pembina.evaluation.api.JpCompliance;
import id.pembina.evaluation.api.LeadershipInvolvement;

/**
 * A unit's year: the unit and every unit below it ({@code unitCodes}), their active participants.
 *
 * @param ruleSet      name of the IP ASN rule set valid in the year (also in {@code index} and {@code jp})
 * @param index        IP ASN distribution over the categories ({@code n} = participants indexed)
 * @param notIndexed   participants left out of the index, with the reason
 * @param jp           20 JP compliance: Pembina sessions credited plus external training in the year
 * @param leadership   per unit, the share of its sessions its leader attended and L3 transfer
 * @param sessionIds   the sessions ending in the year (WIB) in which participants of these units held a seat
 *                     (REGISTERED or ATTENDED); participants belong to the unit they are registered in now
 * @param sessions     how many sessions that is
 * @param seats        the seats these participants held in them (one person in two sessions counts twice)
 * @param anonymousResponsesExcluded anonymous reaction responses left out of {@code levels}: they carry no NIP,
 *                     so a session's are counted only when every seat holder of it belongs to these units
 * @param levels       levels 1-5 over those sessions, restricted to these participants: their reactions (and
 *                     the anonymous ones as above), tests and follow-ups (L3 response rate over their seats); L4
 *                     over these units' own indicator values against the comparison units of the same
 *                     programme; L5 with each session's costs and benefits prorated by these participants'
 *                     share of its seats, each session's total rounded once to 2 decimals HALF_UP (cost lines
 *                     keep that total exactly). With sessions of several programmes, item and indicator ids are
 *                     named {@code programme/id} and the item analysis version {@code programme:version, ...}
 */
public record UnitEvaluation(String unitCode, int year, List<String> unitCodes, String ruleSet,
        LocalDate ruleSetValidFrom, CategoryDistribution index, List<NotIndexed> notIndexed, JpCompliance jp,
        LeadershipInvolvement leadership, List<Long> sessionIds, int sessions, int seats,
        int anonymousResponsesExcluded, LevelResults levels) {

    public UnitEvaluation {
        unitCodes = List.copyOf(unitCodes);
        notIndexed = List.copyOf(notIndexed);
        sessionIds = List.copyOf(sessionIds);
    }
}
