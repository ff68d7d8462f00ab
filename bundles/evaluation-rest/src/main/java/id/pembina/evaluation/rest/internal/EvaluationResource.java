package id.pembina.evaluation.rest.internal;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import id.pembina.evaluation.api.ParticipantJp;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.ProgramEvaluation;
import id.pembina.evaluation.data.api.SessionEvaluation;
import id.pembina.evaluation.data.api.UnitEvaluationSummary;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.Page;
import id.pembina.participant.api.Nip;
import id.pembina.rest.api.RestApplication;
import id.pembina.rest.api.Problem;
import id.pembina.rest.api.ProblemException;
import id.pembina.rest.api.QueryParams;

/** {@code /api/v1/evaluations}: Kirkpatrick levels 1–4 and ROI, the IP ASN index and 20 JP compliance. */
@Component(immediate = true, service = EvaluationResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("evaluations")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    @Reference
    private EvaluationDataService evaluation;

    @GET
    @Path("sessions/{id}")
    public SessionEvaluation session(@PathParam("id") String id) {
        return evaluation.evaluateSession(sessionId(id));
    }

    /** Sessions of the programme starting in [from, to] (WIB); both optional. */
    @GET
    @Path("programs/{code}")
    public ProgramEvaluation program(@PathParam("code") String code, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return evaluation.evaluateProgram(code, QueryParams.date("from", from), QueryParams.date("to", to));
    }

    /**
     * The unit and every unit below it, for a calendar year (default: this year in WIB), in figures: its size
     * does not grow with the participants (a city's root listed all 100,000 of them in 56 MB).
     */
    @GET
    @Path("units/{code}")
    public UnitEvaluationSummary unit(@PathParam("code") String code, @QueryParam("year") String year) {
        return evaluation.evaluateUnitSummary(code, year(year));
    }

    /** The unit's participants below the year's minimum JP, by unit code then NIP, a page at a time. */
    @GET
    @Path("units/{code}/jp-below-minimum")
    public Page<ParticipantJp> belowMinimumJp(@PathParam("code") String code, @QueryParam("year") String year,
            @QueryParam("offset") @DefaultValue("0") String offset,
            @QueryParam("limit") @DefaultValue("50") String limit) {
        return evaluation.belowMinimumJp(code, year(year), QueryParams.integer("offset", offset),
                QueryParams.integer("limit", limit));
    }

    /**
     * The unit's IP ASN distribution year by year, each year with the rule set valid in it (at most
     * 20 years; default: the last five).
     */
    @GET
    @Path("units/{code}/trend")
    public List<YearIndex> unitTrend(@PathParam("code") String code, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        int last = to == null || to.isBlank() ? LocalDate.now(Nip.WIB).getYear() : year(to);
        int first = from == null || from.isBlank() ? last - 4 : year(from);
        return evaluation.unitTrend(code, first, last).stream()
                .map(y -> new YearIndex(y.year(), y.n(), y.categories(), y.jpComplianceRate(), y.ruleSet())).toList();
    }

    /** One year of a unit's trend. */
    public record YearIndex(int year, int n, java.util.Map<id.pembina.evaluation.api.Category, Integer> categories,
            Double jpComplianceRate, String ruleSet) {
    }

    static long sessionId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ProblemException(Problem.of(404, "not-found", "session.notFound", text));
        }
    }

    static int year(String text) {
        if (text == null || text.isBlank()) {
            return LocalDate.now(Nip.WIB).getYear();
        }
        try {
            int y = Integer.parseInt(text.strip());
            if (y >= 1900 && y <= 9999) {
                return y;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new ProblemException(Problem.validation(List.of(FieldError.of("year", "field.invalid", text))));
    }
}
