package id.pembina.planning.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import id.pembina.planning.api.Competencies;
import id.pembina.planning.api.CompetencyLevel;
import id.pembina.planning.api.CompetencyRequirement;
import id.pembina.planning.api.NeedsAnalysis;
import id.pembina.planning.api.ParticipantNeeds;
import id.pembina.planning.api.ProgramCompetency;
import id.pembina.planning.api.UnitNeeds;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ValidationException;
import id.pembina.rest.api.CsvUpload;
import id.pembina.rest.api.RestApplication;

/** {@code /api/v1/planning/needs}: the needs analysis and its inputs (requirements, levels, programmes). */
@Component(immediate = true, service = NeedsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("planning/needs")
@Produces(MediaType.APPLICATION_JSON)
public class NeedsResource {

    private static final String CSV = "text/csv";

    @Reference
    private NeedsAnalysis needs;

    @Reference
    private Competencies competencies;

    /** A unit's subtree: gaps by size and by people, JP shortfall, every ASN. */
    @GET
    public UnitNeeds unit(@QueryParam("unit") String unit, @QueryParam("year") String year) {
        String code = Years.unit(unit);
        if (code == null) {
            throw new ValidationException(FieldError.of("unit", "required"));
        }
        return needs.unit(Years.of(year), code);
    }

    @GET
    @Path("participants/{nip}")
    public ParticipantNeeds participant(@PathParam("nip") String nip, @QueryParam("year") String year) {
        return needs.participant(Years.of(year), nip);
    }

    @GET
    @Path("requirements")
    public List<CompetencyRequirement> requirements() {
        return competencies.requirements();
    }

    @POST
    @Path("requirements/import")
    @Consumes({ CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    public CsvUpload.Summary importRequirements(InputStream body) throws IOException {
        return CsvUpload.run(body, competencies::importRequirements);
    }

    @GET
    @Path("levels/{nip}")
    public List<CompetencyLevel> levels(@PathParam("nip") String nip) {
        return competencies.levels(nip);
    }

    @POST
    @Path("levels/import")
    @Consumes({ CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    public CsvUpload.Summary importLevels(InputStream body) throws IOException {
        return CsvUpload.run(body, competencies::importLevels);
    }

    @GET
    @Path("program-competencies")
    public List<ProgramCompetency> programCompetencies() {
        return competencies.programCompetencies();
    }

    @POST
    @Path("program-competencies/import")
    @Consumes({ CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    public CsvUpload.Summary importProgramCompetencies(InputStream body) throws IOException {
        return CsvUpload.run(body, competencies::importProgramCompetencies);
    }
}
