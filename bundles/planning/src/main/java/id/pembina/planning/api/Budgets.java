package id.pembina.planning.api;

import java.math.BigDecimal;
import java.util.List;
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

    /**
     * Sets (replaces) the budget of a year and unit. Staff only.
     *
     * @throws id.pembina.platform.api.ValidationException for a year outside 2000-2100, an unknown unit or
     *         category, a category twice, a negative amount
     */
    Budget set(Budget budget);

    /** @return the budget of a year and unit (null: the agency's) */
    Optional<Budget> budget(int year, String unitCode);

    /** @return the budgets of a year the caller may see, the agency's first, then by unit */
    List<Budget> budgets(int year);
}
