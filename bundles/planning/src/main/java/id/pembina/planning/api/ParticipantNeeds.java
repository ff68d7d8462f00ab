package id.pembina.planning.api;

import java.util.List;

/**
 * What one ASN needs in a year.
 *
 * @param nip         the ASN
 * @param unitCode    the ASN's unit
 * @param jpThisYear  JP credited so far in the year
 * @param jpShortfall JP still missing to the yearly 20 JP (0 when reached)
 * @param gaps        competency gaps, largest first
 * @param covered     competencies below their requirement that a recent programme with good results covers, by
 *                    code (not gaps; since 1.1)
 * @param recentTraining programmes completed in the plan year and the two before, oldest first (since 1.1)
 */
public record ParticipantNeeds(String nip, String unitCode, int jpThisYear, int jpShortfall, List<CompetencyGap> gaps,
        List<CoveredCompetency> covered, List<PastTraining> recentTraining) {

    public ParticipantNeeds {
        gaps = List.copyOf(gaps);
        covered = covered == null ? List.of() : List.copyOf(covered);
        recentTraining = recentTraining == null ? List.of() : List.copyOf(recentTraining);
    }

    /** Needs without training evidence, as in 1.0. */
    public ParticipantNeeds(String nip, String unitCode, int jpThisYear, int jpShortfall, List<CompetencyGap> gaps) {
        this(nip, unitCode, jpThisYear, jpShortfall, gaps, List.of(), List.of());
    }

    /** @return the sum of the gap sizes, the usual "size of need" for ranking */
    public int gapTotal() {
        return gaps.stream().mapToInt(CompetencyGap::size).sum();
    }
}
