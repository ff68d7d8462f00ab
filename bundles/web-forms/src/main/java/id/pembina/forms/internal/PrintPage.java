package id.pembina.forms.internal;

import java.io.IOException;
import java.util.Map;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.TrainingSession;

/**
 * The staff's printable sheet of a session ({@code p/<token>}): the QR code of the session's form link, the
 * link written out, and the room code that participants type with their NIP.
 */
final class PrintPage {

    private final CatalogService catalog;
    private final Templates templates;
    private final LinkSigner signer;

    PrintPage(CatalogService catalog, Templates templates, LinkSigner signer) {
        this.catalog = catalog;
        this.templates = templates;
        this.signer = signer;
    }

    /** @return false for an unknown session */
    boolean handle(Exchange x, long sessionId) throws IOException {
        TrainingSession session = catalog.session(sessionId).orElse(null);
        if (session == null) {
            return false;
        }
        String url = absolute(x) + FormPaths.session(signer, sessionId);
        Map<String, Object> m = x.model();
        m.put("session", SessionView.of(session, catalog.program(session.programCode()).orElse(null), x.locale));
        m.put("url", url);
        m.put("qr", QrSvg.of(url));
        m.put("roomCode", signer.roomCode(sessionId));
        x.html(200, templates.render("print", m, x.locale));
        return true;
    }

    /** @return scheme, host and port as the browser reached this server */
    static String absolute(Exchange x) {
        StringBuffer url = x.request.getRequestURL();
        String uri = x.request.getRequestURI();
        return url.substring(0, url.length() - uri.length());
    }
}
