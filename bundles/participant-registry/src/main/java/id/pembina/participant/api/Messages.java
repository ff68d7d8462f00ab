package id.pembina.participant.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-facing texts of the registry: Bahasa Indonesia by default, English on request. */
public final class Messages {

    /** The default language of Pembina's users. */
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private static final String BUNDLE = "id.pembina.participant.api.messages";

    private Messages() {
    }

    public static String format(Locale locale, String code, Object... args) {
        Locale l = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, l, Messages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(code), l).format(args);
        } catch (MissingResourceException e) {
            return code;
        }
    }
}
