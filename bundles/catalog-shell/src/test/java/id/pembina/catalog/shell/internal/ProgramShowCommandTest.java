package id.pembina.catalog.shell.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

import id.pembina.catalog.api.InstrumentKind;
import id.pembina.catalog.api.Program;
import id.pembina.catalog.api.ProgramDetail;
import id.pembina.catalog.spi.BehaviourChecklist;
import id.pembina.catalog.spi.CompetencyType;
import id.pembina.catalog.spi.DeliveryMethod;
import id.pembina.catalog.spi.IndexTrainingType;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.catalog.spi.ResultsIndicator;
import id.pembina.platform.api.BundleMessages;
import id.pembina.platform.api.Messages;

public class ProgramShowCommandTest {

    private static final Messages MESSAGES = Messages.of(List.of(
            new BundleMessages("id.pembina.catalog.shell.internal.texts", ProgramShowCommand.class.getClassLoader())));

    @Test
    public void theIndexTrainingTypeSaysWhoDecidedIt() {
        Program set = new Program("PKA-01", "PKA", "Uraian", CompetencyType.MANAJERIAL, DeliveryMethod.PELATIHAN, 40,
                List.of("Memimpin"), "fixture", "1.0.0", true, IndexTrainingType.PKA, true);
        assertEquals("PKA-01: jenis pelatihan IP ASN PKA (ditetapkan operator) / PKA-01: IP ASN training type PKA "
                + "(set by an operator)", ProgramIndexTypeCommand.line(set, MESSAGES));
    }

    @Test
    public void instrumentsAndStoredVersionsInBothLanguages() {
        ProgramDetail detail = new ProgramDetail(
                new Program("FIX-01", "Program Uji", "Uraian", CompetencyType.TEKNIS, DeliveryMethod.PELATIHAN, 8,
                        List.of("Memahami"), "fixture", "1.1.0", false),
                new ReactionQuestionnaire("1.1", true, List.of(new ReactionQuestionnaire.LikertItem("R01", "Relevan"))),
                new KnowledgeTest("1.1", List.of(new KnowledgeTest.TestItem("T01", "?", List.of("A", "B"), 0, 2))),
                new BehaviourChecklist("1.0", List.of(new BehaviourChecklist.BehaviourIndicator("B01", "Menerapkan"))),
                List.of(new ResultsIndicator("pengaduan", "Pengaduan", "pengaduan/bulan",
                        ResultsIndicator.Direction.LOWER_IS_BETTER)),
                List.of(new ProgramDetail.InstrumentVersion(InstrumentKind.KNOWLEDGE_TEST, "1.0", "1.0.0")));
        assertEquals(List.of(
                "FIX-01 Program Uji (8 JP, TEKNIS, PELATIHAN)",
                "  modul fixture 1.1.0, sedang tidak terpasang (data tetap ada) / module fixture 1.1.0, not installed now (records stay)",
                "  FIX-01: jenis pelatihan IP ASN TEKNIS (sesuai pernyataan modul) / FIX-01: IP ASN training type TEKNIS (as the module declares)",
                "  angket reaksi 1.1: 1 butir, anonim / reaction questionnaire 1.1: 1 items, anonymous",
                "  tes pengetahuan 1.1: 1 butir, 2 poin / knowledge test 1.1: 1 items, 2 points",
                "  daftar periksa perilaku 1.0: 1 indikator / behaviour checklist 1.0: 1 indicators",
                "  indikator hasil pengaduan (pengaduan/bulan, LOWER_IS_BETTER) / results indicator pengaduan (pengaduan/bulan, LOWER_IS_BETTER)",
                "  tersimpan: KNOWLEDGE_TEST 1.0 (modul 1.0.0) / stored: KNOWLEDGE_TEST 1.0 (module 1.0.0)"),
                ProgramShowCommand.lines(detail, MESSAGES));
    }
}
