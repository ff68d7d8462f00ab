package id.pembina.evaluation.shell.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ValidationException;

/** Enum constants typed at the console, in any case. */
final class Enums {

    private Enums() {
    }

    /** @throws ValidationException naming {@code field} and the accepted values when {@code text} names none */
    static <E extends Enum<E>> E parse(String field, Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ValidationException(FieldError.of(field, "invalidValue", text, Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", "))));
        }
    }
}
