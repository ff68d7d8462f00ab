package id.pembina.evaluation.rest.internal;

import static id.pembina.rest.testkit.OpenApiCheck.mismatches;
import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import id.pembina.evaluation.api.BehaviourIndicator;
import id.pembina.evaluation.api.BehaviourRating;
import id.pembina.evaluation.api.CostLine;
import id.pembina.evaluation.api.DisciplineSanction;
import id.pembina.evaluation.api.Direction;
import id.pembina.evaluation.api.Education;
import id.pembina.evaluation.api.EvaluationEngine;
import id.pembina.evaluation.api.Evaluations;
import id.pembina.evaluation.api.IndicatorValue;
import id.pembina.evaluation.api.ItemResponse;
import id.pembina.evaluation.api.JpCompliance;
import id.pembina.evaluation.api.LikertAnswer;
import id.pembina.evaluation.api.LikertItem;
import id.pembina.evaluation.api.ParticipantTrainings;
import id.pembina.evaluation.api.ParticipantYear;
import id.pembina.evaluation.api.PerformanceRating;
import id.pembina.evaluation.api.Phase;
import id.pembina.evaluation.api.PositionType;
import id.pembina.evaluation.api.PrePostScore;
import id.pembina.evaluation.api.ResultIndicator;
import id.pembina.evaluation.api.RuleSet;
import id.pembina.evaluation.api.RuleSets;
import id.pembina.evaluation.api.TrainingRecord;
import id.pembina.evaluation.api.TrainingSource;
import id.pembina.evaluation.api.TrainingType;
import id.pembina.evaluation.api.UnitLeadership;
import id.pembina.evaluation.data.api.Benefit;
import id.pembina.evaluation.data.api.FollowUp;
import id.pembina.evaluation.data.api.FollowUpPhase;
import id.pembina.evaluation.data.api.DeliveryComparison;
import id.pembina.evaluation.data.api.IkmSurvey;
import id.pembina.evaluation.data.api.LevelResults;
import id.pembina.evaluation.data.api.ProgramAction;
import id.pembina.evaluation.data.api.TimeAwayCost;
import id.pembina.evaluation.data.api.NotIndexed;
import id.pembina.evaluation.data.api.ProgramEvaluation;
import id.pembina.evaluation.data.api.ReactionComment;
import id.pembina.evaluation.data.api.ReactionResponse;
import id.pembina.evaluation.data.api.SessionEvaluation;
import id.pembina.evaluation.data.api.TestAnswers;
import id.pembina.evaluation.data.api.TestItemAnalysis;
import id.pembina.evaluation.data.api.TestPhase;
import id.pembina.evaluation.data.api.Transcript;
import id.pembina.evaluation.data.api.TranscriptEntry;
import id.pembina.evaluation.data.api.UnitEvaluation;
import id.pembina.evaluation.data.api.UnitEvaluationSummary;
import id.pembina.evaluation.data.api.YearFacts;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.Rank;
import id.pembina.platform.api.Page;
import id.pembina.rest.testkit.OpenApiCheck;

/**
 * The OpenAPI fragment describes the evaluation responses field by field, as the API writes them: real results
 * of the engine, written by a mapper set up as the REST edge's (ISO dates, this bundle's {@link EvaluationJson}),
 * compared with their schemas all the way down. Every list holds an element, so that its items are compared too.
 */
public class OpenApiResponsesTest {

    private static final String BUDI = "198609262015051001";
    private static final String SITI = "199003152019032002";
    private static final EvaluationEngine ENGINE = Evaluations.engine();
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).registerModule(new EvaluationJson());

    private static JsonNode document() throws Exception {
        return OpenApiCheck.read(EvaluationOpenApi.class.getResource(EvaluationOpenApi.DOCUMENT));
    }

    private static void assertDescribed(String schema, Object value) throws Exception {
        assertEquals(List.of(), mismatches(document(), schema, JSON.valueToTree(value)));
    }

    /** Levels with every part filled: two programmes' worth of keys (sessionId/nip) as a unit evaluation has. */
    private static LevelResults levels() {
        var reaction = ENGINE.reaction(List.of(new LikertItem("r1", "Materi sesuai kebutuhan")),
                List.of(new LikertAnswer("r1", 4), new LikertAnswer("r1", 2)));
        // Siti's pre-test is at the maximum: her gain is undefined (null with a reason).
        var learning = ENGINE.learning(List.of(new PrePostScore("7/" + BUDI, 1, 2, 3),
                new PrePostScore("7/" + SITI, 3, 3, 3), new PrePostScore("8/" + BUDI, 0, 3, 3)));
        var items = new TestItemAnalysis("1.0", ENGINE.itemAnalysis(List.of(new ItemResponse(BUDI, "q1", true),
                new ItemResponse(SITI, "q1", false))));
        var behaviour = ENGINE.behaviour(List.of(new BehaviourIndicator("b1", "Menyapa warga")),
                List.of(new BehaviourRating(BUDI, "b1", Phase.BEFORE, 2), new BehaviourRating(BUDI, "b1", Phase.AFTER, 3)),
                1);
        var results = ENGINE.results(List.of(new ResultIndicator("c", "Pengaduan", Direction.LOWER_IS_BETTER)),
                List.of(new IndicatorValue("KEL-A", "c", Phase.BEFORE, "2026-01", 10),
                        new IndicatorValue("KEL-A", "c", Phase.BEFORE, "2026-02", 11),
                        new IndicatorValue("KEL-A", "c", Phase.AFTER, "2026-05", 6),
                        new IndicatorValue("KEL-B", "c", Phase.BEFORE, "2026-01", 9),
                        new IndicatorValue("KEL-B", "c", Phase.BEFORE, "2026-02", 9),
                        new IndicatorValue("KEL-B", "c", Phase.AFTER, "2026-05", 8)), Set.of("KEL-B"));
        var roi = ENGINE.roi(List.of(new CostLine("Honor narasumber", new BigDecimal("1000000"))),
                new BigDecimal("1500000"));
        var timeAway = new TimeAwayCost(2, 1, new BigDecimal("18.00"), new BigDecimal("405000.00"), List.of(
                new TimeAwayCost.Line("III", 1, new BigDecimal("9.00"), new BigDecimal("45000"),
                        new BigDecimal("405000.00")),
                new TimeAwayCost.Line("-", 1, new BigDecimal("9.00"), BigDecimal.ZERO, new BigDecimal("0.00"))));
        return new LevelResults(2, reaction, 3, 3, learning, items, behaviour, results, roi, items,
                List.of(new ReactionComment(7, "Ruangan terlalu panas")), behaviour, timeAway, true);
    }

    private static ParticipantYear year(String nip) {
        return new ParticipantYear(nip, "KEL-A", 2026, Education.S1, PositionType.PELAKSANA,
                List.of(new TrainingRecord("Pelayanan Prima", TrainingType.TECHNICAL, new BigDecimal("22"),
                        LocalDate.of(2026, 3, 5), true, TrainingSource.PEMBINA)), PerformanceRating.GOOD,
                DisciplineSanction.NONE);
    }

    private static JpCompliance jp() {
        return ENGINE.jpCompliance(2026, List.of(new ParticipantTrainings(BUDI, "KEL-A", year(BUDI).trainings()),
                new ParticipantTrainings(SITI, "KEL-A", List.of())), RuleSets.of(RuleSet.defaults()));
    }

    @Test
    public void evaluationsAreDescribedFieldByField() throws Exception {
        assertDescribed("SessionEvaluation", new SessionEvaluation(7, "KOM-PELAYANAN",
                LocalDateTime.of(2026, 3, 2, 8, 0), LocalDateTime.of(2026, 3, 5, 16, 0), 2, levels()));
        assertDescribed("ProgramEvaluation", new ProgramEvaluation("KOM-PELAYANAN", LocalDate.of(2026, 1, 1), null,
                List.of(7L, 8L), 3, levels()));
        UnitEvaluation unit = new UnitEvaluation("KEC", 2026, List.of("KEC", "KEL-A"), RuleSet.defaults().name(),
                RuleSet.defaults().validFrom(), ENGINE.unitDistribution("KEC", 2026, List.of(year(BUDI)),
                        RuleSets.of(RuleSet.defaults())), List.of(new NotIndexed(SITI, "evaluation.factsMissing")),
                jp(), ENGINE.leadershipInvolvement(List.of(new UnitLeadership("KEL-A", 2, 1, 0.5))), List.of(7L, 8L),
                2, 3, 0, levels());
        assertDescribed("UnitEvaluationSummary", UnitEvaluationSummary.of(unit));
        assertDescribed("ParticipantJpPage", new Page<>(jp().belowMinimum(), 1, 0, 50));
    }

    @Test
    public void seedFiguresAreDescribedFieldByField() throws Exception {
        assertDescribed("DeliveryComparison", new DeliveryComparison("KOM-PELAYANAN", LocalDate.of(2026, 1, 1), null,
                List.of(new DeliveryComparison.Group(id.pembina.catalog.api.DeliveryMode.BLENDED, 1, 2, 2, 0.8,
                        id.pembina.evaluation.api.GainBand.HIGH, 2, 0.75, 0.5, 2, 1, 0.5, new BigDecimal("3000000.00"),
                        24, new BigDecimal("125000.00")), new DeliveryComparison.Group(
                                id.pembina.catalog.api.DeliveryMode.E_LEARNING, 1, 1, 0, null, null, 0, null, null, 1,
                                1, 1.0, new BigDecimal("400000.00"), 4, new BigDecimal("100000.00")))));
        Instant at = Instant.parse("2026-03-05T09:00:00Z");
        assertDescribed("ProgramAction", new ProgramAction(3, "KOM-PELAYANAN", "LOW_GAIN", "Ganti studi kasus",
                id.pembina.evaluation.data.api.ActionStatus.DONE, "Kasubbag Umum", LocalDate.of(2027, 3, 31), at, at,
                at));
        assertDescribed("IkmSurvey", new IkmSurvey("KEL-A", "2026-01", ENGINE.ikm(List.of(
                new id.pembina.evaluation.api.IkmResponse("R1", List.of(4, 4, 4, 4, 4, 4, 4, 4, 4))))));
        assertDescribed("RecommendationText", new FollowThroughResource.RecommendationText(
                id.pembina.evaluation.data.api.Recommendation.Kind.LOW_GAIN, null, 0.25, 0.3, "evaluation.rec.gain",
                "Gain kelas 0.25"));
    }

    @Test
    public void participantsAreNamedByNipEverywhere() throws Exception {
        JsonNode learning = JSON.valueToTree(levels().learning());
        assertEquals(7, learning.get("participants").get(0).get("sessionId").asInt());
        assertEquals(BUDI, learning.get("participants").get(0).get("nip").asText());
        JsonNode session = JSON.valueToTree(ENGINE.learning(List.of(new PrePostScore(BUDI, 1, 2, 3))));
        assertEquals(BUDI, session.get("participants").get(0).get("nip").asText());
        assertEquals(true, session.get("participants").get(0).get("sessionId").isNull());
        assertEquals(SITI, JSON.valueToTree(jp().belowMinimum().get(0)).get("nip").asText());
        assertEquals(BUDI, JSON.valueToTree(ENGINE.professionalism(year(BUDI), RuleSet.defaults())).get("nip").asText());
    }

    @Test
    public void transcriptsAndStoredAnswersAreDescribedFieldByField() throws Exception {
        Participant budi = new Participant(BUDI, "Budi Santoso", null, LocalDate.of(1986, 9, 26), "KEL-A",
                "Pengadministrasi Umum", id.pembina.participant.api.PositionType.PELAKSANA, Rank.fromCode("II/c"),
                id.pembina.participant.api.Education.S1, SITI, true);
        assertDescribed("Transcript", new Transcript(budi, 2026, List.of(new TranscriptEntry(TrainingSource.PEMBINA,
                7L, null, "KOM-PELAYANAN", "Pelayanan Prima", TrainingType.TECHNICAL, new BigDecimal("22"),
                LocalDate.of(2026, 3, 5), null)), new BigDecimal("22"), new BigDecimal("20"), true,
                ENGINE.professionalism(year(BUDI), RuleSet.defaults()), null, RuleSet.defaults().name(),
                RuleSet.defaults().validFrom()));
        Instant at = Instant.parse("2026-03-05T09:00:00Z");
        assertDescribed("ReactionResponse", new ReactionResponse("5f0c", 7, BUDI, "1.0", Map.of("r1", 4), "Bagus", at));
        assertDescribed("TestAnswers", new TestAnswers(7, BUDI, TestPhase.PRE, "1.0", Map.of("q1", 0), 1, 3, at));
        assertDescribed("FollowUp", new FollowUp(7, BUDI, SITI, FollowUpPhase.AFTER, 12, "1.0", Map.of("b1", 3), at));
        assertDescribed("Benefit", new Benefit(1, 7, "Penghematan waktu layanan", new BigDecimal("5000000"), at));
        assertDescribed("YearFacts", new YearFacts(BUDI, 2026, PerformanceRating.GOOD, DisciplineSanction.NONE));
    }
}
