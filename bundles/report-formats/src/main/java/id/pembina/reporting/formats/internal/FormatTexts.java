package id.pembina.reporting.formats.internal;

import java.util.Locale;

import id.pembina.platform.api.BundleMessages;

/** This bundle's texts: format names and the few words the templates add. */
final class FormatTexts {

    private static final BundleMessages MESSAGES = new BundleMessages("id.pembina.reporting.formats.internal.messages",
            FormatTexts.class.getClassLoader());

    private FormatTexts() {
    }

    static String text(Locale locale, String code, Object... args) {
        String s = MESSAGES.text(locale, code, args);
        return s == null ? code : s;
    }
}
