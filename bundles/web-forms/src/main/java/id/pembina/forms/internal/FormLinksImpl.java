package id.pembina.forms.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.pembina.catalog.api.CatalogService;
import id.pembina.forms.api.FormLinks;
import id.pembina.forms.internal.LinkSigner.Purpose;
import id.pembina.participant.api.Nip;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.NotFoundException;

/** The signed links of this bundle's pages (see {@link FormPaths}). */
@Component(immediate = true, service = FormLinks.class)
public class FormLinksImpl implements FormLinks {

    @Reference
    private FormsKeys keys;

    @Reference
    private CatalogService catalog;

    @Reference
    private ParticipantRegistry registry;

    @Override
    public String sessionForms(long sessionId) {
        requireSession(sessionId);
        return FormPaths.session(keys.signer(), sessionId);
    }

    @Override
    public String printSheet(long sessionId) {
        requireSession(sessionId);
        return FormPaths.ROOT + "p/" + keys.signer().token(Purpose.PRINT, Long.toString(sessionId));
    }

    @Override
    public String roomCode(long sessionId) {
        requireSession(sessionId);
        return keys.signer().roomCode(sessionId);
    }

    @Override
    public String followUp(String supervisorNip) {
        String nip = Nip.normalise(supervisorNip);
        if (nip.isEmpty() || nip.indexOf('.') >= 0 || registry.find(nip).isEmpty()) {
            throw new NotFoundException("participant " + supervisorNip);
        }
        return FormPaths.ROOT + "f/" + keys.signer().token(Purpose.FOLLOW_UP, nip);
    }

    @Override
    public String qrCodeSvg(String text) {
        return QrSvg.of(text);
    }

    private void requireSession(long sessionId) {
        if (catalog.session(sessionId).isEmpty()) {
            throw new NotFoundException("session " + sessionId);
        }
    }
}
