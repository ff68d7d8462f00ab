package id.pembina.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
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

/** {@code /api/v1/programs}: what the installed training modules offer. */
@Component(service = ProgramResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PembinaApplication.SELECT)
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
}
