package id.pembina.platform.api;

import java.util.Arrays;
import java.util.List;

/**
 * One reason why input was refused.
 *
 * @param field the JSON/CSV field name, e.g. {@code nip}; empty for the whole request
 * @param code  message key, e.g. {@code nip.birthDate}, found in the {@link MessageSource} of the
 *              bundle that refused
 * @param args  values for the message's placeholders
 */
public record FieldError(String field, String code, List<String> args) {

    public FieldError {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static FieldError of(String field, String code, Object... args) {
        return new FieldError(field, code, Arrays.stream(args).map(String::valueOf).toList());
    }
}
