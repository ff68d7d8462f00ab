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
 */
public record ParticipantNeeds(String nip, String unitCode, int jpThisYear, int jpShortfall, List<CompetencyGap> gaps) {

    public ParticipantNeeds {
        gaps = List.copyOf(gaps);
    }

    /** @return the sum of the gap sizes, the usual "size of need" for ranking */
    public int gapTotal() {
        return gaps.stream().mapToInt(CompetencyGap::size).sum();
    }
}
