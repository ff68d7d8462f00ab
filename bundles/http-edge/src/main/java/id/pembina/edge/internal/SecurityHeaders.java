package id.pembina.edge.internal;

import javax.servlet.http.HttpServletResponse;

/**
 * The headers every answer starts with. Applications may replace them afterwards (a static file its
 * own Cache-Control, the phone forms their stricter Content-Security-Policy).
 */
final class SecurityHeaders {

    /**
     * Pages only from this server: scripts and styles from files here (style attributes allowed for the
     * bars of the dashboard), images also inline, no plugins, no framing by any site.
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** @param hstsSeconds max-age of Strict-Transport-Security on HTTPS answers; 0 leaves it out */
    static void add(HttpServletResponse response, boolean secure, long hstsSeconds) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Every answer of the API and of the pages carries personal data or depends on the login.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (secure && hstsSeconds > 0) {
            response.setHeader("Strict-Transport-Security", "max-age=" + hstsSeconds);
        }
    }
}
