package id.pembina.planning.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The year's completed training per ASN for BKN's SIASN (riwayat kursus/diklat). */
@ProviderType
public interface SiasnExport {

    /**
     * @param unitCode a unit (its subtree), or null for every unit the caller may see
     * @return completed training of the year, by NIP then first day
     * @throws id.pembina.platform.api.NotFoundException for an unknown unit
     */
    List<SiasnCourse> courses(int year, String unitCode);

    /** @return {@link #courses} as CSV (UTF-8 text, header row, SIASN's field names) */
    String csv(int year, String unitCode);
}
