package id.pembina.catalog.internal;

import static id.pembina.catalog.internal.Fixtures.module;
import static id.pembina.catalog.internal.Fixtures.program;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.Test;

import id.pembina.catalog.internal.Fixtures.FakeModule;
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

/** What the catalog requires of a module before it offers the module's programmes. */
public class ModuleRulesTest {

    private static final String CODE = "KOM-PELAYANAN";
    private static final ProgramDefinition VALID = program(CODE, 12, "1.0");

    private static List<String> check(ProgramDefinition... programs) {
        return ModuleRules.check(module("komunikasi-efektif", "1.0.0", programs));
    }

    private static ProgramDefinition withInstruments(ReactionQuestionnaire r, KnowledgeTest t, BehaviourChecklist b) {
        return new ProgramDefinition(CODE, VALID.title(), VALID.description(), VALID.competencyType(),
                VALID.deliveryMethod(), VALID.jp(), VALID.objectives(), r, t, b, VALID.results());
    }

    private static ProgramDefinition withTest(TestItem... items) {
        return withInstruments(VALID.reaction(), new KnowledgeTest("1.0", Arrays.asList(items)), VALID.behaviour());
    }

    private static ProgramDefinition withBasics(String title, String description, CompetencyType type,
            DeliveryMethod method, int jp, List<String> objectives) {
        return new ProgramDefinition(CODE, title, description, type, method, jp, objectives, VALID.reaction(),
                VALID.knowledgeTest(), VALID.behaviour(), VALID.results());
    }

    private static TestItem item(String id, List<String> options, int answer, int points) {
        return new TestItem(id, "Pertanyaan " + id, options, answer, points);
    }

    @Test
    public void validModulePasses() {
        assertEquals(List.of(), check(VALID));
        assertEquals(List.of(), check(VALID, program("KOM-TULIS", 8, "2.3")));
    }

    @Test
    public void moduleIdMustBeLowerCaseWordsWithDashes() {
        for (String bad : Arrays.asList("Komunikasi-Efektif", "komunikasi efektif", "-komunikasi", "", "a".repeat(61),
                null)) {
            List<String> problems = ModuleRules.check(new FakeModule(bad, "Komunikasi", "1.0.0", List.of(VALID)));
            assertEquals(String.valueOf(bad), List.of("module id must match " + ModuleRules.MODULE_ID + ": " + bad),
                    problems);
        }
        assertEquals(List.of(), ModuleRules.check(module("a".repeat(60), "1.0.0", VALID)));
        assertEquals(List.of(), ModuleRules.check(module("0-layanan-2", "1.0.0", VALID)));
    }

    @Test
    public void moduleNeedsNameAndVersion() {
        assertEquals(List.of("module name is blank"),
                ModuleRules.check(new FakeModule("komunikasi-efektif", " ", "1.0.0", List.of(VALID))));
        assertEquals(List.of("module version is blank or longer than 40"),
                ModuleRules.check(new FakeModule("komunikasi-efektif", "Komunikasi", null, List.of(VALID))));
        assertEquals(List.of("module version is blank or longer than 40"),
                ModuleRules.check(new FakeModule("komunikasi-efektif", "Komunikasi", "1".repeat(41), List.of(VALID))));
    }

    @Test
    public void moduleWithoutProgrammeIsRefused() {
        assertEquals(List.of("module defines no programme"),
                ModuleRules.check(new FakeModule("komunikasi-efektif", "Komunikasi", "1.0.0", List.of())));
        assertEquals(List.of("module defines no programme"),
                ModuleRules.check(new FakeModule("komunikasi-efektif", "Komunikasi", "1.0.0", null)));
    }

    @Test
    public void programmeCodeMustBeUpperCase() {
        assertEquals(List.of("programme code must match " + ModuleRules.PROGRAM_CODE + ": kom-pelayanan"),
                check(program("kom-pelayanan", 12, "1.0")));
        assertEquals(List.of("programme code must match " + ModuleRules.PROGRAM_CODE + ": " + "A".repeat(41)),
                check(program("A".repeat(41), 12, "1.0")));
    }

    @Test
    public void duplicateProgrammeCodeIsReported() {
        assertEquals(List.of(CODE + ": programme code used twice"), check(VALID, program(CODE, 8, "2.0")));
    }

    @Test
    public void programmeBasicsAreRequired() {
        assertEquals(List.of(CODE + ": title blank or longer than 300"),
                check(withBasics(" ", "x", CompetencyType.TEKNIS, DeliveryMethod.PELATIHAN, 12, List.of("o"))));
        assertEquals(List.of(CODE + ": title blank or longer than 300"),
                check(withBasics("t".repeat(301), "x", CompetencyType.TEKNIS, DeliveryMethod.PELATIHAN, 12, List.of("o"))));
        assertEquals(List.of(CODE + ": description missing or longer than 4000"),
                check(withBasics("t", null, CompetencyType.TEKNIS, DeliveryMethod.PELATIHAN, 12, List.of("o"))));
        assertEquals(List.of(CODE + ": competency type and delivery method are required"),
                check(withBasics("t", "", null, DeliveryMethod.PELATIHAN, 12, List.of("o"))));
        assertEquals(List.of(CODE + ": competency type and delivery method are required"),
                check(withBasics("t", "", CompetencyType.MANAJERIAL, null, 12, List.of("o"))));
        assertEquals(List.of(CODE + ": jp must be 1 to 1000"),
                check(withBasics("t", "", CompetencyType.TEKNIS, DeliveryMethod.SEMINAR, 0, List.of("o"))));
        assertEquals(List.of(CODE + ": jp must be 1 to 1000"),
                check(withBasics("t", "", CompetencyType.TEKNIS, DeliveryMethod.SEMINAR, 1001, List.of("o"))));
        assertEquals(List.of(), check(withBasics("t", "", CompetencyType.TEKNIS, DeliveryMethod.SEMINAR, 1000, List.of("o"))));
        assertEquals(List.of(CODE + ": at least one objective, none blank"),
                check(withBasics("t", "", CompetencyType.TEKNIS, DeliveryMethod.PELATIHAN, 12, List.of())));
        assertEquals(List.of(CODE + ": at least one objective, none blank"),
                check(withBasics("t", "", CompetencyType.TEKNIS, DeliveryMethod.PELATIHAN, 12, List.of("o", " "))));
    }

    @Test
    public void answerIndexMustPointAtAnOption() {
        List<String> abc = List.of("A", "B", "C");
        assertEquals(List.of(CODE + ": test item q1 has no valid answer"), check(withTest(item("q1", abc, 3, 1))));
        assertEquals(List.of(CODE + ": test item q1 has no valid answer"), check(withTest(item("q1", abc, -1, 1))));
        assertEquals(List.of(), check(withTest(item("q1", abc, 2, 1))));
    }

    @Test
    public void optionsMustBeTwoOrMoreAndDistinct() {
        assertEquals(List.of(CODE + ": test item q1 needs two or more distinct options"),
                check(withTest(item("q1", List.of("Ya", "Tidak", "Ya"), 0, 1))));
        assertEquals(List.of(CODE + ": test item q1 needs two or more distinct options"),
                check(withTest(item("q1", List.of("Ya"), 0, 1))));
        assertEquals(List.of(CODE + ": test item q1 needs two or more distinct options"),
                check(withTest(item("q1", List.of("Ya", " "), 0, 1))));
    }

    @Test
    public void itemsAreWorthAtLeastOnePoint() {
        assertEquals(List.of(CODE + ": test item q1 must be worth at least 1 point"),
                check(withTest(item("q1", List.of("Ya", "Tidak"), 0, 0))));
    }

    @Test
    public void blankTextsAreReported() {
        assertEquals(List.of(CODE + ": reaction item needs a unique id and a text"), check(withInstruments(
                new ReactionQuestionnaire("1.0", true, List.of(new LikertItem("r1", " "))), VALID.knowledgeTest(),
                VALID.behaviour())));
        assertEquals(List.of(CODE + ": test item needs a unique id and a question"),
                check(withTest(new TestItem("q1", "", List.of("Ya", "Tidak"), 0, 1))));
        assertEquals(List.of(CODE + ": behaviour indicator needs a unique id and a text"), check(withInstruments(
                VALID.reaction(), VALID.knowledgeTest(),
                new BehaviourChecklist("1.0", List.of(new BehaviourIndicator("b1", null))))));
    }

    @Test
    public void missingVersionsAreReported() {
        assertEquals(List.of(CODE + ": reaction questionnaire needs a version and items"), check(withInstruments(
                new ReactionQuestionnaire(null, true, VALID.reaction().items()), VALID.knowledgeTest(), VALID.behaviour())));
        assertEquals(List.of(CODE + ": knowledge test needs a version and items"), check(withInstruments(
                VALID.reaction(), new KnowledgeTest(" ", VALID.knowledgeTest().items()), VALID.behaviour())));
        assertEquals(List.of(CODE + ": behaviour checklist needs a version and indicators"), check(withInstruments(
                VALID.reaction(), VALID.knowledgeTest(), new BehaviourChecklist("", VALID.behaviour().indicators()))));
    }

    @Test
    public void missingInstrumentsAreReported() {
        assertEquals(List.of(CODE + ": reaction questionnaire needs a version and items",
                CODE + ": knowledge test needs a version and items",
                CODE + ": behaviour checklist needs a version and indicators"), check(withInstruments(null, null, null)));
        assertEquals(List.of(CODE + ": reaction questionnaire needs a version and items",
                CODE + ": knowledge test needs a version and items",
                CODE + ": behaviour checklist needs a version and indicators"), check(withInstruments(
                        new ReactionQuestionnaire("1.0", true, List.of()), new KnowledgeTest("1.0", List.of()),
                        new BehaviourChecklist("1.0", List.of()))));
    }

    @Test
    public void duplicateItemIdsAreReported() {
        assertEquals(List.of(CODE + ": reaction item needs a unique id and a text"), check(withInstruments(
                new ReactionQuestionnaire("1.0", false, List.of(new LikertItem("r1", "a"), new LikertItem("r1", "b"))),
                VALID.knowledgeTest(), VALID.behaviour())));
        assertEquals(List.of(CODE + ": test item needs a unique id and a question"),
                check(withTest(item("q1", List.of("Ya", "Tidak"), 0, 1), item("q1", List.of("Ya", "Tidak"), 1, 1))));
        assertEquals(List.of(CODE + ": behaviour indicator needs a unique id and a text"), check(withInstruments(
                VALID.reaction(), VALID.knowledgeTest(), new BehaviourChecklist("1.0", List.of(
                        new BehaviourIndicator("b1", "a"), new BehaviourIndicator("b1", "b"))))));
        ProgramDefinition results = new ProgramDefinition(CODE, "t", "", CompetencyType.TEKNIS, DeliveryMethod.PELATIHAN,
                12, List.of("o"), VALID.reaction(), VALID.knowledgeTest(), VALID.behaviour(), List.of(
                        new ResultsIndicator("ikm", "IKM", "indeks 25-100", ResultsIndicator.Direction.HIGHER_IS_BETTER),
                        new ResultsIndicator("ikm", "IKM unit", "indeks", ResultsIndicator.Direction.HIGHER_IS_BETTER)));
        assertEquals(List.of(CODE + ": results indicator needs a unique id, name, unit of measure and direction"),
                check(results));
    }

    @Test
    public void badItemIdsAreReported() {
        assertEquals(List.of(CODE + ": reaction item needs a unique id and a text"), check(withInstruments(
                new ReactionQuestionnaire("1.0", false, List.of(new LikertItem("r 1", "a"))), VALID.knowledgeTest(),
                VALID.behaviour())));
        ProgramDefinition noDirection = new ProgramDefinition(CODE, "t", "", CompetencyType.TEKNIS,
                DeliveryMethod.PELATIHAN, 12, List.of("o"), VALID.reaction(), VALID.knowledgeTest(), VALID.behaviour(),
                List.of(new ResultsIndicator("ikm", "IKM", "indeks", null)));
        assertEquals(List.of(CODE + ": results indicator needs a unique id, name, unit of measure and direction"),
                check(noDirection));
    }

    @Test
    public void textsMustFitTheirColumnsAndHoldNoControlCharacters() {
        assertEquals(List.of(CODE + ": control characters in options of test item q1"),
                check(withTest(item("q1", List.of("Ya\u001FTidak", "Tidak"), 0, 1))));
        assertEquals(List.of(CODE + ": options of test item q1 longer than 4000 characters together"),
                check(withTest(item("q1", List.of("a".repeat(2000), "b".repeat(2000)), 0, 1))));
        assertEquals(List.of(CODE + ": control characters in title"),
                check(withBasics("Judul\u0000", "", CompetencyType.TEKNIS, DeliveryMethod.PELATIHAN, 12, List.of("o"))));
        assertEquals(List.of(CODE + ": control characters in description"),
                check(withBasics("Judul", "a\u0000b", CompetencyType.TEKNIS, DeliveryMethod.PELATIHAN, 12, List.of("o"))));
        assertEquals(List.of(), check(withBasics("Judul", "Baris satu\nBaris dua", CompetencyType.TEKNIS,
                DeliveryMethod.PELATIHAN, 12, List.of("o"))));
        assertEquals(List.of(CODE + ": control characters in objectives"),
                check(withBasics("Judul", "", CompetencyType.TEKNIS, DeliveryMethod.PELATIHAN, 12, List.of("a\u001Fb"))));
        assertEquals(List.of(CODE + ": item texts are at most 2000 characters"), check(withInstruments(
                new ReactionQuestionnaire("1.0", true, List.of(new LikertItem("r1", "x".repeat(2001)))),
                VALID.knowledgeTest(), VALID.behaviour())));
        assertEquals(List.of(CODE + ": control characters in item texts"), check(withInstruments(VALID.reaction(),
                VALID.knowledgeTest(), new BehaviourChecklist("1.0", List.of(new BehaviourIndicator("b1", "x\u0000"))))));
        assertEquals(List.of(CODE + ": knowledge test version longer than 40 or with control characters"),
                check(withInstruments(VALID.reaction(), new KnowledgeTest("1".repeat(41),
                        VALID.knowledgeTest().items()), VALID.behaviour())));
    }

    @Test
    public void everyProblemIsReportedAtOnce() {
        ProgramDefinition broken = new ProgramDefinition(CODE, " ", "", CompetencyType.TEKNIS, DeliveryMethod.PELATIHAN,
                0, List.of("o"), VALID.reaction(), new KnowledgeTest("1.0", List.of(item("q1", List.of("A", "A"), 2, 1))),
                VALID.behaviour(), List.of());
        List<String> problems = ModuleRules.check(new FakeModule("Bad Id", "Komunikasi", "1.0.0", List.of(broken)));
        assertEquals(List.of("module id must match " + ModuleRules.MODULE_ID + ": Bad Id",
                CODE + ": title blank or longer than 300", CODE + ": jp must be 1 to 1000",
                CODE + ": test item q1 needs two or more distinct options", CODE + ": test item q1 has no valid answer"),
                problems);
        assertTrue(problems.stream().allMatch(p -> !p.isBlank()));
    }
}
