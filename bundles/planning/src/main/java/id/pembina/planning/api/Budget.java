package id.pembina.planning.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A budget for competency development.
 *
 * @param year     the budget year
 * @param unitCode a unit, or null for the agency's whole budget
 * @param lines    the amounts per cost category (each category once)
 */
public record Budget(int year, String unitCode, List<BudgetLine> lines) {

    public Budget {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** @return the ceiling: the sum of the lines */
    public BigDecimal total() {
        return lines.stream().map(BudgetLine::amount).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
