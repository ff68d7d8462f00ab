package id.pembina.forms.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.Messages;

/**
 * A refusal's field errors as a page shows them: the text of each error beside its input, and those of fields
 * the page has no input for (e.g. the NIP or the version) at the top.
 */
record Fields(Map<String, String> byField, List<String> general) {

    static final Fields NONE = new Fields(Map.of(), List.of());

    /** The evaluation service's code of an unanswered item. */
    static final String MISSING = "evaluation.itemMissing";

    /**
     * @param inputs the names of the page's inputs
     */
    static Fields of(List<FieldError> errors, Set<String> inputs, Messages messages, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (FieldError e : errors) {
            boolean beside = inputs.contains(e.field());
            // beside its question, "item R01 has no answer" says less than "choose an answer"
            String text = beside && MISSING.equals(e.code()) ? messages.text(locale, "forms.choose")
                    : messages.text(locale, e);
            if (beside) {
                byField.merge(e.field(), text, (a, b) -> a + "; " + b);
            } else {
                general.add(text);
            }
        }
        return new Fields(byField, general);
    }
}
