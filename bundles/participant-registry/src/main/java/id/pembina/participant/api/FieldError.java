package id.pembina.participant.api;

import java.util.List;
import java.util.Locale;

/**
 * One reason why input was refused.
 *
 * @param field the JSON/CSV field name, e.g. {@code nip}
 * @param code  message key, e.g. {@code nip.birthDate}; see {@link Messages}
 * @param args  values for the message's placeholders
 */
public record FieldError(String field, String code, List<String> args) {

    public FieldError {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static FieldError of(String field, String code, Object... args) {
        return new FieldError(field, code, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** @return the message in the given language (Indonesian is the default) */
    public String message(Locale locale) {
        return Messages.format(locale, code, args.toArray());
    }
}
