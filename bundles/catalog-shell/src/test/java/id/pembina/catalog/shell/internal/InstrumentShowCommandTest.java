package id.pembina.catalog.shell.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

import id.pembina.catalog.spi.BehaviourChecklist;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.platform.api.BundleMessages;
import id.pembina.platform.api.Messages;

public class InstrumentShowCommandTest {

    private static final Messages MESSAGES = Messages.of(List.of(
            new BundleMessages("id.pembina.catalog.shell.internal.texts", InstrumentShowCommand.class.getClassLoader())));

    @Test
    public void knowledgeTestWithItsAnswerKey() {
        assertEquals(List.of(
                "tes pengetahuan 1.0: 2 butir, 3 poin / knowledge test 1.0: 2 items, 3 points",
                "  T01  Indeks kepuasan masyarakat? (2)",
                "      a. IPK",
                "    * b. IKM",
                "  T02  Standar pelayanan? (1)",
                "    * a. SP",
                "      b. SOP"),
                InstrumentShowCommand.lines(new KnowledgeTest("1.0", List.of(
                        new KnowledgeTest.TestItem("T01", "Indeks kepuasan masyarakat?", List.of("IPK", "IKM"), 1, 2),
                        new KnowledgeTest.TestItem("T02", "Standar pelayanan?", List.of("SP", "SOP"), 0, 1))), MESSAGES));
    }

    @Test
    public void reactionAndBehaviourItems() {
        assertEquals(List.of("angket reaksi 1.1: 1 butir, anonim / reaction questionnaire 1.1: 1 items, anonymous",
                "  R01  Relevan"),
                InstrumentShowCommand.lines(new ReactionQuestionnaire("1.1", true,
                        List.of(new ReactionQuestionnaire.LikertItem("R01", "Relevan"))), MESSAGES));
        assertEquals(List.of("daftar periksa perilaku 1.0: 1 indikator / behaviour checklist 1.0: 1 indicators",
                "  B01  Menerapkan"),
                InstrumentShowCommand.lines(new BehaviourChecklist("1.0",
                        List.of(new BehaviourChecklist.BehaviourIndicator("B01", "Menerapkan"))), MESSAGES));
    }
}
