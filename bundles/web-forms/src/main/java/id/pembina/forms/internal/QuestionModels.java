package id.pembina.forms.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.pembina.catalog.spi.BehaviourChecklist;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.ReactionQuestionnaire;

/**
 * The questions of an instrument as the template shows them: per question its input name, its text and its
 * choices (value, label, checked when the posted form chose it).
 */
final class QuestionModels {

    private QuestionModels() {
    }

    /** Likert 1..5, each choice labelled with its number and meaning ({@code forms.likert.N}). */
    static List<Map<String, Object>> reaction(ReactionQuestionnaire q, Map<String, String> posted, Locale locale,
            Templates templates) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (ReactionQuestionnaire.LikertItem item : q.items()) {
            items.add(question("values." + item.id(), item.text(), scale(5, "forms.likert.", posted.get("values." + item.id()),
                    locale, templates)));
        }
        return items;
    }

    /** The options in the instrument's order, valued by their 0-based index as the service takes them. */
    static List<Map<String, Object>> test(KnowledgeTest test, Map<String, String> posted) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (KnowledgeTest.TestItem item : test.items()) {
            String field = "choices." + item.id();
            List<Map<String, Object>> options = new ArrayList<>();
            for (int i = 0; i < item.options().size(); i++) {
                options.add(option(Integer.toString(i), item.options().get(i), posted.get(field)));
            }
            items.add(question(field, item.question(), options));
        }
        return items;
    }

    /** Ratings 1..4, each labelled with its number and meaning ({@code forms.rating.N}). */
    static List<Map<String, Object>> behaviour(BehaviourChecklist checklist, Map<String, String> posted, Locale locale,
            Templates templates) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (BehaviourChecklist.BehaviourIndicator indicator : checklist.indicators()) {
            String field = "ratings." + indicator.id();
            items.add(question(field, indicator.text(), scale(4, "forms.rating.", posted.get(field), locale, templates)));
        }
        return items;
    }

    private static List<Map<String, Object>> scale(int top, String codePrefix, String chosen, Locale locale,
            Templates templates) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (int v = 1; v <= top; v++) {
            options.add(option(Integer.toString(v), v + " – " + templates.text(locale, codePrefix + v), chosen));
        }
        return options;
    }

    private static Map<String, Object> question(String field, String text, List<Map<String, Object>> options) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", field);
        // an HTML id: the field with its dot replaced, so that a CSS selector or label needs no escaping
        m.put("id", field.replace('.', '-'));
        m.put("text", text);
        m.put("options", options);
        return m;
    }

    private static Map<String, Object> option(String value, String label, String chosen) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", value);
        m.put("label", label);
        m.put("checked", value.equals(chosen));
        return m;
    }
}
