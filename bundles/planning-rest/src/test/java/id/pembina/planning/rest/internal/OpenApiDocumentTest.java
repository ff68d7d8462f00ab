package id.pembina.planning.rest.internal;

import static id.pembina.rest.testkit.OpenApiCheck.documented;
import static id.pembina.rest.testkit.OpenApiCheck.fields;
import static id.pembina.rest.testkit.OpenApiCheck.implemented;
import static id.pembina.rest.testkit.OpenApiCheck.properties;
import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

import id.pembina.planning.api.Acceptance;
import id.pembina.planning.api.AsnNeeds;
import id.pembina.planning.api.Budget;
import id.pembina.planning.api.BudgetLine;
import id.pembina.planning.api.CompetencyGap;
import id.pembina.planning.api.CompetencyLevel;
import id.pembina.planning.api.CompetencyRequirement;
import id.pembina.planning.api.CoveredCompetency;
import id.pembina.planning.api.LineOutcome;
import id.pembina.planning.api.LineProgress;
import id.pembina.planning.api.ParticipantNeeds;
import id.pembina.planning.api.PastTraining;
import id.pembina.planning.api.PlanComparison;
import id.pembina.planning.api.PlanDraft;
import id.pembina.planning.api.PlanLine;
import id.pembina.planning.api.PlanProgress;
import id.pembina.planning.api.PlanSnapshot;
import id.pembina.planning.api.PlanSummary;
import id.pembina.planning.api.PlanVersion;
import id.pembina.planning.api.PlannedSession;
import id.pembina.planning.api.ProgramCompetency;
import id.pembina.planning.api.ProgramEffect;
import id.pembina.planning.api.SharedGap;
import id.pembina.planning.api.SiasnCourse;
import id.pembina.planning.api.UnitNeeds;
import id.pembina.rest.testkit.OpenApiCheck;

/** Keeps planning's OpenAPI fragment true: exactly the operations its resources implement, exactly their fields. */
public class OpenApiDocumentTest {

    private static JsonNode fragment() throws Exception {
        return OpenApiCheck.read(PlanningOpenApi.class.getResource(PlanningOpenApi.DOCUMENT));
    }

    @Test
    public void documentsExactlyTheImplementedOperations() throws Exception {
        assertEquals(implemented(List.of(NeedsResource.class, BudgetResource.class, PlanResource.class,
                SiasnResource.class)), documented(fragment()));
    }

    @Test
    public void schemasNameExactlyTheJsonFields() throws Exception {
        JsonNode doc = fragment();
        Map<String, Class<?>> records = Map.ofEntries(Map.entry("CompetencyGap", CompetencyGap.class),
                Map.entry("ParticipantNeeds", ParticipantNeeds.class), Map.entry("AsnNeeds", AsnNeeds.class),
                Map.entry("SharedGap", SharedGap.class), Map.entry("UnitNeeds", UnitNeeds.class),
                Map.entry("CompetencyRequirement", CompetencyRequirement.class),
                Map.entry("CompetencyLevel", CompetencyLevel.class),
                Map.entry("ProgramCompetency", ProgramCompetency.class), Map.entry("BudgetLine", BudgetLine.class),
                Map.entry("Budget", Budget.class), Map.entry("PlannedSession", PlannedSession.class),
                Map.entry("PlanDraft", PlanDraft.class), Map.entry("PlanVersion", PlanVersion.class),
                Map.entry("PlanSummary", PlanSummary.class), Map.entry("PlanLine", PlanLine.class),
                Map.entry("PlanSnapshot", PlanSnapshot.class), Map.entry("PlanComparison", PlanComparison.class),
                Map.entry("AcceptRequest", AcceptRequest.class), Map.entry("LineOutcome", LineOutcome.class),
                Map.entry("Acceptance", Acceptance.class), Map.entry("LineProgress", LineProgress.class),
                Map.entry("PlanProgress", PlanProgress.class), Map.entry("SiasnCourse", SiasnCourse.class),
                Map.entry("LineRefusal", id.pembina.platform.api.FieldError.class),
                Map.entry("PastTraining", PastTraining.class), Map.entry("CoveredCompetency", CoveredCompetency.class),
                Map.entry("ProgramEffect", ProgramEffect.class));
        records.forEach((schema, type) -> assertEquals(schema, fields(type), properties(doc, schema)));
        assertEquals(records.keySet(), new java.util.TreeSet<>(iterable(doc.get("components").get("schemas"))));
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
