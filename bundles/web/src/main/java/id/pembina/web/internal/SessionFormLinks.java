package id.pembina.web.internal;

import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.pembina.forms.api.FormLinks;
import id.pembina.platform.api.Messages;

/**
 * A session's link to the phone forms and its QR code, for the session page. Active only while the forms
 * service is there (mandatory reference); the only class of this bundle that touches the forms package.
 */
@Component(immediate = true, service = SessionExtras.class, enabled = false)
public class SessionFormLinks implements SessionExtras {

    @Reference
    private FormLinks links;
    @Reference
    private Messages messages;

    @Override
    public String html(long sessionId, String baseUrl, Locale locale) {
        String url = baseUrl + links.sessionForms(sessionId);
        // The QR code is the forms bundle's own SVG; it is markup we trust as we trust the bundle.
        return "<p>" + Pages.escape(messages.text(locale, "web.session.formsHelp")) + "</p><p><a id=\"form-link\" href=\""
                + Pages.escape(url) + "\">" + Pages.escape(url) + "</a></p><div class=\"qr\" role=\"img\" aria-label=\""
                + Pages.escape(messages.text(locale, "web.session.qr")) + "\">" + links.qrCodeSvg(url) + "</div>";
    }
}
