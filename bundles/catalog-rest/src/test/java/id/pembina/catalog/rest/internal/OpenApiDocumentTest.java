package id.pembina.catalog.rest.internal;

import static id.pembina.rest.testkit.OpenApiCheck.documented;
import static id.pembina.rest.testkit.OpenApiCheck.fields;
import static id.pembina.rest.testkit.OpenApiCheck.implemented;
import static id.pembina.rest.testkit.OpenApiCheck.properties;
import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

import id.pembina.rest.testkit.OpenApiCheck;

/** Keeps the catalog's OpenAPI fragment true: exactly the operations its resources implement, exactly their fields. */
public class OpenApiDocumentTest {

    private static JsonNode fragment() throws Exception {
        return OpenApiCheck.read(CatalogOpenApi.class.getResource(CatalogOpenApi.DOCUMENT));
    }

    @Test
    public void documentsExactlyTheImplementedOperations() throws Exception {
        assertEquals(implemented(List.of(ProgramResource.class, ModuleResource.class, SessionResource.class)), documented(fragment()));
    }

    @Test
    public void schemasNameExactlyTheJsonFields() throws Exception {
        JsonNode doc = fragment();
        assertEquals(fields(id.pembina.catalog.api.Program.class), properties(doc, "Program"));
        assertEquals(fields(id.pembina.catalog.api.ProgramDetail.class), properties(doc, "ProgramDetail"));
        assertEquals(fields(id.pembina.catalog.api.ModuleInfo.class), properties(doc, "ModuleInfo"));
        assertEquals(fields(id.pembina.catalog.api.ModuleCheck.class), properties(doc, "ModuleCheck"));
        assertEquals(fields(id.pembina.catalog.api.ModuleCheck.CheckedModule.class), properties(doc, "CheckedModule"));
        assertEquals(fields(id.pembina.platform.api.FieldError.class), properties(doc, "CheckProblem"));
        assertEquals(fields(id.pembina.catalog.api.TrainingSession.class), properties(doc, "TrainingSession"));
        assertEquals(fields(id.pembina.catalog.api.Enrollment.class), properties(doc, "Enrollment"));
        assertEquals(fields(SessionResource.EnrollmentRequest.class), properties(doc, "EnrollmentRequest"));
        assertEquals(fields(id.pembina.catalog.api.AttendanceMark.class), properties(doc, "AttendanceMark"));
        assertEquals(fields(id.pembina.catalog.api.AttendanceSummary.class), properties(doc, "AttendanceSummary"));
    }
}
