package id.pembina.catalog.rest.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.ModuleCheck;
import id.pembina.catalog.api.ModuleInfo;
import id.pembina.platform.api.ValidationException;
import id.pembina.rest.api.Problem;
import id.pembina.rest.api.ProblemException;
import id.pembina.rest.api.RestApplication;

/**
 * {@code /api/v1/modules}: training modules known to the running catalog, with their bundle's state;
 * {@code /modules/check}: what the catalog would say of a module jar, without installing it.
 */
@Component(immediate = true, service = ModuleResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
public class ModuleResource {

    /** Largest module jar accepted, in bytes. */
    static final int MAX_JAR_BYTES = 20 * 1024 * 1024;

    @Reference
    CatalogService catalog;

    @GET
    public List<ModuleInfo> modules() {
        return catalog.modules();
    }

    /** 200 with the findings when the module would be offered; 400 with every problem when not. Admins only. */
    @POST
    @Path("check")
    @Consumes({ "application/java-archive", MediaType.APPLICATION_OCTET_STREAM })
    public ModuleCheck check(@Context SecurityContext security, InputStream body) throws IOException {
        if (security == null || !security.isUserInRole("admin")) {
            throw new ProblemException(Problem.of(403, "forbidden", "catalog.rest.moduleCheck.adminOnly"));
        }
        byte[] jar = readLimited(body);
        if (jar.length == 0) {
            throw new ProblemException(Problem.badRequest("body.empty"));
        }
        ModuleCheck check = catalog.checkModule(new ByteArrayInputStream(jar));
        if (!check.problems().isEmpty()) {
            throw new ValidationException(check.problems());
        }
        return check;
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (in == null) {
            return out.toByteArray();
        }
        byte[] buf = new byte[65536];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
            if (out.size() > MAX_JAR_BYTES) {
                throw new ProblemException(Problem.of(413, "too-large", "catalog.rest.moduleCheck.tooLarge",
                        MAX_JAR_BYTES / 1024 / 1024));
            }
        }
        return out.toByteArray();
    }
}
