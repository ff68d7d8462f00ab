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
import id.pembina.rest.api.RestApplication;

/** {@code /api/v1/participants/{nip}/facts/{year}}: performance rating and discipline sanction of a year. */
@Component(immediate = true, service = ParticipantFactsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("participants/{nip}/facts")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantFactsResource {

    @Reference
    private EvaluationDataService evaluation;

    /** Set or replaced. */
    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    public YearFacts facts(@PathParam("nip") String nip, @PathParam("year") String year, FactsRequest request) {
        return evaluation.recordYearFacts(new YearFacts(nip, EvaluationResource.year(year), request.performance(),
                request.discipline()));
    }

    /** Body of {@code PUT .../facts/{year}}. */
    public record FactsRequest(PerformanceRating performance, DisciplineSanction discipline) {
    }
}
