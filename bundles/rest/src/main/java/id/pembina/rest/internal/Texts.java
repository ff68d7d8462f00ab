package id.pembina.rest.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import id.pembina.participant.api.FieldError;
import id.pembina.participant.api.Messages;

/** Texts of the HTTP edge in Bahasa Indonesia (default) and English. */
final class Texts {

    private static final ThreadLocal<Locale> REQUEST_LOCALE = new ThreadLocal<>();

    private Texts() {
    }

    /** Picks English only when the client prefers it; Bahasa Indonesia otherwise. */
    static Locale choose(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            if ("id".equals(l.getLanguage()) || "in".equals(l.getLanguage())) {
                return Messages.INDONESIAN;
            }
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Messages.INDONESIAN;
    }

    static void setRequestLocale(Locale l) {
        REQUEST_LOCALE.set(l);
    }

    static Locale requestLocale() {
        Locale l = REQUEST_LOCALE.get();
        return l == null ? Messages.INDONESIAN : l;
    }

    static String text(Locale locale, String code, Object... args) {
        Locale l = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Messages.INDONESIAN;
        try {
            ResourceBundle b = ResourceBundle.getBundle("id.pembina.rest.internal.texts", l, Texts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(b.getString(code), l).format(args);
        } catch (MissingResourceException e) {
            String c = catalog(l, code, args);
            return c != null ? c : Messages.format(l, code, args);
        }
    }

    static String field(Locale locale, FieldError e) {
        String m = Messages.format(locale, e.code(), e.args().toArray());
        if (!m.equals(e.code())) {
            return m;
        }
        String c = id.pembina.evaluation.data.api.EvaluationMessages.message(e, locale);
        return !c.equals(e.code()) ? c : text(locale, e.code(), e.args().toArray());
    }

    /** Texts of the training catalog's refusals, kept in its API bundle. */
    static String catalog(Locale locale, String code, Object... args) {
        return id.pembina.catalog.api.CatalogMessages.format(locale, code, args);
    }
}
