package id.pembina.registry.rest.internal;

import static id.pembina.rest.testkit.OpenApiCheck.documented;
import static id.pembina.rest.testkit.OpenApiCheck.fields;
import static id.pembina.rest.testkit.OpenApiCheck.implemented;
import static id.pembina.rest.testkit.OpenApiCheck.properties;
import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

import id.pembina.rest.testkit.OpenApiCheck;

/** Keeps the registry's OpenAPI fragment true: exactly the operations its resources implement, exactly their fields. */
public class OpenApiDocumentTest {

    private static JsonNode fragment() throws Exception {
        return OpenApiCheck.read(RegistryOpenApi.class.getResource(RegistryOpenApi.DOCUMENT));
    }

    @Test
    public void documentsExactlyTheImplementedOperations() throws Exception {
        assertEquals(implemented(List.of(ParticipantResource.class, UnitResource.class)), documented(fragment()));
    }

    @Test
    public void schemasNameExactlyTheJsonFields() throws Exception {
        JsonNode doc = fragment();
        assertEquals(fields(id.pembina.participant.api.Participant.class), properties(doc, "Participant"));
        assertEquals(fields(id.pembina.participant.api.OrganizationUnit.class), properties(doc, "OrganizationUnit"));
        assertEquals(fields(id.pembina.participant.api.ParticipantChange.class), properties(doc, "ParticipantChange"));
    }
}
