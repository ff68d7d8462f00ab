package id.pembina.reporting.internal;

import java.util.Locale;

import id.pembina.platform.api.BundleMessages;
import id.pembina.platform.api.Languages;

/** The reporting bundle's texts in one language (the request's). */
final class Texts {

    static final String BASE_NAME = "id.pembina.reporting.internal.messages";

    private static final BundleMessages MESSAGES = new BundleMessages(BASE_NAME, Texts.class.getClassLoader());

    private final Locale locale;

    Texts(Locale locale) {
        this.locale = Languages.of(locale);
    }

    Locale locale() {
        return locale;
    }

    boolean english() {
        return Locale.ENGLISH.equals(locale);
    }

    /** @return the text of the code; the code itself when it has none (a missing text shows, never breaks) */
    String t(String code, Object... args) {
        String s = MESSAGES.text(locale, code, args);
        return s == null ? code : s;
    }
}
