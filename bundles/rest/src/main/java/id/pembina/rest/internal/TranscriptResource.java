package id.pembina.rest.internal;

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

/** {@code /api/v1/participants/{nip}/transcript}: training history with JP and the IP ASN breakdown of a year. */
@Component(service = TranscriptResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PembinaApplication.SELECT)
@Path("participants/{nip}/transcript")
@Produces(MediaType.APPLICATION_JSON)
public class TranscriptResource {

    @Reference
    private EvaluationDataService evaluation;

    /** Training history, JP of the year and the professionalism-index breakdown (default: this year). */
    @GET
    public Transcript transcript(@PathParam("nip") String nip, @QueryParam("year") String year) {
        return evaluation.transcript(nip, EvaluationResource.year(year));
    }
}
