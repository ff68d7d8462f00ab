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

    /**
     * @param inputs the names of the page's inputs
     */
    static Fields of(List<FieldError> errors, Set<String> inputs, Messages messages, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (FieldError e : errors) {
            String text = messages.text(locale, e);
            if (inputs.contains(e.field())) {
                byField.merge(e.field(), text, (a, b) -> a + "; " + b);
            } else {
                general.add(text);
            }
        }
        return new Fields(byField, general);
    }
}
