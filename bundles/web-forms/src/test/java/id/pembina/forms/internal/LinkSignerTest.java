package id.pembina.forms.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;

import java.util.Optional;

import org.junit.Test;

import id.pembina.forms.internal.LinkSigner.Purpose;

public class LinkSignerTest {

    /** Key bytes 0x00, 0x01, ... 0x1f. */
    static LinkSigner signer() {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) i;
        }
        return new LinkSigner(key);
    }

    @Test
    public void tokenIsTheValueWithTheFirst16BytesOfItsHmac() {
        // printf 's:42' | openssl dgst -sha256 -mac HMAC -macopt hexkey:000102...1f
        //   = a18693f6e3d568b28c291d42d0df39f2 f39ef7305617b28ef2c923fb81e889b1
        // Base64url of the first 16 bytes, unpadded: oYaT9uPVaLKMKR1C0N858g
        assertEquals("42.oYaT9uPVaLKMKR1C0N858g", signer().token(Purpose.SESSION, "42"));
    }

    @Test
    public void verifyGivesTheValueOfAnUntouchedToken() {
        LinkSigner s = signer();
        assertEquals(Optional.of("42"), s.verify(Purpose.SESSION, "42.oYaT9uPVaLKMKR1C0N858g"));
        assertEquals(Optional.of("197001011995031001"),
                s.verify(Purpose.FOLLOW_UP, s.token(Purpose.FOLLOW_UP, "197001011995031001")));
    }

    @Test
    public void tamperedOrForeignTokensAreRefused() {
        LinkSigner s = signer();
        assertEquals(Optional.empty(), s.verify(Purpose.SESSION, "43.oYaT9uPVaLKMKR1C0N858g")); // other session
        assertEquals(Optional.empty(), s.verify(Purpose.SESSION, "42.oYaT9uPVaLKMKR1C0N858h")); // one letter changed
        assertEquals(Optional.empty(), s.verify(Purpose.SESSION, "42.oYaT9uPVaLKMKR1C0N858")); // cut short
        assertEquals(Optional.empty(), s.verify(Purpose.PRINT, "42.oYaT9uPVaLKMKR1C0N858g")); // another purpose
        assertEquals(Optional.empty(), s.verify(Purpose.SESSION, "42"));
        assertEquals(Optional.empty(), s.verify(Purpose.SESSION, ".oYaT9uPVaLKMKR1C0N858g"));
        assertEquals(Optional.empty(), s.verify(Purpose.SESSION, "42."));
        assertEquals(Optional.empty(), s.verify(Purpose.SESSION, null));
        byte[] otherKey = new byte[32];
        assertEquals(Optional.empty(), new LinkSigner(otherKey).verify(Purpose.SESSION, "42.oYaT9uPVaLKMKR1C0N858g"));
    }

    @Test
    public void roomCodeIsSixDigitsOfTheSessionsHmac() {
        // printf 'r:42' | openssl dgst -sha256 -mac HMAC -macopt hexkey:000102...1f = 2fc77847...
        // 0x2fc77847 = 801,601,607; mod 1,000,000 = 601607
        assertEquals("601607", signer().roomCode(42));
        assertNotEquals(signer().roomCode(42), signer().roomCode(43));
    }

    @Test
    public void shortKeysAndDotsInValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LinkSigner(new byte[31]));
        assertThrows(IllegalArgumentException.class, () -> signer().token(Purpose.SESSION, "4.2"));
    }
}
