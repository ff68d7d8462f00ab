package id.pembina.evaluation.rest.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.FollowUp;
import id.pembina.evaluation.data.api.FollowUpSubmission;
import id.pembina.rest.api.RestApplication;
import id.pembina.rest.api.CsvUpload;

/** {@code /api/v1/followups}: the supervisor's behaviour ratings (level 3), baseline and after N weeks. */
@Component(immediate = true, service = FollowUpResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("followups")
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpResource {

    @Reference
    private EvaluationDataService evaluation;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public FollowUp followUp(FollowUpSubmission submission) {
        return evaluation.submitFollowUp(submission);
    }

    /** A participant's ratings of their own behaviour (self-assessment, level 3); the rater is the participant. */
    @POST
    @Path("self-assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    public FollowUp selfAssessment(FollowUpSubmission submission) {
        return evaluation.submitSelfAssessment(submission);
    }

    @GET
    @Path("self-assessments/{sessionId}")
    public java.util.List<FollowUp> selfAssessments(@PathParam("sessionId") String sessionId) {
        return evaluation.selfAssessments(EvaluationResource.sessionId(sessionId));
    }

    /** CSV {@code sessionId,nip,supervisorNip,phase,weeksAfterSession,version,<indicatorId>...}; all rows or none. */
    @POST
    @Path("import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    public CsvUpload.Summary importFollowUps(java.io.InputStream body) throws java.io.IOException {
        return CsvUpload.run(body, evaluation::importFollowUps);
    }
}
