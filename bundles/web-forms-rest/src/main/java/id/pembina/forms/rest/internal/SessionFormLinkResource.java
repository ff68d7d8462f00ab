package id.pembina.forms.rest.internal;

import java.net.URI;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import id.pembina.forms.api.FormLinks;
import id.pembina.rest.api.Problem;
import id.pembina.rest.api.ProblemException;
import id.pembina.rest.api.RestApplication;

/**
 * {@code /api/v1/sessions/{id}/form-link}: the link staff hand out to a session's participants, with the QR code
 * of the absolute URL as this request reached the server, the print sheet's path and the room code.
 */
@Component(immediate = true, service = SessionFormLinkResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("sessions/{id}/form-link")
@Produces(MediaType.APPLICATION_JSON)
public class SessionFormLinkResource {

    /** A session's form link. */
    public record SessionFormLink(long sessionId, String path, String url, String printPath, String roomCode,
            String qrSvg) {
    }

    @Reference
    private FormLinks links;

    @GET
    public SessionFormLink get(@PathParam("id") String id, @Context UriInfo uri) {
        long session;
        try {
            session = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ProblemException(Problem.notFound("session.notFound", id));
        }
        String path = links.sessionForms(session);
        String url = origin(uri.getBaseUri()) + path;
        return new SessionFormLink(session, path, url, links.printSheet(session), links.roomCode(session),
                links.qrCodeSvg(url));
    }

    /** @return scheme, host and port of a URI, e.g. {@code http://localhost:8181} */
    static String origin(URI base) {
        return base.getScheme() + "://" + base.getRawAuthority();
    }
}
