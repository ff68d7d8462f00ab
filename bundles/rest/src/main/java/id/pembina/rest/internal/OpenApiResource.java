package id.pembina.rest.internal;

import java.io.IOException;
import java.io.InputStream;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/v1/openapi.json}: the OpenAPI 3 description, kept true by {@code OpenApiDocumentTest}. */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PembinaApplication.SELECT)
@Path("openapi.json")
public class OpenApiResource {

    static final String DOCUMENT = "openapi.json";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response document() throws IOException {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            return Response.ok(in.readAllBytes(), MediaType.APPLICATION_JSON_TYPE).build();
        }
    }
}
