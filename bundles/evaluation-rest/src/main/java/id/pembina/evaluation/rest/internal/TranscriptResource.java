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
import id.pembina.rest.api.Problem;
import id.pembina.rest.api.ProblemException;

/** {@code /api/v1/participants/{nip}/transcript}: training history with JP and the IP ASN breakdown of a year. */
@Component(immediate = true, service = TranscriptResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
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

    /** The participant's IP ASN and JP year by year, each year with the rule set valid in it (default: last five). */
    @GET
    @Path("trend")
    public List<YearScore> trend(@PathParam("nip") String nip, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        int last = to == null || to.isBlank() ? java.time.LocalDate.now(id.pembina.participant.api.Nip.WIB).getYear()
                : EvaluationResource.year(to);
        int first = from == null || from.isBlank() ? last - 4 : EvaluationResource.year(from);
        if (first > last || last - first >= 20) {
            throw new ProblemException(Problem.validation(List.of(
                    id.pembina.platform.api.FieldError.of("from", "field.invalid", from))));
        }
        java.util.ArrayList<YearScore> out = new java.util.ArrayList<>();
        for (int y = first; y <= last; y++) {
            Transcript t = evaluation.transcript(nip, y);
            out.add(new YearScore(y, t.index() == null ? null : t.index().total(),
                    t.index() == null ? null : t.index().category(), t.notIndexedReason(), t.jpInYear(), t.ruleSet()));
        }
        return out;
    }

    /** One year of a participant's trend. */
    public record YearScore(int year, java.math.BigDecimal total, id.pembina.evaluation.api.Category category,
            String notIndexedReason, java.math.BigDecimal jp, String ruleSet) {
    }
}
