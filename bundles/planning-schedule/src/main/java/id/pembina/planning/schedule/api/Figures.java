package id.pembina.planning.schedule.api;

import java.math.BigDecimal;

/**
 * A proposal's figures, the same for the solver's and the baseline's.
 *
 * @param people                 ASN with a shortfall
 * @param reaching20Jp           of them, those whose proposal covers their shortfall
 * @param jpNeeded               the shortfalls added up
 * @param jpDelivered            JP the proposal credits, counted up to each person's shortfall
 * @param cost                   cost of the sessions used (rupiah)
 * @param budget                 the ceiling
 * @param hardViolations         broken hard constraints, weighted as the solver counts them (0: feasible)
 * @param staffingShortUnitDays  unit-days on which a unit falls below its minimum staffing because of the proposal
 * @param score                  the solver's score of the proposal
 */
public record Figures(int people, int reaching20Jp, long jpNeeded, long jpDelivered, BigDecimal cost, BigDecimal budget,
        long hardViolations, long staffingShortUnitDays, String score) {

    /** @return true when every unit keeps its minimum staffing on every day */
    public boolean minimumStaffingKept() {
        return staffingShortUnitDays == 0;
    }
}
