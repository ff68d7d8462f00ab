package id.pembina.catalog.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.ModuleInfo;
import id.pembina.rest.api.RestApplication;

/** {@code /api/v1/modules}: training modules known to the running catalog, with their bundle's state. */
@Component(service = ModuleResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
public class ModuleResource {

    @Reference
    private CatalogService catalog;

    @GET
    public List<ModuleInfo> modules() {
        return catalog.modules();
    }
}
