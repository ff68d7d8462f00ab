package id.pembina.catalog.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import id.pembina.catalog.spi.BehaviourChecklist;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.ProgramDefinition;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.catalog.spi.ResultsIndicator;
import id.pembina.catalog.spi.TrainingModule;

/** What the catalog requires of a module's definitions before it offers them. */
final class ModuleRules {

    static final Pattern MODULE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    static final Pattern PROGRAM_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");
    static final Pattern ITEM_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private ModuleRules() {
    }

    /** @return the problems found, empty when the module can be offered */
    static final Pattern COMPETENCY = Pattern.compile("[A-Za-z0-9._-]{1,60}");

    /**
     * What a module declares a programme develops, kept to well-formed codes without repeats; a module
     * that throws declares nothing (its programmes stay offered).
     */
    static List<String> competencies(TrainingModule m, String programCode) {
        List<String> declared;
        try {
            declared = m.competencies(programCode);
        } catch (RuntimeException | LinkageError e) {
            return List.of();
        }
        if (declared == null) {
            return List.of();
        }
        return declared.stream().filter(c -> c != null && COMPETENCY.matcher(c).matches()).distinct().toList();
    }

    static List<String> check(TrainingModule m) {
        List<String> p = new ArrayList<>();
        if (m.id() == null || !MODULE_ID.matcher(m.id()).matches()) {
            p.add("module id must match " + MODULE_ID + ": " + m.id());
        }
        if (blank(m.name())) {
            p.add("module name is blank");
        }
        if (blank(m.version()) || m.version().length() > 40) {
            p.add("module version is blank or longer than 40");
        }
        List<ProgramDefinition> programs = m.programs();
        if (programs == null || programs.isEmpty()) {
            p.add("module defines no programme");
            return p;
        }
        Set<String> codes = new HashSet<>();
        for (ProgramDefinition d : programs) {
            String code = d.code();
            if (code == null || !PROGRAM_CODE.matcher(code).matches()) {
                p.add("programme code must match " + PROGRAM_CODE + ": " + code);
                continue;
            }
            if (!codes.add(code)) {
                p.add(code + ": programme code used twice");
            }
            if (blank(d.title()) || d.title().length() > 300) {
                p.add(code + ": title blank or longer than 300");
            }
            if (d.description() == null || d.description().length() > 4000) {
                p.add(code + ": description missing or longer than 4000");
            }
            if (d.competencyType() == null || d.deliveryMethod() == null) {
                p.add(code + ": competency type and delivery method are required");
            }
            if (d.jp() < 1 || d.jp() > 1000) {
                p.add(code + ": jp must be 1 to 1000");
            }
            if (d.objectives().isEmpty() || d.objectives().stream().anyMatch(ModuleRules::blank)) {
                p.add(code + ": at least one objective, none blank");
            }
            storable(code, d, p);
            reaction(code, d.reaction(), p);
            test(code, d.knowledgeTest(), p);
            behaviour(code, d.behaviour(), p);
            Set<String> ids = new HashSet<>();
            for (ResultsIndicator r : d.results()) {
                if (r == null || r.id() == null || !ITEM_ID.matcher(r.id()).matches() || !ids.add(r.id())
                        || blank(r.name()) || blank(r.unitOfMeasure()) || r.direction() == null) {
                    p.add(code + ": results indicator needs a unique id, name, unit of measure and direction");
                }
            }
        }
        return p;
    }

    private static void reaction(String code, ReactionQuestionnaire q, List<String> p) {
        if (q == null || blank(q.version()) || q.items().isEmpty()) {
            p.add(code + ": reaction questionnaire needs a version and items");
            return;
        }
        Set<String> ids = new HashSet<>();
        q.items().forEach(i -> {
            if (i == null || i.id() == null || !ITEM_ID.matcher(i.id()).matches() || !ids.add(i.id()) || blank(i.text())) {
                p.add(code + ": reaction item needs a unique id and a text");
            }
        });
    }

    private static void test(String code, KnowledgeTest t, List<String> p) {
        if (t == null || blank(t.version()) || t.items().isEmpty()) {
            p.add(code + ": knowledge test needs a version and items");
            return;
        }
        Set<String> ids = new HashSet<>();
        for (KnowledgeTest.TestItem i : t.items()) {
            if (i == null || i.id() == null || !ITEM_ID.matcher(i.id()).matches() || !ids.add(i.id()) || blank(i.question())) {
                p.add(code + ": test item needs a unique id and a question");
                continue;
            }
            if (i.options().size() < 2 || i.options().stream().anyMatch(ModuleRules::blank)
                    || new HashSet<>(i.options()).size() != i.options().size()) {
                p.add(code + ": test item " + i.id() + " needs two or more distinct options");
            }
            if (i.answerIndex() < 0 || i.answerIndex() >= i.options().size()) {
                p.add(code + ": test item " + i.id() + " has no valid answer");
            }
            if (i.points() < 1) {
                p.add(code + ": test item " + i.id() + " must be worth at least 1 point");
            }
        }
    }

    private static void behaviour(String code, BehaviourChecklist b, List<String> p) {
        if (b == null || blank(b.version()) || b.indicators().isEmpty()) {
            p.add(code + ": behaviour checklist needs a version and indicators");
            return;
        }
        Set<String> ids = new HashSet<>();
        b.indicators().forEach(i -> {
            if (i == null || i.id() == null || !ITEM_ID.matcher(i.id()).matches() || !ids.add(i.id()) || blank(i.text())) {
                p.add(code + ": behaviour indicator needs a unique id and a text");
            }
        });
    }

    /**
     * Texts must fit their columns and hold no control characters where PostgreSQL refuses them
     * (U+0000) or where they would break a stored list (U+001F); without this a module fails with a
     * database error, or its items read back differently and a later arrival looks like a change.
     */
    private static void storable(String code, ProgramDefinition d, List<String> p) {
        List<String> bad = new ArrayList<>();
        if (SessionRules.hasControl(d.title())) {
            bad.add("title");
        }
        if (SessionRules.hasControlInNote(d.description())) {
            bad.add("description");
        }
        if (d.objectives().stream().anyMatch(SessionRules::hasControl)) {
            bad.add("objectives");
        }
        if (String.join(Jdbc.SEP, d.objectives()).length() > 8000) {
            p.add(code + ": objectives longer than 8000 characters together");
        }
        for (String[] v : new String[][] {{"reaction", d.reaction() == null ? null : d.reaction().version()},
            {"knowledge test", d.knowledgeTest() == null ? null : d.knowledgeTest().version()},
            {"behaviour", d.behaviour() == null ? null : d.behaviour().version()}}) {
            if (v[1] != null && (v[1].length() > 40 || SessionRules.hasControl(v[1]))) {
                p.add(code + ": " + v[0] + " version longer than 40 or with control characters");
            }
        }
        List<String> texts = new ArrayList<>();
        if (d.reaction() != null) {
            d.reaction().items().forEach(i -> texts.add(i == null ? null : i.text()));
        }
        if (d.behaviour() != null) {
            d.behaviour().indicators().forEach(i -> texts.add(i == null ? null : i.text()));
        }
        if (d.knowledgeTest() != null) {
            for (KnowledgeTest.TestItem i : d.knowledgeTest().items()) {
                if (i == null) {
                    continue;
                }
                texts.add(i.question());
                if (i.options().stream().anyMatch(SessionRules::hasControl)) {
                    bad.add("options of test item " + i.id());
                }
                if (String.join(Jdbc.SEP, i.options()).length() > 4000) {
                    p.add(code + ": options of test item " + i.id() + " longer than 4000 characters together");
                }
            }
        }
        if (texts.stream().anyMatch(t -> t != null && t.length() > 2000)) {
            p.add(code + ": item texts are at most 2000 characters");
        }
        if (texts.stream().anyMatch(SessionRules::hasControlInNote)) {
            bad.add("item texts");
        }
        for (ResultsIndicator r : d.results()) {
            if (r != null && ((r.name() != null && r.name().length() > 300)
                    || (r.unitOfMeasure() != null && r.unitOfMeasure().length() > 100))) {
                p.add(code + ": results indicator " + r.id() + ": name at most 300, unit at most 100 characters");
            }
            if (r != null && (SessionRules.hasControl(r.name()) || SessionRules.hasControl(r.unitOfMeasure()))) {
                bad.add("results indicator " + r.id());
            }
        }
        bad.forEach(what -> p.add(code + ": control characters in " + what));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
