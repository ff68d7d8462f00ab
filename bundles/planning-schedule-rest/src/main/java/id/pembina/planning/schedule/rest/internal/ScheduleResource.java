package id.pembina.planning.schedule.rest.internal;

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

import id.pembina.planning.schedule.api.SavedPlan;
import id.pembina.planning.schedule.api.ScheduleJob;
import id.pembina.planning.schedule.api.ScheduleRequest;
import id.pembina.planning.schedule.api.Scheduler;
import id.pembina.rest.api.Problem;
import id.pembina.rest.api.ProblemException;
import id.pembina.rest.api.RestApplication;

/**
 * {@code /api/v1/planning/schedules}: start a scheduling job, follow its progress, read its explanation and the
 * greedy comparison, stop it early, save a proposal as a plan draft. The scheduler checks who may.
 */
@Component(immediate = true, service = ScheduleResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("planning/schedules")
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    /** What to save: {@code solver} or {@code greedy}, and the plan's name (optional). */
    public record SaveRequest(String source, String name) {
    }

    @Reference
    private Scheduler scheduler;

    @GET
    public List<ScheduleJob> list() {
        return scheduler.jobs();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(ScheduleRequest request) {
        if (request == null) {
            throw new ProblemException(Problem.badRequest("http.detail", 400));
        }
        ScheduleJob job = scheduler.start(request);
        return Response.accepted(job).location(URI.create("planning/schedules/" + job.id())).build();
    }

    @GET
    @Path("{id}")
    public ScheduleJob get(@PathParam("id") String id) {
        return scheduler.job(id);
    }

    @POST
    @Path("{id}/stop")
    public ScheduleJob stop(@PathParam("id") String id) {
        return scheduler.stop(id);
    }

    @POST
    @Path("{id}/restart")
    public Response restart(@PathParam("id") String id) {
        ScheduleJob job = scheduler.restart(id);
        return Response.accepted(job).location(URI.create("planning/schedules/" + job.id())).build();
    }

    @POST
    @Path("{id}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("id") String id, SaveRequest body) {
        SaveRequest r = body == null ? new SaveRequest(null, null) : body;
        try {
            SavedPlan plan = scheduler.saveAsPlan(id, r.source(), r.name());
            return Response.status(Response.Status.CREATED).entity(plan).build();
        } catch (IllegalStateException e) {
            // No planning bundle: the service cannot do it now, whatever the request.
            throw new ProblemException(Problem.of(503, "unavailable", "schedule.plan.unavailable"));
        }
    }
}
