package id.pembina.evaluation.api;

import java.util.Objects;

/** A unit-level results indicator. */
public record ResultIndicator(String code, String name, Direction direction) {
    public ResultIndicator {
        Checks.text(code, "code");
        Checks.text(name, "name");
        Objects.requireNonNull(direction, "direction");
    }
}
