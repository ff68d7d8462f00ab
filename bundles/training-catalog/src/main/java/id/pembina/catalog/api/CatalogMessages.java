package id.pembina.catalog.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import id.pembina.participant.api.FieldError;
import id.pembina.participant.api.Messages;

/** Texts of the catalog's refusals: Bahasa Indonesia by default, English on request. */
public final class CatalogMessages {

    private static final String BUNDLE = "id.pembina.catalog.api.messages";

    private CatalogMessages() {
    }

    /** @return the text for the code, or null when the catalog has none */
    public static String format(Locale locale, String code, Object... args) {
        Locale l = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Messages.INDONESIAN;
        try {
            ResourceBundle b = ResourceBundle.getBundle(BUNDLE, l, CatalogMessages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(b.getString(code), l).format(args);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** @return the error's text from the registry's or the catalog's messages; the code when neither has it */
    public static String message(FieldError e, Locale locale) {
        String m = e.message(locale);
        if (!m.equals(e.code())) {
            return m;
        }
        String c = format(locale, e.code(), e.args().toArray());
        return c == null ? e.code() : c;
    }
}
