package id.pembina.evaluation.shell.internal;

import java.math.BigDecimal;

import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ValidationException;

/** Decimal numbers typed at the console, e.g. rupiah or JP: digits with a point, never grouped. */
final class Amounts {

    private Amounts() {
    }

    /** @throws ValidationException naming {@code field} when {@code text} is not a plain decimal number */
    static BigDecimal parse(String field, String text) {
        if (text != null && text.strip().matches("-?[0-9]+(\\.[0-9]+)?")) {
            return new BigDecimal(text.strip());
        }
        throw new ValidationException(FieldError.of(field, "evaluation.console.invalid", text));
    }
}
