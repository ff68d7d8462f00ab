package id.pembina.evaluation.data.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Immutable copies that keep the order and allow null values (an unanswered test item). */
final class Maps {

    private Maps() {
    }

    static <V> Map<String, V> copy(Map<String, V> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
