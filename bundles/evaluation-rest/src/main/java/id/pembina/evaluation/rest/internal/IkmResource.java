package id.pembina.evaluation.rest.internal;

import java.util.List;

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

import id.pembina.evaluation.data.api.IkmAnswer;
import id.pembina.evaluation.data.api.IkmSurvey;
import id.pembina.evaluation.data.api.IkmSurveys;
import id.pembina.rest.api.CsvUpload;
import id.pembina.rest.api.RestApplication;

/** {@code /api/v1/ikm}: public-service satisfaction surveys (IKM) per unit and period, a level-4 indicator. */
@Component(immediate = true, service = IkmResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("ikm/{unit}")
@Produces(MediaType.APPLICATION_JSON)
public class IkmResource {

    @Reference
    private IkmSurveys surveys;

    /** The unit's IKM of every period with answers, oldest first. */
    @GET
    public List<IkmSurvey> history(@PathParam("unit") String unit) {
        return surveys.history(unit);
    }

    @GET
    @Path("{period}")
    public IkmSurvey ikm(@PathParam("unit") String unit, @PathParam("period") String period) {
        return surveys.ikm(unit, period);
    }

    /** Stores answers (all or none; identical repeats accepted) and answers the period's IKM over all of them. */
    @POST
    @Path("{period}")
    @Consumes(MediaType.APPLICATION_JSON)
    public IkmSurvey record(@PathParam("unit") String unit, @PathParam("period") String period,
            List<IkmAnswer> answers) {
        return surveys.record(unit, period, answers);
    }

    /** CSV {@code respondentId,u1,...,u9}; all rows or none. */
    @POST
    @Path("{period}/import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    public CsvUpload.Summary importCsv(@PathParam("unit") String unit, @PathParam("period") String period,
            java.io.InputStream body) throws java.io.IOException {
        return CsvUpload.run(body, csv -> surveys.importCsv(unit, period, csv));
    }
}
