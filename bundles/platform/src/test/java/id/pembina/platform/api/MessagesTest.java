package id.pembina.platform.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.List;
import java.util.Locale;

import org.junit.Test;

public class MessagesTest {

    private final MessageSource test = new BundleMessages("id.pembina.platform.api.test", getClass().getClassLoader());
    private final MessageSource other = (locale, code, args) -> code.equals("other.code") ? "other" : null;

    @Test
    public void indonesianByDefaultEnglishOnRequest() {
        assertEquals("Halo Budi", test.text(null, "test.hello", "Budi"));
        assertEquals("Halo Budi", test.text(Locale.GERMAN, "test.hello", "Budi"));
        assertEquals("Halo Budi", test.text(Locale.forLanguageTag("id-ID"), "test.hello", "Budi"));
        assertEquals("Hello Budi", test.text(Locale.forLanguageTag("en-GB"), "test.hello", "Budi"));
    }

    @Test
    public void aCodeMissingInIndonesianComesFromTheBaseFileAndAnUnknownCodeIsNull() {
        // The base file (English) is the parent of the _id file.
        assertEquals("Only English", test.text(Languages.INDONESIAN, "test.english"));
        assertNull(test.text(Locale.ENGLISH, "no.such.code"));
    }

    @Test
    public void messagesAskEverySourceAndFallBackToTheCode() {
        Messages m = Messages.of(List.of(test, other));
        assertEquals("other", m.text(Locale.ENGLISH, "other.code"));
        assertEquals("no.such.code", m.text(Locale.ENGLISH, "no.such.code"));
        assertEquals("unit: Halo X / Hello X", m.bilingual(FieldError.of("unit", "test.hello", "X")));
        assertEquals("other", m.bilingual("other.code"));
    }

    @Test
    public void languagesChooseIndonesianUnlessEnglishComesFirst() {
        assertEquals(Locale.ENGLISH, Languages.choose(List.of(Locale.GERMAN, Locale.ENGLISH, Languages.INDONESIAN)));
        assertEquals(Languages.INDONESIAN, Languages.choose(List.of(new Locale("in"), Locale.ENGLISH)));
        assertEquals(Languages.INDONESIAN, Languages.choose(List.of(Locale.GERMAN)));
    }

    @Test
    public void aNumberPlaceholderGivenTextShowsTheTextInsteadOfFailing() {
        // FieldError arguments are text; a pattern that wants a number must not break the answer.
        assertEquals("Sesi 12 penuh (kapasitas 30)", test.text(Languages.INDONESIAN, "test.number", "12", "30"));
        assertEquals("Session 1234 is full (capacity 30)", test.text(Locale.ENGLISH, "test.number", 1234L, 30));
    }

    @Test(expected = IllegalArgumentException.class)
    public void aSuccessfulImportIsNotARefusal() {
        new ImportRefusedException(new ImportResult(3, 3, List.of()));
    }
}
