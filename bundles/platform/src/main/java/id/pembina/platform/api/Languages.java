package id.pembina.platform.api;

import java.util.List;
import java.util.Locale;

/** Pembina speaks Bahasa Indonesia, and English to whoever asks for it. */
public final class Languages {

    /** The default language of Pembina's users. */
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    /** Both languages, Indonesian first: the order of bilingual texts. */
    public static final List<Locale> BOTH = List.of(INDONESIAN, Locale.ENGLISH);

    private Languages() {
    }

    /** @return English for any English locale, Bahasa Indonesia for everything else (null included) */
    public static Locale of(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
    }

    /** @return the first of the client's acceptable languages that Pembina speaks; Indonesian otherwise */
    public static Locale choose(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            if ("id".equals(l.getLanguage()) || "in".equals(l.getLanguage())) {
                return INDONESIAN;
            }
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return INDONESIAN;
    }
}
