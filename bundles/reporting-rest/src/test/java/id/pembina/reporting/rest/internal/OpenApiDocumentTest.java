package id.pembina.reporting.rest.internal;

import static id.pembina.rest.testkit.OpenApiCheck.documented;
import static id.pembina.rest.testkit.OpenApiCheck.fields;
import static id.pembina.rest.testkit.OpenApiCheck.implemented;
import static id.pembina.rest.testkit.OpenApiCheck.properties;
import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

import id.pembina.reporting.api.ReportFormatInfo;
import id.pembina.rest.testkit.OpenApiCheck;

/** Keeps the reports' OpenAPI fragment true: exactly the operations implemented, exactly their fields. */
public class OpenApiDocumentTest {

    private static JsonNode fragment() throws Exception {
        return OpenApiCheck.read(ReportingOpenApi.class.getResource(ReportingOpenApi.DOCUMENT));
    }

    @Test
    public void documentsExactlyTheImplementedOperations() throws Exception {
        assertEquals(implemented(List.of(ReportResource.class)), documented(fragment()));
    }

    @Test
    public void schemasNameExactlyTheJsonFields() throws Exception {
        JsonNode doc = fragment();
        assertEquals(fields(ReportResource.ReportCatalog.class), properties(doc, "ReportCatalog"));
        assertEquals(fields(ReportResource.ReportTypeJson.class), properties(doc, "ReportTypeJson"));
        assertEquals(fields(ReportResource.ReportParameterJson.class), properties(doc, "ReportParameterJson"));
        assertEquals(fields(ReportFormatInfo.class), properties(doc, "ReportFormatInfo"));
    }

    @Test
    public void theFileNameIsOfferedPlainAndInUtf8() {
        assertEquals("attachment; filename=\"evaluasi-KOM-PELAYANAN-2026.pdf\"; "
                + "filename*=UTF-8''evaluasi-KOM-PELAYANAN-2026.pdf", ReportResource.disposition("evaluasi-KOM-PELAYANAN-2026.pdf"));
        assertEquals("attachment; filename=\"a_b_.csv\"; filename*=UTF-8''a%22b%C3%A9.csv", ReportResource.disposition("a\"bé.csv"));
    }
}
