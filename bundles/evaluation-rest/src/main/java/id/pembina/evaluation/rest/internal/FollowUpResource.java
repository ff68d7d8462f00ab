package id.pembina.evaluation.rest.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
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

    /** CSV {@code sessionId,nip,supervisorNip,phase,weeksAfterSession,version,<indicatorId>...}; all rows or none. */
    @POST
    @Path("import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    public CsvUpload.Summary importFollowUps(java.io.InputStream body) throws java.io.IOException {
        return CsvUpload.run(body, evaluation::importFollowUps);
    }
}
