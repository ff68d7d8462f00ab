package id.pembina.edge.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;

/**
 * Refuses cross-site writes that a browser sends without asking first: a form post or a
 * {@code text/plain} body (CORS "simple" requests, e.g. the CSV import) whose {@code Origin} (or,
 * without it, {@code Referer}) is another site. Requests without either header come from programs,
 * not from a browser visiting another site, and pass; JSON writes need a CORS preflight that this
 * server never grants, so browsers cannot send them cross-site at all.
 */
final class OriginCheck {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> SIMPLE_TYPES = Set.of("text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data");

    private static final String PAGES = "/pembina/";

    private final Set<String> allowed;

    /** @param allowed further origins accepted besides the server's own, e.g. {@code https://pembina.example.go.id} */
    OriginCheck(Set<String> allowed) {
        this.allowed = allowed;
    }

    boolean refuses(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod()) || !simple(request.getContentType())) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if ("null".equals(origin) && request.getRequestURI().startsWith(PAGES)) {
            // Browsers send "Origin: null" for their own form posts from pages with Referrer-Policy
            // no-referrer (the phone forms). The pages guard their writes with their own tokens (session
            // CSRF tokens, signed form links) and a SameSite cookie; the API, whose Basic login a
            // browser sends along by itself, is where an unknown origin must not pass.
            return false;
        }
        if (origin == null) {
            String referer = request.getHeader("Referer");
            if (referer == null) {
                return false;
            }
            origin = originOf(referer);
        }
        String own = request.getScheme() + "://" + request.getHeader("Host");
        String given = origin == null ? "" : origin.toLowerCase(Locale.ROOT);
        return !given.equals(own.toLowerCase(Locale.ROOT)) && !allowed.contains(given);
    }

    private static boolean simple(String contentType) {
        if (contentType == null) {
            return true; // a browser form or fetch without a type counts as text
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return SIMPLE_TYPES.contains(type);
    }

    /** @return scheme://host[:port] of a URL; null when it is not one */
    static String originOf(String url) {
        try {
            URI u = URI.create(url.strip());
            if (u.getScheme() == null || u.getHost() == null) {
                return null;
            }
            return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
