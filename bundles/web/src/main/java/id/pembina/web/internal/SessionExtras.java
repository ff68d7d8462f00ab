package id.pembina.web.internal;

/**
 * What the optional phone forms add to a session's page (its form link and QR code), as HTML; registered
 * only while the forms service is there.
 */
interface SessionExtras {

    /** @return an HTML fragment, already escaped */
    String html(long sessionId, String baseUrl, java.util.Locale locale);
}
