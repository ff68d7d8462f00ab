package id.pembina.planning.api;

import java.util.List;

/**
 * The needs of a unit's subtree in a year.
 *
 * @param unitCode        the unit
 * @param year            the plan year
 * @param people          active ASN analysed
 * @param withGaps        ASN with at least one gap
 * @param belowMinimumJp  ASN still short of the yearly minimum JP
 * @param jpShortfall     the JP missing in total
 * @param gapsBySize      gaps ranked by total size, then people, then code
 * @param gapsByPeople    gaps ranked by people, then total size, then code
 * @param participants    every ASN, largest need first
 */
public record UnitNeeds(String unitCode, int year, int people, int withGaps, int belowMinimumJp, int jpShortfall,
        List<SharedGap> gapsBySize, List<SharedGap> gapsByPeople, List<AsnNeeds> participants) {

    public UnitNeeds {
        gapsBySize = List.copyOf(gapsBySize);
        gapsByPeople = List.copyOf(gapsByPeople);
        participants = List.copyOf(participants);
    }
}
