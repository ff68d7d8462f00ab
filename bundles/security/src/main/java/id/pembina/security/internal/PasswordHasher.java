package id.pembina.security.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, slow password hashes with the JDK's PBKDF2WithHmacSHA256. Each stored hash carries its own
 * parameters ({@code pbkdf2-sha256$<iterations>$<salt>$<hash>}, Base64 without padding), so the iteration
 * count can be raised later: old hashes still verify and are replaced at the next successful login.
 */
final class PasswordHasher {

    static final String SCHEME = "pbkdf2-sha256";
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about 100-300 ms on one core of the test machines. */
    static final int DEFAULT_ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final int iterations;

    PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations " + iterations);
        }
        this.iterations = iterations;
    }

    int iterations() {
        return iterations;
    }

    /** A new hash with a fresh random salt. */
    String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return format(iterations, salt, derive(password, salt, iterations, HASH_BITS));
    }

    static String format(int iterations, byte[] salt, byte[] hash) {
        return SCHEME + "$" + iterations + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** @return whether {@code password} matches {@code stored}; false for a malformed stored value */
    static boolean verify(char[] password, String stored) {
        Parsed p = parse(stored);
        if (p == null) {
            return false;
        }
        byte[] actual = derive(password, p.salt, p.iterations, p.hash.length * 8);
        return MessageDigest.isEqual(actual, p.hash);
    }

    /** @return whether {@code stored} was made with fewer iterations than this hasher uses (or is unreadable) */
    boolean isWeakerThanCurrent(String stored) {
        Parsed p = parse(stored);
        return p == null || p.iterations < iterations;
    }

    /**
     * Spends the same time as a real check, for a name that has no account: a missing account must not
     * answer faster than a wrong password.
     */
    void spendTime(char[] password) {
        derive(password, new byte[SALT_BYTES], iterations, HASH_BITS);
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {
    }

    private static Parsed parse(String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return null;
        }
        try {
            int n = Integer.parseInt(parts[1]);
            byte[] salt = B64D.decode(parts[2]);
            byte[] hash = B64D.decode(parts[3]);
            return n < 1 || salt.length == 0 || hash.length == 0 ? null : new Parsed(n, salt, hash);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static byte[] derive(char[] password, byte[] salt, int iterations, int bits) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
