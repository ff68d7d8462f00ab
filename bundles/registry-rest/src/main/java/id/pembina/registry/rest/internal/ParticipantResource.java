package id.pembina.registry.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import id.pembina.platform.api.ConflictException;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.Page;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantChange;
import id.pembina.participant.api.ParticipantQuery;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.participant.api.Rank;
import id.pembina.rest.api.RestApplication;
import id.pembina.rest.api.Problem;
import id.pembina.rest.api.ProblemException;
import id.pembina.rest.api.CsvUpload;
import id.pembina.rest.api.QueryParams;

/** {@code /api/v1/participants}: the participant registry over HTTP. */
@Component(immediate = true, service = ParticipantResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("participants")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantResource {

    @Reference
    private ParticipantRegistry registry;

    @GET
    public Page<Participant> search(@QueryParam("unit") String unit, @QueryParam("name") String name,
            @QueryParam("rank") String rank, @QueryParam("includeInactive") @DefaultValue("false") String includeInactive,
            @QueryParam("offset") @DefaultValue("0") String offset,
            @QueryParam("limit") @DefaultValue("50") String limit) {
        Rank r = null;
        if (rank != null && !rank.isBlank()) {
            try {
                r = Rank.fromCode(rank);
            } catch (IllegalArgumentException e) {
                throw new ProblemException(Problem.validation(List.of(FieldError.of("rank", "field.invalid", rank))));
            }
        }
        try {
            return registry.search(new ParticipantQuery(blank(unit), blank(name), r,
                    QueryParams.bool("includeInactive", includeInactive), QueryParams.integer("offset", offset),
                    QueryParams.integer("limit", limit)));
        } catch (id.pembina.platform.api.NotFoundException e) {
            throw new ProblemException(Problem.of(404, "not-found", "unit.notFound", unit));
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Participant participant) {
        Participant created;
        try {
            created = registry.create(participant);
        } catch (ConflictException e) {
            throw new ProblemException(Problem.of(409, "conflict", "participant.duplicate", participant.nip()));
        }
        return Response.created(URI.create("participants/" + created.nip())).entity(created).build();
    }

    @GET
    @Path("{nip}")
    public Participant get(@PathParam("nip") String nip) {
        return registry.find(nip).orElseThrow(() -> notFound(nip));
    }

    @GET
    @Path("{nip}/history")
    public List<ParticipantChange> history(@PathParam("nip") String nip) {
        registry.find(nip).orElseThrow(() -> notFound(nip));
        return registry.history(nip);
    }

    @PUT
    @Path("{nip}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Participant update(@PathParam("nip") String nip, Participant participant) {
        if (registry.find(nip).isEmpty()) {
            throw notFound(nip);
        }
        return registry.update(nip, participant);
    }

    /** Deactivates; the participant and their history stay. */
    @DELETE
    @Path("{nip}")
    public Participant deactivate(@PathParam("nip") String nip) {
        if (registry.find(nip).isEmpty()) {
            throw notFound(nip);
        }
        return registry.deactivate(nip);
    }

    /** All-or-nothing CSV import; a refused file answers 400 with every bad row. */
    @POST
    @Path("import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    public CsvUpload.Summary importCsv(InputStream body) throws IOException {
        return CsvUpload.run(body, registry::importCsv);
    }

    static ProblemException notFound(String nip) {
        return new ProblemException(Problem.of(404, "not-found", "participant.notFound", nip));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
