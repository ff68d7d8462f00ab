package id.pembina.planning.rest.internal;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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

import id.pembina.planning.api.Acceptance;
import id.pembina.planning.api.PlanComparison;
import id.pembina.planning.api.PlanDraft;
import id.pembina.planning.api.PlanProgress;
import id.pembina.planning.api.PlanSnapshot;
import id.pembina.planning.api.PlanSummary;
import id.pembina.planning.api.PlanVersion;
import id.pembina.planning.api.Plans;
import id.pembina.rest.api.QueryParams;
import id.pembina.rest.api.RestApplication;

/** {@code /api/v1/planning/plans}: versioned plan drafts, comparison, acceptance, planned vs realised. */
@Component(immediate = true, service = PlanResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("planning/plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Reference
    private Plans plans;

    @GET
    public List<PlanSummary> list(@QueryParam("year") String year) {
        return plans.plans(Years.of(year));
    }

    /** Saves a draft: a new plan, or the next version of the plan of that year and name. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(PlanDraft draft) {
        PlanVersion v = plans.saveDraft(draft);
        return Response.created(URI.create("planning/plans/" + v.planId() + "/versions/" + v.version())).entity(v)
                .build();
    }

    /** The latest version. */
    @GET
    @Path("{plan}")
    public PlanSnapshot latest(@PathParam("plan") String plan) {
        return plans.version(id(plan), 0);
    }

    @GET
    @Path("{plan}/versions/{version}")
    public PlanSnapshot version(@PathParam("plan") String plan, @PathParam("version") String version) {
        return plans.version(id(plan), version(version));
    }

    @GET
    @Path("{plan}/compare")
    public PlanComparison compare(@PathParam("plan") String plan, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return plans.compare(id(plan), QueryParams.integer("from", from), QueryParams.integer("to", to));
    }

    /** Creates the sessions and enrollments of the chosen lines through the catalog; refusals per line. */
    @POST
    @Path("{plan}/versions/{version}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    public Acceptance accept(@PathParam("plan") String plan, @PathParam("version") String version,
            AcceptRequest request) {
        AcceptRequest r = request == null ? new AcceptRequest(null, null) : request;
        return plans.accept(id(plan), version(version), r.lines(), r.venue());
    }

    @GET
    @Path("{plan}/versions/{version}/progress")
    public PlanProgress progress(@PathParam("plan") String plan, @PathParam("version") String version) {
        return plans.progress(id(plan), version(version));
    }

    private static long id(String plan) {
        return QueryParams.integer("plan", plan);
    }

    private static int version(String version) {
        int v = QueryParams.integer("version", version);
        if (v < 1) {
            throw new id.pembina.platform.api.ValidationException(
                    id.pembina.platform.api.FieldError.of("version", "field.invalid", version));
        }
        return v;
    }
}
