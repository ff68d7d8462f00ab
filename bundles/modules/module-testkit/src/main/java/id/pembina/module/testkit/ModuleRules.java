package id.pembina.module.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import id.pembina.catalog.spi.BehaviourChecklist;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.ProgramDefinition;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.catalog.spi.ResultsIndicator;
import id.pembina.catalog.spi.TrainingModule;

/**
 * The definition rules of a training module, for its unit test. They include what the Pembina
 * catalog checks before it offers a module (identifier patterns, unique ids, a valid answer key)
 * and the lengths its tables store, so a module that passes here is not refused at deployment for
 * its form. (The catalog also refuses a module whose programme code another module already
 * provides, or whose instrument version was stored earlier with other items: that needs the
 * running server and is not checked here.)
 * <pre>
 * ModuleRules.MINIMAL.check(new MyModule());            // what the catalog needs
 * ModuleRules.SEED.check(new KomunikasiEfektifModule()); // stricter: the modules shipped with Pembina
 * ModuleRules.checkComponentDescriptor(MyModule.class); // bnd made a DS component providing TrainingModule
 * </pre>
 * {@link #violations(TrainingModule)} lists every broken rule; {@link #check(TrainingModule)} fails
 * with all of them at once. Plain Java, no test framework needed.
 */
public final class ModuleRules {

    private static final Pattern MODULE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final Pattern PROGRAM_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");
    private static final Pattern ITEM_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Pattern RESULTS_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** The catalog stores option lists joined with this character. */
    private static final String SEPARATOR = "\u001F";
    private static final int MANY = Integer.MAX_VALUE;

    /** What every module must satisfy: at least one of everything, a valid answer key. */
    public static final ModuleRules MINIMAL = new ModuleRules(
            new Range(1, MANY), new Range(1, MANY), new Range(1, MANY), new Range(1, MANY),
            new Range(1, MANY), new Range(1, MANY), new Range(2, MANY), 1);

    /**
     * The seed modules' rules: 8-24 JP, 3-6 objectives, 10-15 reaction items, 15-20 test items of
     * exactly 4 options with the correct answer in at least 3 different positions, 5-8 behaviour
     * indicators, 2-4 results indicators.
     */
    public static final ModuleRules SEED = new ModuleRules(
            new Range(8, 24), new Range(3, 6), new Range(10, 15), new Range(15, 20),
            new Range(5, 8), new Range(2, 4), new Range(4, 4), 3);

    /** An inclusive range of counts. */
    public record Range(int min, int max) {
        boolean contains(int n) {
            return n >= min && n <= max;
        }

        @Override
        public String toString() {
            return max == MANY ? "at least " + min : min == max ? "exactly " + min : min + " to " + max;
        }
    }

    private final Range jp;
    private final Range objectives;
    private final Range reactionItems;
    private final Range testItems;
    private final Range behaviourIndicators;
    private final Range resultsIndicators;
    private final Range optionsPerItem;
    private final int minAnswerPositions;

    /**
     * @param minAnswerPositions the least number of different option positions holding a correct
     *                           answer across a test (so the key is not "always B")
     */
    public ModuleRules(Range jp, Range objectives, Range reactionItems, Range testItems,
            Range behaviourIndicators, Range resultsIndicators, Range optionsPerItem, int minAnswerPositions) {
        this.jp = jp;
        this.objectives = objectives;
        this.reactionItems = reactionItems;
        this.testItems = testItems;
        this.behaviourIndicators = behaviourIndicators;
        this.resultsIndicators = resultsIndicators;
        this.optionsPerItem = optionsPerItem;
        this.minAnswerPositions = minAnswerPositions;
    }

    /** @throws AssertionError listing every violation, if there is one */
    public void check(TrainingModule module) {
        List<String> v = violations(module);
        if (!v.isEmpty()) {
            throw new AssertionError(v.size() + " rule violation(s) in module " + module.id() + ":\n  "
                    + String.join("\n  ", v));
        }
    }

    /** @return every broken rule, empty if none */
    public List<String> violations(TrainingModule module) {
        List<String> v = new ArrayList<>();
        if (module.id() == null || !MODULE_ID.matcher(module.id()).matches()) {
            v.add("module id '" + module.id() + "' does not match " + MODULE_ID);
        }
        blank(v, module.name(), "module name");
        text(v, module.version(), "module version", 40);
        List<ProgramDefinition> programs = module.programs();
        if (programs == null || programs.isEmpty()) {
            v.add("module has no programme");
            return v;
        }
        if (!programs.equals(module.programs())) {
            v.add("programs() returns different definitions on each call; build them once");
        }
        Set<String> codes = new HashSet<>();
        for (ProgramDefinition p : programs) {
            String at = "programme " + p.code();
            if (p.code() == null || !PROGRAM_CODE.matcher(p.code()).matches()) {
                v.add(at + ": code does not match " + PROGRAM_CODE);
            } else if (!codes.add(p.code())) {
                v.add(at + ": code is not unique");
            }
            checkProgram(v, at, p);
        }
        return v;
    }

    private void checkProgram(List<String> v, String at, ProgramDefinition p) {
        text(v, p.title(), at + ": title", 300);
        text(v, p.description(), at + ": description", 4000);
        if (p.competencyType() == null) v.add(at + ": no competency type");
        if (p.deliveryMethod() == null) v.add(at + ": no delivery method");
        count(v, at + ": jp", p.jp(), jp);
        count(v, at + ": objectives", p.objectives().size(), objectives);
        texts(v, at + ": objective", p.objectives(), Function.identity());
        if (String.join(SEPARATOR, p.objectives()).length() > 8000) v.add(at + ": objectives longer than 8000 together");

        ReactionQuestionnaire r = p.reaction();
        if (r == null) {
            v.add(at + ": no reaction questionnaire");
        } else {
            text(v, r.version(), at + ": reaction version", 40);
            count(v, at + ": reaction items", r.items().size(), reactionItems);
            ids(v, at + ": reaction item", r.items(), ReactionQuestionnaire.LikertItem::id);
            texts(v, at + ": reaction item text", r.items(), ReactionQuestionnaire.LikertItem::text);
            longTexts(v, at + ": reaction item", r.items(), ReactionQuestionnaire.LikertItem::text);
        }

        KnowledgeTest t = p.knowledgeTest();
        if (t == null) {
            v.add(at + ": no knowledge test");
        } else {
            text(v, t.version(), at + ": test version", 40);
            count(v, at + ": test items", t.items().size(), testItems);
            ids(v, at + ": test item", t.items(), KnowledgeTest.TestItem::id);
            texts(v, at + ": test question", t.items(), KnowledgeTest.TestItem::question);
            longTexts(v, at + ": test question", t.items(), KnowledgeTest.TestItem::question);
            Set<Integer> positions = new HashSet<>();
            for (KnowledgeTest.TestItem i : t.items()) {
                String it = at + ": test item " + i.id();
                count(v, it + ": options", i.options().size(), optionsPerItem);
                texts(v, it + ": option", i.options(), Function.identity());
                String joined = String.join(SEPARATOR, i.options());
                if (joined.length() > 4000) v.add(it + ": options longer than 4000 together");
                if (i.options().stream().anyMatch(o -> o != null && o.contains(SEPARATOR))) {
                    v.add(it + ": an option contains the character U+001F");
                }
                if (i.answerIndex() < 0 || i.answerIndex() >= i.options().size()) {
                    v.add(it + ": answerIndex " + i.answerIndex() + " outside 0.." + (i.options().size() - 1));
                }
                if (i.points() < 1) v.add(it + ": points " + i.points() + " < 1");
                positions.add(i.answerIndex());
            }
            if (!t.items().isEmpty() && positions.size() < Math.min(minAnswerPositions, t.items().size())) {
                v.add(at + ": correct answers use only positions " + positions + "; need " + minAnswerPositions);
            }
        }

        BehaviourChecklist b = p.behaviour();
        if (b == null) {
            v.add(at + ": no behaviour checklist");
        } else {
            text(v, b.version(), at + ": behaviour version", 40);
            count(v, at + ": behaviour indicators", b.indicators().size(), behaviourIndicators);
            ids(v, at + ": behaviour indicator", b.indicators(), BehaviourChecklist.BehaviourIndicator::id);
            texts(v, at + ": behaviour indicator text", b.indicators(), BehaviourChecklist.BehaviourIndicator::text);
            longTexts(v, at + ": behaviour indicator", b.indicators(), BehaviourChecklist.BehaviourIndicator::text);
        }

        count(v, at + ": results indicators", p.results().size(), resultsIndicators);
        ids(v, at + ": results indicator", p.results(), ResultsIndicator::id);
        for (ResultsIndicator ri : p.results()) {
            String it = at + ": results indicator " + ri.id();
            if (ri.id() != null && (!RESULTS_ID.matcher(ri.id()).matches() || ri.id().length() > 60)) {
                v.add(it + ": id is not kebab-case of at most 60 characters");
            }
            text(v, ri.name(), it + ": name", 300);
            text(v, ri.unitOfMeasure(), it + ": unit of measure", 100);
            if (ri.direction() == null) v.add(it + ": no direction");
        }
    }

    /**
     * Checks that bnd turned {@code impl} into a DS component that provides {@code TrainingModule}:
     * {@code OSGI-INF/<class name>.xml} exists (bnd-maven-plugin writes it to target/classes before
     * the tests run) and DS can construct the class.
     */
    public static void checkComponentDescriptor(Class<?> impl) {
        String path = "OSGI-INF/" + impl.getName() + ".xml";
        String xml;
        try (InputStream in = impl.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError(path + " missing: is " + impl.getName()
                        + " annotated @Component(immediate = true) and is bnd-maven-plugin in the build?");
            }
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + path, e);
        }
        if (!xml.contains("interface=\"" + TrainingModule.class.getName() + "\"")) {
            throw new AssertionError(path + " does not provide " + TrainingModule.class.getName() + ":\n" + xml);
        }
        if (!TrainingModule.class.isAssignableFrom(impl) || !Modifier.isPublic(impl.getModifiers())) {
            throw new AssertionError(impl.getName() + " must be a public class implementing TrainingModule");
        }
        try {
            if (!Modifier.isPublic(impl.getConstructor().getModifiers())) throw new NoSuchMethodException();
        } catch (NoSuchMethodException e) {
            throw new AssertionError(impl.getName() + " needs a public no-argument constructor for DS");
        }
    }

    private static void blank(List<String> v, String s, String what) {
        if (s == null || s.isBlank()) v.add(what + " is blank");
    }

    private static void text(List<String> v, String s, String what, int max) {
        blank(v, s, what);
        if (s != null && s.length() > max) v.add(what + " is longer than " + max);
    }

    private static void count(List<String> v, String what, int n, Range range) {
        if (!range.contains(n)) v.add(what + ": " + n + ", expected " + range);
    }

    private static <T> void ids(List<String> v, String what, List<T> items, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String i = id.apply(item);
            if (i == null || i.isBlank()) v.add(what + " has a blank id");
            else if (!ITEM_ID.matcher(i).matches()) v.add(what + " id '" + i + "' does not match " + ITEM_ID);
            else if (!seen.add(i)) v.add(what + " id " + i + " is not unique");
        }
    }

    private static <T> void longTexts(List<String> v, String what, List<T> items, Function<T, String> text) {
        for (T item : items) {
            String s = text.apply(item);
            if (s != null && s.length() > 2000) v.add(what + " text longer than 2000: " + s.substring(0, 40) + "...");
        }
    }

    private static <T> void texts(List<String> v, String what, List<T> items, Function<T, String> text) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String s = text.apply(item);
            if (s == null || s.isBlank()) v.add(what + " is blank");
            else if (!seen.add(s.strip())) v.add(what + " '" + s + "' appears twice");
        }
    }
}
