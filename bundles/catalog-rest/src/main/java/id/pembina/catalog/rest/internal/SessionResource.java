package id.pembina.catalog.rest.internal;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
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

import id.pembina.catalog.api.AbsenceReason;
import id.pembina.catalog.api.AttendanceMark;
import id.pembina.catalog.api.AttendanceSummary;
import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.Enrollment;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.catalog.api.SessionQuery;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.platform.api.Page;
import id.pembina.rest.api.QueryParams;
import id.pembina.rest.api.RestApplication;
import id.pembina.rest.api.Problem;
import id.pembina.rest.api.ProblemException;

/** {@code /api/v1/sessions}: sessions, enrollment and attendance. */
@Component(immediate = true, service = SessionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Reference
    private CatalogService catalog;

    @GET
    public Page<TrainingSession> search(@QueryParam("program") String program, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("offset") @DefaultValue("0") String offset,
            @QueryParam("limit") @DefaultValue("50") String limit) {
        return catalog.sessions(new SessionQuery(program == null || program.isBlank() ? null : program.strip(),
                QueryParams.date("from", from), QueryParams.date("to", to), QueryParams.integer("offset", offset),
                QueryParams.integer("limit", limit)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TrainingSession session) {
        TrainingSession created = catalog.createSession(session);
        return Response.created(URI.create("sessions/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public TrainingSession get(@PathParam("id") String id) {
        long key = id(id);
        return catalog.session(key).orElseThrow(() -> notFound(key));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public TrainingSession update(@PathParam("id") String id, TrainingSession session) {
        return catalog.updateSession(exists(id), session);
    }

    @GET
    @Path("{id}/enrollments")
    public List<Enrollment> enrollments(@PathParam("id") String id) {
        return catalog.enrollments(exists(id));
    }

    /** Enrolls a participant or changes their status; a full session puts a REGISTERED request on the waitlist. */
    @POST
    @Path("{id}/enrollments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Enrollment enroll(@PathParam("id") String id, EnrollmentRequest request) {
        long key = exists(id);
        EnrollmentStatus status = request.status() == null ? EnrollmentStatus.REGISTERED : request.status();
        return catalog.enroll(key, request.nip(), status, request.absenceReason(), request.note());
    }

    @GET
    @Path("{id}/attendance")
    public List<AttendanceSummary> attendance(@PathParam("id") String id) {
        return catalog.attendance(exists(id));
    }

    /** Records presence per meeting; answers every seat holder's attendance and JP credit. */
    @PUT
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<AttendanceSummary> recordAttendance(@PathParam("id") String id, List<AttendanceMark> marks) {
        return catalog.recordAttendance(exists(id), marks);
    }

    /** Body of {@code POST /sessions/{id}/enrollments}; status defaults to REGISTERED. */
    public record EnrollmentRequest(String nip, EnrollmentStatus status, AbsenceReason absenceReason, String note) {
    }

    private long exists(String id) {
        long key = id(id);
        if (catalog.session(key).isEmpty()) {
            throw notFound(key);
        }
        return key;
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ProblemException(Problem.of(404, "not-found", "session.notFound", text));
        }
    }

    private static ProblemException notFound(long id) {
        return new ProblemException(Problem.of(404, "not-found", "session.notFound", id));
    }
}
