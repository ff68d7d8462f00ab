package id.pembina.planning.api;

import java.math.BigDecimal;

/**
 * One cost category of a budget.
 *
 * @param category the catalog's cost category name (HONORARIA, VENUE, CONSUMPTION, MATERIALS, TRANSPORT, OTHER)
 * @param amount   rupiah, at least 0
 */
public record BudgetLine(String category, BigDecimal amount) {
}
