package id.pembina.evaluation.data.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The items an evaluation shows for one programme's instrument, worded as the answers saw them. Answers carry the
 * version they were given to; a module upgrade may reword an item under the same id. With answers to one version
 * its items are shown by id; with answers to several versions each version's items are shown separately, keyed
 * {@code id@version}; with no answers, the current version's items.
 */
final class InstrumentWording {

    private final String prefix;
    private final boolean perVersion;
    private final Map<String, String> items = new LinkedHashMap<>();

    /**
     * @param prefix   put before every key ({@code programme/} when several programmes are evaluated together)
     * @param current  the programme's current version and its items (id to text), or null when it has none
     * @param answered the versions the answers were given to
     * @param stored   a stored version's items (id to text)
     */
    InstrumentWording(String prefix, Version current, Collection<String> answered,
            Function<String, Optional<Map<String, String>>> stored) {
        this.prefix = prefix;
        TreeSet<String> versions = new TreeSet<>(answered);
        this.perVersion = versions.size() > 1;
        if (versions.isEmpty()) {
            if (current != null) {
                current.items().forEach((id, text) -> items.put(prefix + id, text));
            }
            return;
        }
        for (String version : versions) {
            Map<String, String> wording = stored.apply(version)
                    .or(() -> current != null && current.version().equals(version)
                            ? Optional.of(current.items()) : Optional.empty())
                    .orElseGet(() -> current == null ? Map.of() : current.items());
            wording.forEach((id, text) -> items.put(key(version, id), text));
        }
    }

    /** The keys made so far, by version and item id: a city's year asks for the same few keys millions of times. */
    private final Map<String, Map<String, String>> keys = new java.util.HashMap<>();

    /** @return the key of an item answered in a version */
    String key(String version, String itemId) {
        // Looked up without computeIfAbsent: its lambda would capture the version, one allocation per answer.
        Map<String, String> ofVersion = keys.get(version);
        if (ofVersion == null) {
            ofVersion = new java.util.HashMap<>();
            keys.put(version, ofVersion);
        }
        String key = ofVersion.get(itemId);
        if (key == null) {
            key = prefix + itemId + (perVersion ? "@" + version : "");
            ofVersion.put(itemId, key);
        }
        return key;
    }

    /** @return key to wording, in version order then item order */
    Map<String, String> items() {
        return items;
    }

    /** A version of an instrument with its items' wording (id to text, in order). */
    record Version(String version, Map<String, String> items) {
    }
}
