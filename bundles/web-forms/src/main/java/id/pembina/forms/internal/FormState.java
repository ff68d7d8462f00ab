package id.pembina.forms.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import id.pembina.forms.internal.LinkSigner.Purpose;

/**
 * What the browser keeps between two pages, in one signed cookie: a random nonce (the CSRF tokens of the forms
 * are its HMAC), and after identification the session and the participant's NIP, valid until {@code expires}.
 * Signed, so that nobody can claim another NIP by editing the cookie; no state on the server.
 *
 * @param sessionId null before identification
 * @param nip       null before identification
 */
record FormState(String nonce, Long sessionId, String nip, Instant expires) {

    static final String COOKIE = "pembina_forms";

    /** How long an identification lasts: long enough for a questionnaire and a test, short for a shared phone. */
    static final long LIFETIME_SECONDS = 2 * 60 * 60;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** @return a new state without identification */
    static FormState fresh(Instant now) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return new FormState(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), null, null,
                now.plusSeconds(LIFETIME_SECONDS));
    }

    /** @return a state for the identified participant, with a new nonce (the old one may have been seen) */
    static FormState identified(long sessionId, String nip, Instant now) {
        FormState f = fresh(now);
        return new FormState(f.nonce, sessionId, nip, f.expires);
    }

    /** @return true when identified for that session and not expired */
    boolean identifiedFor(long session, Instant now) {
        return sessionId != null && sessionId == session && nip != null && now.isBefore(expires);
    }

    /** @return the cookie value: {@code nonce~session~nip~expires.signature} */
    String encode(LinkSigner signer) {
        String value = nonce + "~" + (sessionId == null ? "" : sessionId) + "~" + (nip == null ? "" : nip) + "~"
                + expires.getEpochSecond();
        return signer.token(Purpose.STATE, value);
    }

    /** @return the state of a cookie value that this server signed; empty for anything else */
    static Optional<FormState> decode(LinkSigner signer, String cookie) {
        return signer.verify(Purpose.STATE, cookie).flatMap(value -> {
            String[] parts = value.split("~", -1);
            if (parts.length != 4 || parts[0].isEmpty()) {
                return Optional.empty();
            }
            try {
                Long session = parts[1].isEmpty() ? null : Long.valueOf(parts[1]);
                String nip = parts[2].isEmpty() ? null : parts[2];
                return Optional.of(new FormState(parts[0], session, nip, Instant.ofEpochSecond(Long.parseLong(parts[3]))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** @return the CSRF token the forms of this state must send back */
    String csrf(LinkSigner signer) {
        return signer.signature(Purpose.CSRF, nonce);
    }
}
