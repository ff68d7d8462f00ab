package id.pembina.forms.internal;

import id.pembina.forms.internal.LinkSigner.Purpose;

/**
 * Where the pages live: {@code /pembina/forms/} then {@code s/<token>} (a session's forms), {@code f/<token>}
 * (a supervisor's follow-ups), {@code p/<token>} (the staff's print sheet), {@code static/} (the style sheet).
 */
final class FormPaths {

    /** The servlet context's path. */
    static final String CONTEXT = "/pembina/forms";

    static final String ROOT = CONTEXT + "/";

    private FormPaths() {
    }

    static String session(LinkSigner signer, long sessionId) {
        return ROOT + "s/" + signer.token(Purpose.SESSION, Long.toString(sessionId));
    }
}
