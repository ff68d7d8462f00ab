package id.pembina.forms.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import id.pembina.platform.api.Languages;

/**
 * One request and its answer: the page's language (Bahasa Indonesia unless {@code ?lang=en} or the language
 * cookie says English), the signed form state of the browser, the CSRF check of posts, and the security
 * headers every answer carries.
 */
final class Exchange {

    static final String LANG_COOKIE = "pembina_lang";

    /**
     * No script, no frames, styles and images from this server only; forms post only here. The QR codes are
     * inline SVG elements, which this allows without any {@code data:} source.
     */
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    final HttpServletRequest request;
    final HttpServletResponse response;
    final Locale locale;
    final Instant now;
    private final LinkSigner signer;
    private FormState state;

    Exchange(HttpServletRequest request, HttpServletResponse response, LinkSigner signer, Instant now) {
        this.request = request;
        this.response = response;
        this.signer = signer;
        this.now = now;
        this.locale = language(request, response);
        securityHeaders(response);
    }

    static void securityHeaders(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cache-Control", "no-store");
        // the links carry their signature: never send them to another site as a referrer
        response.setHeader("Referrer-Policy", "no-referrer");
    }

    private static Locale language(HttpServletRequest request, HttpServletResponse response) {
        String asked = request.getParameter("lang");
        if ("en".equals(asked) || "id".equals(asked)) {
            Cookie c = new Cookie(LANG_COOKIE, asked);
            c.setPath(FormPaths.CONTEXT);
            c.setMaxAge(365 * 24 * 3600);
            c.setHttpOnly(true);
            response.addCookie(c);
            return Languages.of(Locale.forLanguageTag(asked));
        }
        return cookie(request, LANG_COOKIE).map(v -> Languages.of(Locale.forLanguageTag(v))).orElse(Languages.INDONESIAN);
    }

    private static Optional<String> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    /** @return the browser's valid state, or a new one (sent with this answer) */
    FormState state() {
        if (state == null) {
            Optional<FormState> kept = cookie(request, FormState.COOKIE).flatMap(v -> FormState.decode(signer, v))
                    .filter(s -> now.isBefore(s.expires()));
            state = kept.orElseGet(() -> keep(FormState.fresh(now)));
        }
        return state;
    }

    /** Sends the state to the browser as its cookie (HttpOnly, SameSite=Lax, Secure on HTTPS) and uses it. */
    FormState keep(FormState s) {
        state = s;
        StringBuilder header = new StringBuilder(FormState.COOKIE).append('=').append(s.encode(signer))
                .append("; Path=").append(FormPaths.CONTEXT).append("; Max-Age=").append(FormState.LIFETIME_SECONDS)
                .append("; HttpOnly; SameSite=Lax");
        if (request.isSecure()) {
            header.append("; Secure");
        }
        response.addHeader("Set-Cookie", header.toString());
        return s;
    }

    /** @return the CSRF token of the forms of this page */
    String csrf() {
        return state().csrf(signer);
    }

    /** @return true when the post carries the CSRF token of the browser's state */
    boolean csrfValid() {
        String given = request.getParameter("csrf");
        Optional<FormState> kept = cookie(request, FormState.COOKIE).flatMap(v -> FormState.decode(signer, v));
        return given != null && kept.isPresent() && MessageDigest.isEqual(
                kept.get().csrf(signer).getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    String param(String name) {
        return request.getParameter(name);
    }

    /** @return a model with what every page shows: the CSRF token and the language switch's link */
    Map<String, Object> model() {
        Map<String, Object> m = new HashMap<>();
        m.put("csrf", csrf());
        m.put("switchHref", request.getRequestURI() + "?lang=" + (Locale.ENGLISH.equals(locale) ? "id" : "en"));
        m.put("css", FormPaths.ROOT + "static/forms.css");
        return m;
    }

    void html(int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(body);
    }

    /** See-other after a successful post, so that reloading the page does not post again. */
    void redirect(String path, String query) throws IOException {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", query == null ? path : path + "?" + query);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
