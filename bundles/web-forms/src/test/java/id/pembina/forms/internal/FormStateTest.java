package id.pembina.forms.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.Optional;

import org.junit.Test;

public class FormStateTest {

    private static final Instant NOW = Instant.parse("2026-05-04T01:00:00Z");

    @Test
    public void anIdentifiedStateSurvivesTheCookieUntilItExpires() {
        LinkSigner signer = LinkSignerTest.signer();
        FormState s = FormState.identified(42, "199001012015032001", NOW);
        String cookie = s.encode(signer);
        FormState back = FormState.decode(signer, cookie).orElseThrow();
        assertEquals(s, back);
        // 2 h = 7,200 s after 01:00 UTC: valid at 02:59:59, not at 03:00:00
        assertEquals(Instant.parse("2026-05-04T03:00:00Z"), back.expires());
        assertTrue(back.identifiedFor(42, Instant.parse("2026-05-04T02:59:59Z")));
        assertFalse(back.identifiedFor(42, Instant.parse("2026-05-04T03:00:00Z")));
        assertFalse(back.identifiedFor(43, NOW));
        assertFalse(FormState.fresh(NOW).identifiedFor(42, NOW));
    }

    @Test
    public void anEditedCookieIsRefused() {
        LinkSigner signer = LinkSignerTest.signer();
        String cookie = FormState.identified(42, "199001012015032001", NOW).encode(signer);
        String otherNip = cookie.replace("199001012015032001", "199102022016031002");
        assertEquals(Optional.empty(), FormState.decode(signer, otherNip));
        assertEquals(Optional.empty(), FormState.decode(signer, "x~42~1990~1.abc"));
        assertEquals(Optional.empty(), FormState.decode(signer, null));
    }

    @Test
    public void theCsrfTokenFollowsTheNonce() {
        LinkSigner signer = LinkSignerTest.signer();
        FormState a = FormState.fresh(NOW);
        FormState b = FormState.fresh(NOW);
        assertEquals(a.csrf(signer), new FormState(a.nonce(), 42L, "x", NOW).csrf(signer));
        assertNotEquals(a.csrf(signer), b.csrf(signer));
        // identification makes a new nonce, so a token seen before it no longer posts
        assertNotEquals(a.nonce(), FormState.identified(42, "x", NOW).nonce());
        assertEquals(22, a.nonce().length()); // 16 random bytes, Base64url unpadded
    }
}
