package id.pembina.web.internal;

import java.util.Locale;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import id.pembina.forms.api.FormLinks;
import id.pembina.platform.api.Messages;

/**
 * A session's link to the phone forms and its QR code, for the session page. {@link OptionalParts}
 * registers it while the forms service is there; the only class of this bundle that touches the forms
 * package.
 */
public class SessionFormLinks implements SessionExtras {

    private final FormLinks links;
    private final Messages messages;

    SessionFormLinks(FormLinks links, Messages messages) {
        this.links = links;
        this.messages = messages;
    }

    /** Registers the links for the given forms service; typed {@code Object} so callers never load its package. */
    static ServiceRegistration<?> register(BundleContext context, Object links, Messages messages) {
        return context.registerService(SessionExtras.class.getName(), new SessionFormLinks((FormLinks) links, messages),
                null);
    }

    @Override
    public String html(long sessionId, String baseUrl, Locale locale) {
        String url;
        try {
            url = baseUrl + links.sessionForms(sessionId);
        } catch (id.pembina.security.api.AccessDeniedException e) {
            return ""; // the links are the training staff's to hand out
        }
        // The QR code is the forms bundle's own SVG; it is markup we trust as we trust the bundle.
        return "<p>" + Pages.escape(messages.text(locale, "web.session.formsHelp")) + "</p><p><a id=\"form-link\" href=\""
                + Pages.escape(url) + "\">" + Pages.escape(url) + "</a></p><div class=\"qr\" role=\"img\" aria-label=\""
                + Pages.escape(messages.text(locale, "web.session.qr")) + "\">" + links.qrCodeSvg(url) + "</div>";
    }
}
