package id.pembina.forms.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies the tokens of the form links with HMAC-SHA256 over a secret only the server knows, so that
 * a link cannot be made from a session number or a NIP. A token is {@code <value>.<signature>}: the value in
 * clear (a session id or a NIP), the signature the first 16 bytes (128 bits) of the HMAC of
 * {@code <purpose>:<value>}, Base64url without padding (22 characters). The purpose keeps a token of one kind
 * (a participant's link) from opening a page of another (the staff's print sheet).
 */
final class LinkSigner {

    /** What a token opens. */
    enum Purpose {
        SESSION("s"), FOLLOW_UP("f"), PRINT("p"), ROOM("r"), CSRF("c"), STATE("k");

        final String tag;

        Purpose(String tag) {
            this.tag = tag;
        }
    }

    private static final int SIGNATURE_BYTES = 16;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;

    LinkSigner(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the key needs at least 256 bits");
        }
        this.key = key.clone();
    }

    /** @return {@code value.signature}; the value must not hold a '.' */
    String token(Purpose purpose, String value) {
        if (value.indexOf('.') >= 0) {
            throw new IllegalArgumentException("a token value holds no '.'");
        }
        return value + "." + signature(purpose, value);
    }

    /** @return the value of a token made by {@link #token} for this purpose; empty for anything else */
    Optional<String> verify(Purpose purpose, String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.lastIndexOf('.');
        if (dot <= 0 || dot == token.length() - 1) {
            return Optional.empty();
        }
        String value = token.substring(0, dot);
        byte[] expected = signature(purpose, value).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        // constant time: the comparison must not tell how many leading characters were right
        return MessageDigest.isEqual(expected, given) ? Optional.of(value) : Optional.empty();
    }

    /** @return the Base64url signature of the value for the purpose */
    String signature(Purpose purpose, String value) {
        return B64.encodeToString(Arrays.copyOf(mac(purpose.tag + ":" + value), SIGNATURE_BYTES));
    }

    /**
     * @return the six-digit room code of a session: the first four bytes of its HMAC, as an unsigned number,
     *     modulo 1,000,000, with leading zeros
     */
    String roomCode(long sessionId) {
        byte[] h = mac(Purpose.ROOM.tag + ":" + sessionId);
        long n = ((h[0] & 0xFFL) << 24) | ((h[1] & 0xFFL) << 16) | ((h[2] & 0xFFL) << 8) | (h[3] & 0xFFL);
        return String.format("%06d", n % 1_000_000);
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
