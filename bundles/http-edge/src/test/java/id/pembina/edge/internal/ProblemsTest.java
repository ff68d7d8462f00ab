package id.pembina.edge.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.Test;

import id.pembina.platform.api.BundleMessages;
import id.pembina.platform.api.Languages;
import id.pembina.platform.api.Messages;

public class ProblemsTest {

    private static final Messages TEXTS = Messages.of(List.of(
            new BundleMessages("id.pembina.edge.internal.texts", ProblemsTest.class.getClassLoader())));

    @Test
    public void aStatusBecomesAProblemInTheRequestsLanguage() {
        assertEquals("{\"type\":\"urn:pembina:problem:headers-too-large\",\"title\":\"Header permintaan terlalu besar\","
                + "\"status\":431,\"detail\":\"Header permintaan lebih besar daripada yang diterima server (status HTTP 431).\"}",
                new String(Problems.body(TEXTS, Languages.INDONESIAN, 431, null), StandardCharsets.UTF_8));
        assertEquals("{\"type\":\"urn:pembina:problem:forbidden\",\"title\":\"Access denied\",\"status\":403,"
                + "\"detail\":\"A form or text write from another site is refused; send it from this server's own pages.\"}",
                new String(Problems.body(TEXTS, Locale.ENGLISH, 403, "edge.crossOrigin"), StandardCharsets.UTF_8));
        // a status without its own kind: 4xx is a bad request, 5xx an internal error
        assertTrue(new String(Problems.body(TEXTS, Locale.ENGLISH, 418, null), StandardCharsets.UTF_8)
                .startsWith("{\"type\":\"urn:pembina:problem:bad-request\",\"title\":\"Bad request\",\"status\":418,"));
        assertEquals("internal", Problems.kind(502));
    }

    @Test
    public void languageFromAcceptLanguage() {
        assertEquals(Locale.ENGLISH, Problems.locale("en-GB,en;q=0.9"));
        assertEquals(Languages.INDONESIAN, Problems.locale("id,en;q=0.5"));
        assertEquals(Languages.INDONESIAN, Problems.locale(null));
        assertEquals(Languages.INDONESIAN, Problems.locale("\u00ff;;q=x")); // unreadable: the default
    }

    @Test
    public void jsonStringsAreEscaped() {
        assertEquals("\"a\\\"b\\\\c\\u000a\"", Problems.quote("a\"b\\c\n"));
    }

    @Test
    public void unknownCharsetsAreRefused() {
        assertTrue(EdgeFilter.knownCharset(null));
        assertTrue(EdgeFilter.knownCharset("application/json"));
        assertTrue(EdgeFilter.knownCharset("application/json; charset=\"utf-8\""));
        assertFalse(EdgeFilter.knownCharset("application/json; charset=nonsense"));
        assertFalse(EdgeFilter.knownCharset("text/csv; charset=ISO-8859-99"));
        assertFalse(EdgeFilter.knownCharset("text/plain; charset=%%%")); // not even a legal name
    }
}
