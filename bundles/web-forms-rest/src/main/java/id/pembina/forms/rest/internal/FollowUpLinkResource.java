package id.pembina.forms.rest.internal;

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
import id.pembina.rest.api.RestApplication;

/** {@code /api/v1/participants/{nip}/follow-up-link}: a supervisor's link to the follow-up of their own staff. */
@Component(immediate = true, service = FollowUpLinkResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("participants/{nip}/follow-up-link")
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpLinkResource {

    /** A supervisor's follow-up link. */
    public record FollowUpLink(String supervisorNip, String path, String url, String qrSvg) {
    }

    @Reference
    private FormLinks links;

    @GET
    public FollowUpLink get(@PathParam("nip") String nip, @Context UriInfo uri) {
        String path = links.followUp(nip);
        String url = SessionFormLinkResource.origin(uri.getBaseUri()) + path;
        return new FollowUpLink(nip, path, url, links.qrCodeSvg(url));
    }
}
