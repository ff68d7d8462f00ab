package id.pembina.security.rest.internal;

import static id.pembina.rest.testkit.OpenApiCheck.documented;
import static id.pembina.rest.testkit.OpenApiCheck.fields;
import static id.pembina.rest.testkit.OpenApiCheck.implemented;
import static id.pembina.rest.testkit.OpenApiCheck.mismatches;
import static id.pembina.rest.testkit.OpenApiCheck.properties;
import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import id.pembina.rest.testkit.OpenApiCheck;
import id.pembina.security.api.Role;
import id.pembina.security.api.UserAccount;

/** Keeps the accounts' OpenAPI fragment true: exactly the operations the resource implements, exactly their fields. */
public class OpenApiDocumentTest {

    private static JsonNode fragment() throws Exception {
        return OpenApiCheck.read(SecurityOpenApi.class.getResource(SecurityOpenApi.DOCUMENT));
    }

    @Test
    public void documentsExactlyTheImplementedOperations() throws Exception {
        assertEquals(implemented(List.of(UserResource.class)), documented(fragment()));
    }

    @Test
    public void schemasNameExactlyTheJsonFields() throws Exception {
        JsonNode doc = fragment();
        assertEquals(fields(UserJson.class), properties(doc, "User"));
        assertEquals(fields(UserInput.class), properties(doc, "UserInput"));
        assertEquals(fields(UserUpdate.class), properties(doc, "UserUpdate"));
        assertEquals(fields(PasswordChange.class), properties(doc, "PasswordChange"));
        assertEquals(fields(Me.class), properties(doc, "Me"));
    }

    @Test
    public void anAccountAsWrittenMatchesItsSchema() throws Exception {
        UserJson u = UserJson.of(new UserAccount("camat", Set.of(Role.PIMPINAN, Role.OPERATOR), null,
                "KEC-MEDAN-MARELAN", false, Instant.parse("2026-11-30T01:00:00Z"), Instant.parse("2026-11-30T01:00:00Z")));
        assertEquals(List.of("operator", "pimpinan"), u.roles());
        JsonNode json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).valueToTree(u);
        assertEquals(List.of(), mismatches(fragment(), "User", json));
    }
}
