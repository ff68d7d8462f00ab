package id.pembina.evaluation.rest.internal;

import java.io.IOException;
import java.io.InputStream;

import javax.ws.rs.Consumes;
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
import id.pembina.evaluation.data.api.ReactionResponse;
import id.pembina.evaluation.data.api.ReactionSubmission;
import id.pembina.evaluation.data.api.TestAnswers;
import id.pembina.evaluation.data.api.TestPhase;
import id.pembina.evaluation.data.api.TestSubmission;
import id.pembina.rest.api.RestApplication;
import id.pembina.rest.api.CsvUpload;

/**
 * {@code /api/v1/sessions/{id}/responses}: a participant's reaction questionnaire and pre/post
 * test. A different second submission is refused (409); an identical repeat answers the stored one.
 */
@Component(immediate = true, service = ResponseResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("sessions/{id}/responses")
@Produces(MediaType.APPLICATION_JSON)
public class ResponseResource {

    @Reference
    private EvaluationDataService evaluation;

    @POST
    @Path("reaction")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReactionResponse reaction(@PathParam("id") String id, ReactionSubmission submission) {
        return evaluation.submitReaction(EvaluationResource.sessionId(id), submission);
    }

    @POST
    @Path("pretest")
    @Consumes(MediaType.APPLICATION_JSON)
    public TestAnswers pretest(@PathParam("id") String id, TestSubmission submission) {
        return evaluation.submitTest(EvaluationResource.sessionId(id), TestPhase.PRE, submission);
    }

    /** CSV {@code nip,version,<itemId>...,comment}, Likert 1-5; all rows or none. */
    @POST
    @Path("reaction/import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    public CsvUpload.Summary importReactions(@PathParam("id") String id, InputStream body) throws IOException {
        long session = EvaluationResource.sessionId(id);
        return CsvUpload.run(body, csv -> evaluation.importReactions(session, csv));
    }

    /** CSV {@code nip,version,<itemId>...}, option index (0-based) or letter a-d; all rows or none. */
    @POST
    @Path("pretest/import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    public CsvUpload.Summary importPretests(@PathParam("id") String id, InputStream body) throws IOException {
        long session = EvaluationResource.sessionId(id);
        return CsvUpload.run(body, csv -> evaluation.importTests(session, TestPhase.PRE, csv));
    }

    /** As the pre-test import, after the training. */
    @POST
    @Path("posttest/import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    public CsvUpload.Summary importPosttests(@PathParam("id") String id, InputStream body) throws IOException {
        long session = EvaluationResource.sessionId(id);
        return CsvUpload.run(body, csv -> evaluation.importTests(session, TestPhase.POST, csv));
    }

    @POST
    @Path("posttest")
    @Consumes(MediaType.APPLICATION_JSON)
    public TestAnswers posttest(@PathParam("id") String id, TestSubmission submission) {
        return evaluation.submitTest(EvaluationResource.sessionId(id), TestPhase.POST, submission);
    }
}
