package id.pembina.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The options of a select, with the chosen one marked. */
final class Options {

    private Options() {
    }

    static <T> List<Map<String, Object>> of(List<T> items, Function<T, String> value, Function<T, String> label,
            String selected) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (T item : items) {
            String v = value.apply(item);
            out.add(Map.of("value", v, "label", label.apply(item), "selected", v.equals(selected)));
        }
        return out;
    }

    static List<Map<String, Object>> ofEnum(Enum<?>[] values, String selected) {
        return of(List.of(values), Enum::name, Enum::name, selected);
    }
}
