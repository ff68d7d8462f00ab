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
 * @param programs        each programme that addresses a gap with its past effectiveness in the unit, by code
 *                        (since 1.1)
 */
public record UnitNeeds(String unitCode, int year, int people, int withGaps, int belowMinimumJp, int jpShortfall,
        List<SharedGap> gapsBySize, List<SharedGap> gapsByPeople, List<AsnNeeds> participants,
        List<ProgramEffect> programs) {

    public UnitNeeds {
        gapsBySize = List.copyOf(gapsBySize);
        gapsByPeople = List.copyOf(gapsByPeople);
        participants = List.copyOf(participants);
        programs = programs == null ? List.of() : List.copyOf(programs);
    }

    /** Without programme effectiveness, as in 1.0. */
    public UnitNeeds(String unitCode, int year, int people, int withGaps, int belowMinimumJp, int jpShortfall,
            List<SharedGap> gapsBySize, List<SharedGap> gapsByPeople, List<AsnNeeds> participants) {
        this(unitCode, year, people, withGaps, belowMinimumJp, jpShortfall, gapsBySize, gapsByPeople, participants,
                List.of());
    }
}
