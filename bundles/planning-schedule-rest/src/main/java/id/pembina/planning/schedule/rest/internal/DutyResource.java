package id.pembina.planning.schedule.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import id.pembina.planning.schedule.api.DutyBlock;
import id.pembina.planning.schedule.api.DutyRoster;
import id.pembina.planning.schedule.api.StaffingRule;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ValidationException;
import id.pembina.rest.api.CsvUpload;
import id.pembina.rest.api.RestApplication;

/** {@code /api/v1/planning/duties} and {@code /planning/staffing}: duty blocks and minimum staffing, one by one or CSV. */
@Component(immediate = true, service = DutyResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("planning")
@Produces(MediaType.APPLICATION_JSON)
public class DutyResource {

    /** Open ends of a period: dates every database stores. */
    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2999, 12, 31);

    @Reference
    private DutyRoster roster;

    @POST
    @Path("duties")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addDuty(DutyBlock block) {
        if (block == null) {
            throw new ValidationException(FieldError.of("nip", "schedule.required"));
        }
        return Response.status(Response.Status.CREATED).entity(roster.addDuty(block)).build();
    }

    @GET
    @Path("duties")
    public List<DutyBlock> duties(@QueryParam("unit") String unit, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return roster.duties(unit, date("from", from, FIRST), date("to", to, LAST));
    }

    @POST
    @Path("duties/import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    public CsvUpload.Summary importDuties(InputStream body) throws IOException {
        return CsvUpload.run(body, roster::importDuties);
    }

    @PUT
    @Path("staffing")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffingRule setStaffing(StaffingRule rule) {
        if (rule == null) {
            throw new ValidationException(FieldError.of("unit", "schedule.required"));
        }
        return roster.setStaffing(rule);
    }

    @GET
    @Path("staffing")
    public List<StaffingRule> staffing(@QueryParam("unit") String unit) {
        return roster.staffing(unit);
    }

    @POST
    @Path("staffing/import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    public CsvUpload.Summary importStaffing(InputStream body) throws IOException {
        return CsvUpload.run(body, roster::importStaffing);
    }

    private static LocalDate date(String field, String value, LocalDate none) {
        if (value == null || value.isBlank()) {
            return none;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException(FieldError.of(field, "schedule.date.format"));
        }
    }
}
