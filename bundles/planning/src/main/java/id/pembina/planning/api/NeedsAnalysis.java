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
}
