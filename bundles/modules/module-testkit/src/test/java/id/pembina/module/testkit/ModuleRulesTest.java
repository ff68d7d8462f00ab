package id.pembina.module.testkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;

import org.junit.Test;

import id.pembina.catalog.spi.BehaviourChecklist;
import id.pembina.catalog.spi.BehaviourChecklist.BehaviourIndicator;
import id.pembina.catalog.spi.CompetencyType;
import id.pembina.catalog.spi.DeliveryMethod;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.KnowledgeTest.TestItem;
import id.pembina.catalog.spi.ProgramDefinition;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.catalog.spi.ReactionQuestionnaire.LikertItem;
import id.pembina.catalog.spi.ResultsIndicator;
import id.pembina.catalog.spi.ResultsIndicator.Direction;
import id.pembina.catalog.spi.TrainingModule;

public class ModuleRulesTest {

    private static ProgramDefinition program(String code, List<TestItem> items, List<ResultsIndicator> results) {
        return new ProgramDefinition(code, "Judul", "Deskripsi", CompetencyType.TEKNIS, DeliveryMethod.PELATIHAN, 4,
                List.of("Tujuan"),
                new ReactionQuestionnaire("1.0", false, List.of(new LikertItem("R01", "Materi relevan."))),
                new KnowledgeTest("1.0", items),
                new BehaviourChecklist("1.0", List.of(new BehaviourIndicator("B01", "Menerapkan."))),
                results);
    }

    private static TrainingModule module(String id, ProgramDefinition... programs) {
        List<ProgramDefinition> list = List.of(programs);
        return new TrainingModule() {
            public String id() { return id; }
            public String name() { return "Modul"; }
            public String version() { return "1.0.0"; }
            public List<ProgramDefinition> programs() { return list; }
        };
    }

    private static final TestItem GOOD_ITEM = new TestItem("T01", "Pertanyaan?", List.of("a", "b"), 1, 1);
    private static final List<ResultsIndicator> GOOD_RESULTS =
            List.of(new ResultsIndicator("pengaduan-per-bulan", "Pengaduan", "pengaduan/bulan", Direction.LOWER_IS_BETTER));

    @Test
    public void aMinimalValidModulePasses() {
        ModuleRules.MINIMAL.check(module("contoh", program("CONTOH-01", List.of(GOOD_ITEM), GOOD_RESULTS)));
    }

    @Test
    public void reportsEveryViolation() {
        TrainingModule bad = module("Contoh Modul",
                program("contoh", List.of(
                        new TestItem("T01", "Pertanyaan?", List.of("a", "a"), 2, 0),
                        new TestItem("T01", " ", List.of("a"), -1, 1)), List.of(
                        new ResultsIndicator("Pengaduan", "Pengaduan", "", null))),
                program("contoh", List.of(GOOD_ITEM), GOOD_RESULTS));
        List<String> v = ModuleRules.MINIMAL.violations(bad);
        String all = String.join("\n", v);
        for (String expected : List.of(
                "module id 'Contoh Modul' does not match",
                "programme contoh: code does not match",
                "option 'a' appears twice",
                "answerIndex 2 outside 0..1",
                "points 0 < 1",
                "test item id T01 is not unique",
                "test question is blank",
                "test item T01: options: 1, expected at least 2",
                "answerIndex -1 outside 0..0",
                "results indicator Pengaduan: id is not kebab-case",
                "unit of measure is blank",
                "no direction")) {
            assertTrue("missing '" + expected + "' in:\n" + all, all.contains(expected));
        }
    }

    @Test
    public void lengthsAndIdsAreThoseTheCatalogStores() {
        ProgramDefinition p = new ProgramDefinition("-KODE", "J".repeat(301), "Deskripsi", CompetencyType.TEKNIS,
                DeliveryMethod.PELATIHAN, 4, List.of("Tujuan"),
                new ReactionQuestionnaire("1.0", false, List.of(new LikertItem("R 01", "Materi relevan."))),
                new KnowledgeTest("1.0", List.of(GOOD_ITEM)),
                new BehaviourChecklist("1.0", List.of(new BehaviourIndicator("B01", "x".repeat(2001)))),
                GOOD_RESULTS);
        String all = String.join("\n", ModuleRules.MINIMAL.violations(module("-contoh", p)));
        for (String expected : List.of("module id '-contoh' does not match", "programme -KODE: code does not match",
                "title is longer than 300", "reaction item id 'R 01' does not match",
                "behaviour indicator text longer than 2000")) {
            assertTrue("missing '" + expected + "' in:\n" + all, all.contains(expected));
        }
    }

    @Test
    public void duplicateProgrammeCodesAreRefused() {
        ProgramDefinition p = program("CONTOH-01", List.of(GOOD_ITEM), GOOD_RESULTS);
        assertEquals(List.of("programme CONTOH-01: code is not unique"),
                ModuleRules.MINIMAL.violations(module("contoh", p, p)));
    }

    @Test
    public void seedRulesAskForMoreItemsAndAVariedAnswerKey() {
        List<TestItem> sameKey = List.of(GOOD_ITEM,
                new TestItem("T02", "Kedua?", List.of("a", "b", "c", "d"), 1, 1),
                new TestItem("T03", "Ketiga?", List.of("a", "b", "c", "d"), 1, 2));
        List<String> v = ModuleRules.SEED.violations(module("contoh", program("CONTOH-01", sameKey, GOOD_RESULTS)));
        String all = String.join("\n", v);
        assertTrue(all, all.contains("jp: 4, expected 8 to 24"));
        assertTrue(all, all.contains("reaction items: 1, expected 10 to 15"));
        assertTrue(all, all.contains("test item T01: options: 2, expected exactly 4"));
        assertTrue(all, !all.contains("test item T02: options"));
        assertTrue(all, all.contains("correct answers use only positions [1]; need 3"));
    }

    @Test
    public void checkFailsWithTheList() {
        try {
            ModuleRules.MINIMAL.check(module("contoh"));
            fail();
        } catch (AssertionError e) {
            assertTrue(e.getMessage(), e.getMessage().contains("module has no programme"));
        }
    }

    @Test
    public void aClassWithoutDescriptorIsRefused() {
        try {
            ModuleRules.checkComponentDescriptor(ModuleRulesTest.class);
            fail();
        } catch (AssertionError e) {
            assertTrue(e.getMessage(), e.getMessage().contains("OSGI-INF/" + ModuleRulesTest.class.getName() + ".xml missing"));
        }
    }
}
