package id.pembina.web.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

/**
 * The synchronizer token of a session: every form carries it as {@code _csrf} and every htmx request as
 * the header {@code X-CSRF-Token}; a write without the session's token is refused.
 */
final class Csrf {

    static final String ATTRIBUTE = "pembina.web.csrf";
    static final String PARAMETER = "_csrf";
    static final String HEADER = "X-CSRF-Token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {
    }

    static String token(HttpSession session) {
        Object t = session.getAttribute(ATTRIBUTE);
        if (t instanceof String s) {
            return s;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, token);
        return token;
    }

    static boolean valid(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String expected)) {
            return false;
        }
        String given = request.getHeader(HEADER);
        if (given == null) {
            given = request.getParameter(PARAMETER);
        }
        // constant-time comparison: the token must not leak through timing
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }
}
