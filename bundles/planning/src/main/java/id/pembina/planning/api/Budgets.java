package id.pembina.planning.api;

import java.math.BigDecimal;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Budgets for competency development, per year and optionally per unit. */
@ProviderType
public interface Budgets {

    /**
     * @param year     the budget year
     * @param unitCode a unit, or null for the agency's whole budget
     * @return the ceiling (total of all cost categories, rupiah), empty when none is set
     */
    Optional<BigDecimal> ceiling(int year, String unitCode);
}
