package id.pembina.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.Test;

public class PasswordHasherTest {

    /**
     * The published PBKDF2-HMAC-SHA256 test vectors (RFC 7914 section 11 lists P="passwd"/S="salt"; these are the
     * widely used P="password"/S="salt" vectors for c=1 and c=2, dkLen=32).
     */
    @Test
    public void derivesTheKnownVectors() {
        byte[] salt = "salt".getBytes(StandardCharsets.US_ASCII);
        assertEquals("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b",
                HexFormat.of().formatHex(PasswordHasher.derive("password".toCharArray(), salt, 1, 256)));
        assertEquals("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43",
                HexFormat.of().formatHex(PasswordHasher.derive("password".toCharArray(), salt, 2, 256)));
    }

    @Test
    public void storedFormCarriesItsParameters() {
        // salt "salt" is Base64 "c2FsdA"; the hash is the c=2 vector above in Base64 without padding.
        String stored = PasswordHasher.format(2, "salt".getBytes(StandardCharsets.US_ASCII),
                HexFormat.of().parseHex("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43"));
        assertEquals("pbkdf2-sha256$2$c2FsdA$rk0Mla9rRtMtCt/5KPBt0CowP47zwlHf1uLYWpVHTEM", stored);
        assertTrue(PasswordHasher.verify("password".toCharArray(), stored));
        assertFalse(PasswordHasher.verify("Password".toCharArray(), stored));
    }

    @Test
    public void newHashesVerifyAndDifferBySalt() {
        PasswordHasher h = new PasswordHasher(1_000);
        String a = h.hash("rahasia-marelan".toCharArray());
        String b = h.hash("rahasia-marelan".toCharArray());
        assertNotEquals(a, b);
        assertTrue(a.startsWith("pbkdf2-sha256$1000$"));
        assertTrue(PasswordHasher.verify("rahasia-marelan".toCharArray(), a));
        assertTrue(PasswordHasher.verify("rahasia-marelan".toCharArray(), b));
        assertFalse(PasswordHasher.verify("rahasia-marelan!".toCharArray(), a));
    }

    @Test
    public void raisedIterationsMarkOlderHashesForRehash() {
        String old = new PasswordHasher(1_000).hash("rahasia-marelan".toCharArray());
        assertFalse(new PasswordHasher(1_000).isWeakerThanCurrent(old));
        assertTrue(new PasswordHasher(2_000).isWeakerThanCurrent(old));
        assertFalse(new PasswordHasher(500).isWeakerThanCurrent(old));
    }

    @Test
    public void malformedStoredValuesNeverVerify() {
        for (String bad : new String[] { null, "", "{CRYPT}abc{CRYPT}", "pbkdf2-sha256$x$c2FsdA$AAAA",
                "pbkdf2-sha256$0$c2FsdA$AAAA", "pbkdf2-sha256$2$$AAAA", "md5$2$c2FsdA$AAAA", "pbkdf2-sha256$2$c2FsdA" }) {
            assertFalse(bad, PasswordHasher.verify("password".toCharArray(), bad));
        }
    }
}
