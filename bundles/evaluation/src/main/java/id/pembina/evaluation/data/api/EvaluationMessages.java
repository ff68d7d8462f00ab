package id.pembina.evaluation.data.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import id.pembina.catalog.api.CatalogMessages;
import id.pembina.participant.api.FieldError;
import id.pembina.participant.api.Messages;

/** Texts of the evaluation's refusals and reasons: Bahasa Indonesia by default, English on request. */
public final class EvaluationMessages {

    private static final String BUNDLE = "id.pembina.evaluation.data.api.messages";

    private EvaluationMessages() {
    }

    /** @return the text for the code, or null when the evaluation has none */
    public static String format(Locale locale, String code, Object... args) {
        Locale l = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Messages.INDONESIAN;
        try {
            ResourceBundle b = ResourceBundle.getBundle(BUNDLE, l, EvaluationMessages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(b.getString(code), l).format(args);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** @return the error's text from the evaluation's, the registry's or the catalog's messages; else the code */
    public static String message(FieldError e, Locale locale) {
        String m = format(locale, e.code(), e.args().toArray());
        return m != null ? m : CatalogMessages.message(e, locale);
    }
}
