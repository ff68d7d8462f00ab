package id.pembina.platform.api;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Renders message codes from whichever bundle owns them: an OSGi service that asks every
 * registered {@link MessageSource}. Edges (REST, console) use it; domain services only give codes.
 */
@ProviderType
public interface Messages {

    /** @return the text of the code in the language; the code itself when no source has it */
    String text(Locale locale, String code, Object... args);

    /** @return the text of a refusal's reason in the language */
    default String text(Locale locale, FieldError error) {
        return text(locale, error.code(), error.args().toArray());
    }

    /** @return "Indonesian / English" of the code, for the console */
    default String bilingual(String code, Object... args) {
        String id = text(Languages.INDONESIAN, code, args);
        String en = text(Locale.ENGLISH, code, args);
        return id.equals(en) ? id : id + " / " + en;
    }

    /** @return "field: Indonesian / English" of a refusal's reason, for the console */
    default String bilingual(FieldError error) {
        String field = error.field() == null || error.field().isEmpty() ? "" : error.field() + ": ";
        return field + bilingual(error.code(), error.args().toArray());
    }

    /** @return messages answered by these sources, asked in order (for use outside OSGi, e.g. tests) */
    static Messages of(List<MessageSource> sources) {
        List<MessageSource> copy = List.copyOf(sources);
        return (locale, code, args) -> {
            for (MessageSource s : copy) {
                String t = s.text(locale, code, args);
                if (t != null) {
                    return t;
                }
            }
            return code;
        };
    }

    /** @return the codes' texts joined, e.g. for a log line */
    static String join(Messages messages, Locale locale, List<FieldError> errors) {
        return errors.stream().map(e -> messages.text(locale, e)).collect(Collectors.joining("; "));
    }
}
