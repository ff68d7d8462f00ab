package id.pembina.shell.internal;

import java.util.Locale;

import id.pembina.participant.api.FieldError;
import id.pembina.participant.api.Messages;

/** Console texts: Bahasa Indonesia first, English second. */
final class Text {

    private Text() {
    }

    static String both(String indonesian, String english) {
        return indonesian + " / " + english;
    }

    static String error(FieldError e) {
        String field = e.field() == null || e.field().isEmpty() ? "" : e.field() + ": ";
        return field + both(message(e, Messages.INDONESIAN), message(e, Locale.ENGLISH));
    }

    private static String message(FieldError e, Locale locale) {
        return id.pembina.catalog.api.CatalogMessages.message(e, locale);
    }
}
