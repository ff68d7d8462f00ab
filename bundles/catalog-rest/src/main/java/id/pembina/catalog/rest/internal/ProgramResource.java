package id.pembina.catalog.rest.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.Program;
import id.pembina.catalog.api.ProgramDetail;
import id.pembina.catalog.spi.IndexTrainingType;
import id.pembina.rest.api.RestApplication;
import id.pembina.rest.api.Problem;
import id.pembina.rest.api.ProblemException;

/** {@code /api/v1/programs}: what the installed training modules offer. */
@Component(immediate = true, service = ProgramResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("programs")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramResource {

    @Reference
    private CatalogService catalog;

    /** Programmes of the modules installed now. */
    @GET
    public List<Program> programs() {
        return catalog.programs();
    }

    /** A programme with its instruments; also for a module that is not installed now ({@code installed:false}). */
    @GET
    @Path("{code}")
    public ProgramDetail program(@PathParam("code") String code) {
        return catalog.program(code)
                .orElseThrow(() -> new ProblemException(Problem.of(404, "not-found", "program.notFound", code)));
    }

    /** The operator's IP ASN training type of a programme; a null type returns to the module's declaration. */
    public record IndexTrainingTypeChange(IndexTrainingType indexTrainingType) {
    }

    /** Sets what the programme counts as for the IP ASN index, in place of its module's declaration. */
    @PUT
    @Path("{code}/index-training-type")
    @Consumes(MediaType.APPLICATION_JSON)
    public Program setIndexTrainingType(@PathParam("code") String code, IndexTrainingTypeChange change) {
        if (change == null) {
            throw new ProblemException(Problem.of(400, "bad-request", "body.empty"));
        }
        return catalog.setIndexTrainingType(code, change.indexTrainingType());
    }

    /**
     * One stored version of an instrument ({@code reaction}, {@code knowledge-test} or
     * {@code behaviour}), also after the module moved on to a newer version or left.
     */
    @GET
    @Path("{code}/instruments/{kind}/{version}")
    public Object instrument(@PathParam("code") String code, @PathParam("kind") String kind,
            @PathParam("version") String version) {
        java.util.Optional<?> found;
        switch (kind) {
            case "reaction": found = catalog.reaction(code, version); break;
            case "knowledge-test": found = catalog.knowledgeTest(code, version); break;
            case "behaviour": found = catalog.behaviour(code, version); break;
            default: found = java.util.Optional.empty();
        }
        return found.orElseThrow(() -> new ProblemException(Problem.of(404, "not-found", "instrument.notFound",
                code, kind, version)));
    }
}
