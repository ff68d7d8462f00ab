package id.pembina.evaluation.rest.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.IndicatorEntry;
import id.pembina.rest.api.RestApplication;
import id.pembina.rest.api.Problem;
import id.pembina.rest.api.ProblemException;

/** {@code /api/v1/indicators}: unit results-indicator values per period, before and after (level 4). */
@Component(immediate = true, service = IndicatorResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    @Reference
    private EvaluationDataService evaluation;

    /** All values or none. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public List<IndicatorEntry> record(List<IndicatorEntry> entries) {
        return evaluation.recordIndicators(entries);
    }

    @GET
    public List<IndicatorEntry> list(@QueryParam("program") String program) {
        if (program == null || program.isBlank()) {
            throw new ProblemException(Problem.validation(List.of(
                    id.pembina.platform.api.FieldError.of("program", "required"))));
        }
        return evaluation.indicatorValues(program.strip());
    }
}
