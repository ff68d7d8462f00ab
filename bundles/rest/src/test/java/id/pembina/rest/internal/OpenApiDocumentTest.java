package id.pembina.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;

/** Keeps openapi.json true: it lists exactly the operations the resources implement. */
public class OpenApiDocumentTest {

    private static final List<Class<?>> RESOURCES = List.of(ParticipantResource.class, UnitResource.class,
            HealthResource.class, OpenApiResource.class, ProgramResource.class, ModuleResource.class,
            SessionResource.class, ResponseResource.class, BenefitResource.class, FollowUpResource.class,
            IndicatorResource.class, EvaluationResource.class, TranscriptResource.class, ParticipantFactsResource.class,
            ExternalTrainingResource.class);

    private static JsonNode document() throws Exception {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static Set<String> implemented() {
        Set<String> ops = new TreeSet<>();
        for (Class<?> r : RESOURCES) {
            String base = "/" + r.getAnnotation(Path.class).value();
            for (Method m : r.getMethods()) {
                String verb = m.isAnnotationPresent(GET.class) ? "get" : m.isAnnotationPresent(POST.class) ? "post"
                        : m.isAnnotationPresent(PUT.class) ? "put" : m.isAnnotationPresent(DELETE.class) ? "delete" : null;
                if (verb != null) {
                    Path sub = m.getAnnotation(Path.class);
                    ops.add(verb + " " + base + (sub == null ? "" : "/" + sub.value()));
                }
            }
        }
        return ops;
    }

    @Test
    public void documentsExactlyTheImplementedOperations() throws Exception {
        Set<String> documented = new TreeSet<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document().get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> p = paths.next();
            p.getValue().fieldNames().forEachRemaining(verb -> documented.add(verb + " " + p.getKey()));
        }
        assertEquals(implemented(), documented);
    }

    @Test
    public void schemasNameExactlyTheJsonFields() throws Exception {
        JsonNode schemas = document().get("components").get("schemas");
        assertEquals(fields(Participant.class), properties(schemas.get("Participant")));
        assertEquals(fields(OrganizationUnit.class), properties(schemas.get("OrganizationUnit")));
        assertEquals(fields(CsvImport.Summary.class), properties(schemas.get("ImportSummary")));
        assertEquals(fields(HealthResource.Health.class), properties(schemas.get("Health")));
        assertEquals(fields(id.pembina.catalog.api.Program.class), properties(schemas.get("Program")));
        assertEquals(fields(id.pembina.catalog.api.ProgramDetail.class), properties(schemas.get("ProgramDetail")));
        assertEquals(fields(id.pembina.catalog.api.ModuleInfo.class), properties(schemas.get("ModuleInfo")));
        assertEquals(fields(id.pembina.catalog.api.TrainingSession.class), properties(schemas.get("TrainingSession")));
        assertEquals(fields(id.pembina.catalog.api.Enrollment.class), properties(schemas.get("Enrollment")));
        assertEquals(fields(SessionResource.EnrollmentRequest.class), properties(schemas.get("EnrollmentRequest")));
        assertEquals(fields(id.pembina.catalog.api.AttendanceMark.class), properties(schemas.get("AttendanceMark")));
        assertEquals(fields(id.pembina.catalog.api.AttendanceSummary.class), properties(schemas.get("AttendanceSummary")));
        assertEquals(fields(id.pembina.evaluation.data.api.ReactionSubmission.class), properties(schemas.get("ReactionSubmission")));
        assertEquals(fields(id.pembina.evaluation.data.api.TestSubmission.class), properties(schemas.get("TestSubmission")));
        assertEquals(fields(id.pembina.evaluation.data.api.FollowUpSubmission.class), properties(schemas.get("FollowUpSubmission")));
        assertEquals(fields(id.pembina.evaluation.data.api.IndicatorEntry.class), properties(schemas.get("IndicatorEntry")));
        assertEquals(fields(id.pembina.evaluation.data.api.ExternalTraining.class), properties(schemas.get("ExternalTraining")));
        assertEquals(fields(BenefitResource.BenefitRequest.class), properties(schemas.get("BenefitRequest")));
        assertEquals(fields(ParticipantFactsResource.FactsRequest.class), properties(schemas.get("FactsRequest")));
        assertEquals(fields(EvaluationResource.YearIndex.class), properties(schemas.get("YearIndex")));
        assertEquals(fields(TranscriptResource.YearScore.class), properties(schemas.get("YearScore")));
    }

    @Test
    public void everyOperationExceptHealthNeedsLogin() throws Exception {
        JsonNode doc = document();
        assertEquals("basic", doc.get("security").get(0).fieldNames().next());
        assertTrue(doc.get("paths").get("/health").get("get").get("security").isEmpty());
    }

    private static Set<String> fields(Class<?> record) {
        return new TreeSet<>(Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList());
    }

    private static Set<String> properties(JsonNode schema) {
        Set<String> names = new TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }
}
