package id.pembina.planning.rest.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import id.pembina.planning.api.SiasnCourse;
import id.pembina.planning.api.SiasnExport;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ValidationException;
import id.pembina.rest.api.RestApplication;

/** {@code /api/v1/planning/siasn}: the year's completed training per ASN for BKN's SIASN, JSON or CSV. */
@Component(immediate = true, service = SiasnResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("planning/siasn")
public class SiasnResource {

    @Reference
    private SiasnExport siasn;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    public Response export(@QueryParam("year") String year, @QueryParam("unit") String unit,
            @QueryParam("format") String format) {
        int y = Years.of(year);
        String f = format == null || format.isBlank() ? "json" : format.strip().toLowerCase(java.util.Locale.ROOT);
        if (f.equals("csv")) {
            byte[] body = siasn.csv(y, Years.unit(unit)).getBytes(StandardCharsets.UTF_8);
            return Response.ok(body, "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"siasn-kursus-" + y + ".csv\"").build();
        }
        if (!f.equals("json")) {
            throw new ValidationException(FieldError.of("format", "field.invalid", format));
        }
        List<SiasnCourse> courses = siasn.courses(y, Years.unit(unit));
        return Response.ok(courses, MediaType.APPLICATION_JSON).build();
    }
}
