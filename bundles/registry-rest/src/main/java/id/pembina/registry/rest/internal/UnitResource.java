package id.pembina.registry.rest.internal;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import id.pembina.platform.api.ConflictException;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.rest.api.RestApplication;
import id.pembina.rest.api.Problem;
import id.pembina.rest.api.ProblemException;

/** {@code /api/v1/units}: the organisation-unit tree. */
@Component(immediate = true, service = UnitResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Reference
    private ParticipantRegistry registry;

    /** Every unit, parents before children. */
    @GET
    public List<OrganizationUnit> list() {
        return registry.units();
    }

    @GET
    @Path("{code}")
    public OrganizationUnit get(@PathParam("code") String code) {
        return registry.findUnit(code)
                .orElseThrow(() -> new ProblemException(Problem.of(404, "not-found", "unit.notFound", code)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(OrganizationUnit unit) {
        OrganizationUnit created;
        try {
            created = registry.createUnit(unit);
        } catch (ConflictException e) {
            throw new ProblemException(Problem.of(409, "conflict", "unit.duplicate", unit.code()));
        }
        return Response.created(URI.create("units/" + created.code())).entity(created).build();
    }
}
