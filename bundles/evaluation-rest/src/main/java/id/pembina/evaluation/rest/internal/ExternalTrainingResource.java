package id.pembina.evaluation.rest.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import id.pembina.evaluation.api.DisciplineSanction;
import id.pembina.evaluation.api.PerformanceRating;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.ExternalTraining;
import id.pembina.evaluation.data.api.Transcript;
import id.pembina.evaluation.data.api.YearFacts;
import id.pembina.rest.api.Problem;
import id.pembina.rest.api.ProblemException;
import id.pembina.rest.api.RestApplication;

/** {@code /api/v1/participants/{nip}/external-trainings}: training not run in Pembina, for JP and the IP ASN index. */
@Component(immediate = true, service = ExternalTrainingResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("participants/{nip}/external-trainings")
@Produces(MediaType.APPLICATION_JSON)
public class ExternalTrainingResource {

    @Reference
    private EvaluationDataService evaluation;

    @Reference
    private id.pembina.participant.api.ParticipantRegistry registry;

    @GET
    public List<ExternalTraining> list(@PathParam("nip") String nip) {
        if (registry.find(nip).isEmpty()) {
            throw new ProblemException(Problem.notFound("participant.notFound", nip));
        }
        return evaluation.externalTrainings(nip);
    }

    /** Title, type, JP, date and certificate number; the NIP comes from the address. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ExternalTraining add(@PathParam("nip") String nip, ExternalTraining training) {
        return evaluation.addExternalTraining(new ExternalTraining(null, nip, training.title(), training.type(),
                training.jp(), training.date(), training.certificateNumber()));
    }
}
