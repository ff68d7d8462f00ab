package id.pembina.rest.common.internal;

import static id.pembina.rest.testkit.OpenApiCheck.documented;
import static id.pembina.rest.testkit.OpenApiCheck.fields;
import static id.pembina.rest.testkit.OpenApiCheck.implemented;
import static id.pembina.rest.testkit.OpenApiCheck.properties;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.pembina.rest.api.CsvUpload;
import id.pembina.rest.api.Problem;
import id.pembina.rest.testkit.OpenApiCheck;

/** The common part of openapi.json is true, and fragments merge into it. */
public class OpenApiDocumentTest {

    private static JsonNode base() throws Exception {
        return OpenApiCheck.read(OpenApiResource.class.getResource(OpenApiResource.BASE));
    }

    @Test
    public void documentsExactlyTheCommonOperations() throws Exception {
        assertEquals(implemented(List.of(HealthResource.class, OpenApiResource.class)), documented(base()));
    }

    @Test
    public void commonSchemasNameExactlyTheJsonFields() throws Exception {
        JsonNode doc = base();
        assertEquals(fields(CsvUpload.Summary.class), properties(doc, "ImportSummary"));
        assertEquals(fields(HealthResource.Health.class), properties(doc, "Health"));
        assertEquals(Set.of("type", "title", "status", "detail", "errors"), fields(Problem.Body.class));
        assertEquals(fields(Problem.Body.class), properties(doc, "Problem"));
    }

    @Test
    public void everyOperationExceptHealthNeedsLogin() throws Exception {
        JsonNode doc = base();
        assertEquals("basic", doc.get("security").get(0).fieldNames().next());
        assertTrue(doc.get("paths").get("/health").get("get").get("security").isEmpty());
    }

    @Test
    public void fragmentsAddPathsOperationsAndSchemas() throws Exception {
        ObjectMapper m = new ObjectMapper();
        ObjectNode doc = (ObjectNode) base();
        OpenApiResource.merge(doc, m.readTree("{\"paths\":{\"/a\":{\"get\":{}},\"/health\":{\"post\":{}}},"
                + "\"components\":{\"schemas\":{\"A\":{\"type\":\"object\"}}}}"));
        OpenApiResource.merge(doc, m.readTree("{\"paths\":{\"/a\":{\"put\":{}}},"
                + "\"components\":{\"schemas\":{\"A\":{\"type\":\"string\"}}}}"));
        assertEquals(Set.of("get /health", "post /health", "get /openapi.json", "get /a", "put /a"), documented(doc));
        assertEquals("object", doc.get("components").get("schemas").get("A").get("type").asText());
        assertTrue(doc.get("components").get("schemas").has("Problem"));
    }
}
