package id.pembina.forms.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import id.pembina.catalog.spi.BehaviourChecklist;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.evaluation.data.api.FollowUpPhase;
import id.pembina.evaluation.data.api.FollowUpSubmission;
import id.pembina.evaluation.data.api.ReactionSubmission;
import id.pembina.evaluation.data.api.TestSubmission;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ValidationException;

public class AnswerFormsTest {

    static final ReactionQuestionnaire REACTION = new ReactionQuestionnaire("1.0", false, List.of(
            new ReactionQuestionnaire.LikertItem("r1", "Materi sesuai kebutuhan <b>kerja</b>"),
            new ReactionQuestionnaire.LikertItem("r2", "Fasilitator menguasai materi")));

    static final KnowledgeTest TEST = new KnowledgeTest("2.0", List.of(
            new KnowledgeTest.TestItem("q1", "Apa kepanjangan SOP?", List.of("Standar Operasional Prosedur", "Surat Order"), 0, 1),
            new KnowledgeTest.TestItem("q2", "Berapa JP minimal setahun?", List.of("10", "20", "40"), 1, 2)));

    @Test
    public void aReactionFormGivesTheItemsItAnswers() {
        Map<String, String> form = Map.of("values.r1", "5", "values.r2", " 4 ", "comment", "  Bagus  ", "version", "1.0",
                "csrf", "x", "values.unknown", "3");
        Map<String, Integer> values = new LinkedHashMap<>();
        values.put("r1", 5);
        values.put("r2", 4);
        assertEquals(new ReactionSubmission("199001012015032001", "1.0", values, "Bagus"),
                AnswerForms.reaction("199001012015032001", form::get, REACTION));
    }

    @Test
    public void aBlankLikertAnswerIsLeftForTheServiceToRefuse() {
        ReactionSubmission s = AnswerForms.reaction("n", Map.of("values.r1", "2", "values.r2", "", "comment", " ")::get,
                REACTION);
        assertEquals(Map.of("r1", 2), s.values());
        assertEquals(null, s.comment());
        assertEquals(null, s.version());
    }

    @Test
    public void aTestKeepsUnansweredItemsAsNull() {
        Map<String, String> form = new HashMap<>(Map.of("choices.q2", "1", "version", "2.0"));
        Map<String, Integer> choices = new LinkedHashMap<>();
        choices.put("q1", null);
        choices.put("q2", 1);
        assertEquals(new TestSubmission("n", "2.0", choices), AnswerForms.test("n", form::get, TEST));
    }

    @Test
    public void aValueNoRadioButtonSendsIsRefusedBesideItsInput() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> AnswerForms.test("n", Map.of("choices.q1", "a", "choices.q2", "1.5")::get, TEST));
        assertEquals(List.of(FieldError.of("choices.q1", "forms.notAChoice"), FieldError.of("choices.q2", "forms.notAChoice")),
                e.errors());
    }

    @Test
    public void aFollowUpNamesTheWeeksOnlyAfterTheTraining() {
        BehaviourChecklist checklist = new BehaviourChecklist("1.0", List.of(
                new BehaviourChecklist.BehaviourIndicator("b1", "Menyapa warga"),
                new BehaviourChecklist.BehaviourIndicator("b2", "Menjelaskan prosedur")));
        Map<String, String> form = Map.of("ratings.b1", "3", "ratings.b2", "4");
        FollowUpSubmission after = AnswerForms.followUp(7, "s", "boss", FollowUpPhase.AFTER, 13, form::get, checklist);
        assertEquals(new FollowUpSubmission(7L, "s", "boss", FollowUpPhase.AFTER, 13, null, Map.of("b1", 3, "b2", 4)), after);
        FollowUpSubmission before = AnswerForms.followUp(7, "s", "boss", FollowUpPhase.BASELINE, 13, form::get, checklist);
        assertEquals(null, before.weeksAfterSession());
    }
}
