package id.pembina.planning.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The needs analysis (analisis kebutuhan pengembangan kompetensi). */
@ProviderType
public interface NeedsAnalysis {

    /**
     * @param year     the plan year
     * @param unitCode a unit; its whole subtree is analysed
     * @return the needs of every active ASN of the subtree, largest need first
     * @throws id.pembina.platform.api.NotFoundException for an unknown unit
     */
    List<ParticipantNeeds> participants(int year, String unitCode);

    /**
     * The needs of one ASN (a peserta may ask for their own).
     *
     * @throws id.pembina.platform.api.NotFoundException for an unknown ASN
     */
    ParticipantNeeds participant(int year, String nip);

    /**
     * The needs of a unit's subtree aggregated: gaps ranked by size and by the number of people sharing them,
     * the JP shortfall, the programmes for each gap, and every ASN with last year's JP and performance.
     *
     * @throws id.pembina.platform.api.NotFoundException for an unknown unit
     */
    UnitNeeds unit(int year, String unitCode);
}
