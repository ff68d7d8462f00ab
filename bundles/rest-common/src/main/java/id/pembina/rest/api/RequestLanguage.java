package id.pembina.rest.api;

import java.util.Locale;

import id.pembina.platform.api.Languages;

/**
 * The language of the request being served (from {@code Accept-Language}): Bahasa Indonesia
 * unless the client prefers English. Set by the common edge before any resource runs.
 */
public final class RequestLanguage {

    private static final ThreadLocal<Locale> CURRENT = new ThreadLocal<>();

    private RequestLanguage() {
    }

    /** @return the language of the current request; Indonesian outside a request */
    public static Locale current() {
        Locale l = CURRENT.get();
        return l == null ? Languages.INDONESIAN : l;
    }

    /** For the common edge: sets (or with null, clears) the current request's language. */
    public static void set(Locale locale) {
        if (locale == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(locale);
        }
    }
}
