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
        requireStaff();
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

    /**
     * Links and room codes are handed out by the training staff (issue 9): a pimpinan or a peserta who may see a
     * session may not print its sheet or learn its room code.
     */
    private static void requireStaff() {
        if (!id.pembina.security.api.CallerContext.require().isStaff()) {
            throw new id.pembina.security.api.AccessDeniedException("forms.denied");
        }
    }

    private void requireSession(long sessionId) {
        requireStaff();
        if (catalog.session(sessionId).isEmpty()) {
            throw new NotFoundException("session " + sessionId);
        }
    }
}
