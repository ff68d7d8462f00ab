package id.pembina.rest.common.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.pembina.rest.api.OpenApiFragment;
import id.pembina.rest.api.RestApplication;

/**
 * {@code /api/v1/openapi.json}: the OpenAPI 3 description of what is installed: the common part
 * (health, this document, problems, login) merged with every domain's {@link OpenApiFragment}.
 */
@Component(immediate = true, service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("openapi.json")
public class OpenApiResource {

    static final String BASE = "openapi.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final CopyOnWriteArrayList<OpenApiFragment> fragments = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addFragment(OpenApiFragment fragment) {
        fragments.add(fragment);
    }

    void removeFragment(OpenApiFragment fragment) {
        fragments.remove(fragment);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonNode document() throws IOException {
        ObjectNode doc;
        try (InputStream in = OpenApiResource.class.getResourceAsStream(BASE)) {
            doc = (ObjectNode) MAPPER.readTree(in);
        }
        for (OpenApiFragment f : fragments) {
            try (InputStream in = f.document().openStream()) {
                merge(doc, MAPPER.readTree(in));
            }
        }
        return doc;
    }

    /** Adds the fragment's paths and schemas; a path both define gets the operations of both. */
    static void merge(ObjectNode doc, JsonNode fragment) {
        ObjectNode paths = (ObjectNode) doc.get("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = fragment.path("paths").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            JsonNode existing = paths.get(p.getKey());
            if (existing instanceof ObjectNode o) {
                o.setAll((ObjectNode) p.getValue());
            } else {
                paths.set(p.getKey(), p.getValue());
            }
        }
        ObjectNode schemas = (ObjectNode) doc.with("components").with("schemas");
        for (Iterator<Map.Entry<String, JsonNode>> it = fragment.path("components").path("schemas").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> s = it.next();
            // The first definition wins; OpenApiDocumentTest of each domain keeps the names apart.
            schemas.putIfAbsent(s.getKey(), s.getValue());
        }
    }
}
