package id.pembina.catalog.api;

import java.math.BigDecimal;

/** A cost of a session in rupiah, an exact decimal with at most two fraction digits. */
public record CostLine(CostCategory category, String description, BigDecimal amount) {
}
