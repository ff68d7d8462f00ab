package id.pembina.audit.rest.internal;

import static id.pembina.rest.testkit.OpenApiCheck.documented;
import static id.pembina.rest.testkit.OpenApiCheck.fields;
import static id.pembina.rest.testkit.OpenApiCheck.implemented;
import static id.pembina.rest.testkit.OpenApiCheck.mismatches;
import static id.pembina.rest.testkit.OpenApiCheck.properties;
import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import id.pembina.platform.api.Page;
import id.pembina.rest.testkit.OpenApiCheck;
import id.pembina.security.api.AuditEntry;

/** Keeps the audit trail's OpenAPI fragment true: exactly the operations its resource implements, exactly their fields. */
public class OpenApiDocumentTest {

    private static JsonNode fragment() throws Exception {
        return OpenApiCheck.read(AuditOpenApi.class.getResource(AuditOpenApi.DOCUMENT));
    }

    @Test
    public void documentsExactlyTheImplementedOperations() throws Exception {
        assertEquals(implemented(List.of(AuditResource.class)), documented(fragment()));
    }

    @Test
    public void schemasNameExactlyTheJsonFields() throws Exception {
        JsonNode doc = fragment();
        assertEquals(fields(AuditEntry.class), properties(doc, "AuditEntry"));
        assertEquals(fields(Page.class), properties(doc, "AuditEntryPage"));
    }

    @Test
    public void aPageAsTheApiWritesItMatchesItsSchema() throws Exception {
        // Written as rest-common's JSON provider writes it: java.time values as ISO text.
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Page<AuditEntry> page = new Page<>(List.of(new AuditEntry(7, Instant.parse("2026-11-27T03:00:00Z"), "admin",
                "10.0.0.1", "EXPORT", "report", "budget", "format=pdf")), 1, 0, 50);
        JsonNode json = mapper.valueToTree(page);
        assertEquals(List.of(), mismatches(fragment(), "AuditEntryPage", json));
        assertEquals("2026-11-27T03:00:00Z", json.get("items").get(0).get("at").asText());
    }
}
