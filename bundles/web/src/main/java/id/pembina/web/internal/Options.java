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

    /**
     * The unit a page shows: the one asked for when it exists; else the caller's own (a pimpinan); else the
     * first unit without a parent.
     */
    static String unitOrDefault(String asked, List<id.pembina.participant.api.OrganizationUnit> units) {
        if (asked != null && units.stream().anyMatch(u -> u.code().equals(asked))) {
            return asked;
        }
        String own = id.pembina.security.api.CallerContext.current().map(c -> c.unitCode()).orElse(null);
        if (own != null) {
            return own;
        }
        return units.stream().filter(u -> u.parentCode() == null).map(id.pembina.participant.api.OrganizationUnit::code)
                .findFirst().orElse(null);
    }
}
