package id.pembina.forms.rest.internal;

import static id.pembina.rest.testkit.OpenApiCheck.documented;
import static id.pembina.rest.testkit.OpenApiCheck.fields;
import static id.pembina.rest.testkit.OpenApiCheck.implemented;
import static id.pembina.rest.testkit.OpenApiCheck.properties;
import static org.junit.Assert.assertEquals;

import java.net.URI;
import java.util.List;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

import id.pembina.rest.testkit.OpenApiCheck;

/** Keeps the form links' OpenAPI fragment true: exactly the operations its resources implement, exactly their fields. */
public class OpenApiDocumentTest {

    private static JsonNode fragment() throws Exception {
        return OpenApiCheck.read(FormsOpenApi.class.getResource(FormsOpenApi.DOCUMENT));
    }

    @Test
    public void documentsExactlyTheImplementedOperations() throws Exception {
        assertEquals(implemented(List.of(SessionFormLinkResource.class, FollowUpLinkResource.class)), documented(fragment()));
    }

    @Test
    public void schemasNameExactlyTheJsonFields() throws Exception {
        JsonNode doc = fragment();
        assertEquals(fields(SessionFormLinkResource.SessionFormLink.class), properties(doc, "SessionFormLink"));
        assertEquals(fields(FollowUpLinkResource.FollowUpLink.class), properties(doc, "FollowUpLink"));
    }

    @Test
    public void theQrCodeHoldsTheUrlAsTheClientReachedTheServer() {
        assertEquals("http://10.0.0.5:8181", SessionFormLinkResource.origin(URI.create("http://10.0.0.5:8181/api/v1/")));
        assertEquals("https://pembina.example.go.id", SessionFormLinkResource.origin(URI.create("https://pembina.example.go.id/api/v1/")));
    }
}
