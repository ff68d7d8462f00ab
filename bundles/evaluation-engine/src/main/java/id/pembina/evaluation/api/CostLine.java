package id.pembina.evaluation.api;

import java.math.BigDecimal;
import java.util.Objects;

/** One programme cost in rupiah (not negative). */
public record CostLine(String description, BigDecimal amount) {
    public CostLine {
        Checks.text(description, "description");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("cost must not be negative: " + amount);
        }
    }
}
