package id.pembina.evaluation.rest.internal;

import static id.pembina.rest.testkit.OpenApiCheck.documented;
import static id.pembina.rest.testkit.OpenApiCheck.fields;
import static id.pembina.rest.testkit.OpenApiCheck.implemented;
import static id.pembina.rest.testkit.OpenApiCheck.properties;
import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

import id.pembina.rest.testkit.OpenApiCheck;

/** Keeps the evaluation's OpenAPI fragment true: exactly the operations its resources implement, exactly their fields. */
public class OpenApiDocumentTest {

    private static JsonNode fragment() throws Exception {
        return OpenApiCheck.read(EvaluationOpenApi.class.getResource(EvaluationOpenApi.DOCUMENT));
    }

    @Test
    public void documentsExactlyTheImplementedOperations() throws Exception {
        assertEquals(implemented(List.of(ResponseResource.class, BenefitResource.class, FollowUpResource.class, IndicatorResource.class,
                EvaluationResource.class, TranscriptResource.class, ParticipantFactsResource.class, ExternalTrainingResource.class,
                IkmResource.class, FollowThroughResource.class)), documented(fragment()));
    }

    @Test
    public void schemasNameExactlyTheJsonFields() throws Exception {
        JsonNode doc = fragment();
        assertEquals(fields(id.pembina.evaluation.data.api.ReactionSubmission.class), properties(doc, "ReactionSubmission"));
        assertEquals(fields(id.pembina.evaluation.data.api.TestSubmission.class), properties(doc, "TestSubmission"));
        assertEquals(fields(id.pembina.evaluation.data.api.FollowUpSubmission.class), properties(doc, "FollowUpSubmission"));
        assertEquals(fields(id.pembina.evaluation.data.api.IndicatorEntry.class), properties(doc, "IndicatorEntry"));
        assertEquals(fields(id.pembina.evaluation.data.api.ExternalTraining.class), properties(doc, "ExternalTraining"));
        assertEquals(fields(BenefitResource.BenefitRequest.class), properties(doc, "BenefitRequest"));
        assertEquals(fields(ParticipantFactsResource.FactsRequest.class), properties(doc, "FactsRequest"));
        assertEquals(fields(EvaluationResource.YearIndex.class), properties(doc, "YearIndex"));
        assertEquals(fields(TranscriptResource.YearScore.class), properties(doc, "YearScore"));
        assertEquals(fields(id.pembina.evaluation.data.api.IkmAnswer.class), properties(doc, "IkmAnswer"));
        assertEquals(fields(id.pembina.evaluation.data.api.IkmSurvey.class), properties(doc, "IkmSurvey"));
        assertEquals(fields(id.pembina.evaluation.api.IkmResult.class), properties(doc, "IkmResult"));
        assertEquals(fields(id.pembina.evaluation.data.api.ActionInput.class), properties(doc, "ActionInput"));
        assertEquals(fields(id.pembina.evaluation.data.api.ProgramAction.class), properties(doc, "ProgramAction"));
        assertEquals(fields(FollowThroughResource.RecommendationText.class), properties(doc, "RecommendationText"));
        assertEquals(fields(id.pembina.evaluation.data.api.DeliveryComparison.class), properties(doc, "DeliveryComparison"));
        assertEquals(fields(id.pembina.evaluation.data.api.DeliveryComparison.Group.class), properties(doc, "DeliveryGroup"));
        assertEquals(fields(id.pembina.evaluation.data.api.TimeAwayCost.class), properties(doc, "TimeAwayCost"));
        assertEquals(fields(id.pembina.evaluation.data.api.LevelResults.class), properties(doc, "LevelResults"));
        assertEquals(fields(id.pembina.evaluation.api.UnitInvolvement.class), properties(doc, "UnitInvolvement"));
    }
}
