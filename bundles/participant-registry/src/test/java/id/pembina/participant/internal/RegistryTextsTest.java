package id.pembina.participant.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.Test;

import id.pembina.platform.api.BundleMessages;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.Languages;
import id.pembina.platform.api.Messages;

/** The registry's texts, with the platform's generic ones, as the edges render them. */
public class RegistryTextsTest {

    private static final Messages M = Messages.of(List.of(BundleMessages.PLATFORM,
            new BundleMessages("id.pembina.participant.internal.messages", RegistryTextsTest.class.getClassLoader())));

    @Test
    public void messagesAreIndonesianByDefault() {
        assertEquals("Digit 1-8 NIP bukan tanggal lahir yang valid", M.text(null, "nip.birthDate"));
        assertEquals("Digit 1-8 NIP bukan tanggal lahir yang valid",
                M.text(Languages.INDONESIAN, "nip.birthDate"));
        assertEquals("Digit 1-8 NIP bukan tanggal lahir yang valid",
                M.text(Locale.forLanguageTag("id-ID"), "nip.birthDate"));
        // A language without texts of its own gets Indonesian, whatever the JVM's default locale.
        assertEquals("Digit 1-8 NIP bukan tanggal lahir yang valid", M.text(Locale.GERMAN, "nip.birthDate"));
    }

    @Test
    public void messagesInEnglishOnRequest() {
        assertEquals("Digits 1-8 of the NIP are not a real birth date",
                M.text(Locale.ENGLISH, "nip.birthDate"));
        assertEquals("Digits 1-8 of the NIP are not a real birth date",
                M.text(Locale.forLanguageTag("en-GB"), "nip.birthDate"));
    }

    @Test
    public void messagePlaceholdersAreFilled() {
        assertEquals("NIP 198609262015051001 muncul lebih dari sekali dalam berkas (pertama pada baris 2)",
                M.text(Languages.INDONESIAN, "participant.duplicateInFile", "198609262015051001", "2"));
        assertEquals("NIP 198609262015051001 occurs more than once in the file (first on line 2)",
                M.text(Locale.ENGLISH, "participant.duplicateInFile", "198609262015051001", "2"));
        assertEquals("Paling banyak 200 karakter", M.text(null, FieldError.of("name", "tooLong", 200)));
        assertEquals("At most 200 characters", M.text(Locale.ENGLISH, FieldError.of("name", "tooLong", 200)));
    }

    @Test
    public void newMessagesInBothLanguages() {
        assertEquals("Karakter kendali (seperti NUL, tab atau ganti baris) tidak diperbolehkan",
                M.text(null, FieldError.of("name", "text.control")));
        assertEquals("Control characters (such as NUL, tab or line breaks) are not allowed",
                M.text(Locale.ENGLISH, FieldError.of("name", "text.control")));
        assertEquals("Registri sudah berisi data (3 peserta, 13 unit); tidak ada yang dimuat",
                M.text(null, FieldError.of("", "registry.notEmpty", 3, 13)));
        assertEquals("The registry already holds data (3 participants, 13 units); nothing was loaded",
                M.text(Locale.ENGLISH, FieldError.of("", "registry.notEmpty", 3, 13)));
        assertEquals("A quoted value that starts on this line is never closed; the file cannot be read from here on",
                M.text(Locale.ENGLISH, FieldError.of("", "csv.unclosedQuote")));
        assertEquals("Kolom ke-3 pada baris judul tidak bernama", M.text(null, FieldError.of("", "csv.unnamedColumn", 3)));
    }

    @Test
    public void unknownCodeIsReturnedAsItIs() {
        assertEquals("no.such.code", M.text(Locale.ENGLISH, "no.such.code"));
        assertEquals("no.such.code", M.text(Languages.INDONESIAN, "no.such.code"));
    }

    @Test
    public void bothLanguagesHaveTheSameCodes() throws IOException {
        Properties en = load("messages.properties");
        Properties id = load("messages_id.properties");
        assertEquals(en.stringPropertyNames(), id.stringPropertyNames());
        for (String code : List.of("nip.format", "nip.birthDate", "nip.tmt", "nip.tmtBeforeAdulthood",
                "nip.tmtInFuture", "nip.gender", "nip.sequence", "participant.duplicateInFile",
                "supervisor.cycle", "unit.duplicateInFile", "unit.parentCycle", "registry.notEmpty")) {
            assertTrue(code, en.containsKey(code));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RegistryTextsTest.class.getResourceAsStream(name)) {
            p.load(in);
        }
        return p;
    }
}
