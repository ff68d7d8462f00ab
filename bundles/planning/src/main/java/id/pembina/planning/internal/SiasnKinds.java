package id.pembina.planning.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agency's mapping to SIASN's reference ids of training kinds ({@code jenisDiklatId}), from the configuration
 * {@code id.pembina.planning} {@code siasn.jenisDiklat}: entries {@code key=id}, the most specific key winning:
 * {@code program:<programme code>}, then {@code method:<delivery method>} (Pembina sessions: PELATIHAN, SEMINAR,
 * LOKAKARYA, KURSUS, E_LEARNING, COACHING, MENTORING), then {@code type:<training type>} (LEADERSHIP,
 * FUNCTIONAL, TECHNICAL, SEMINAR: the evaluation's kind of every training, external ones included).
 */
final class SiasnKinds {

    private static final Logger LOG = LoggerFactory.getLogger(SiasnKinds.class);

    static final SiasnKinds NONE = new SiasnKinds(Map.of());

    private final Map<String, String> ids;

    private SiasnKinds(Map<String, String> ids) {
        this.ids = Map.copyOf(ids);
    }

    /** Reads the entries; a malformed one is logged and left out (the others still apply). */
    static SiasnKinds parse(String[] entries) {
        Map<String, String> ids = new HashMap<>();
        for (String entry : entries == null ? new String[0] : entries) {
            int eq = entry == null ? -1 : entry.indexOf('=');
            String key = eq < 0 ? "" : entry.substring(0, eq).strip();
            String id = eq < 0 ? "" : entry.substring(eq + 1).strip();
            if (!key.matches("(program|method|type):[A-Za-z0-9_.-]{1,40}") || !id.matches("[A-Za-z0-9_-]{1,60}")) {
                LOG.warn("siasn.jenisDiklat: '{}' is not 'program:CODE=id', 'method:METHOD=id' or 'type:TYPE=id'; "
                        + "left out", entry);
                continue;
            }
            ids.put(key(key), id);
        }
        return new SiasnKinds(ids);
    }

    private static String key(String key) {
        int colon = key.indexOf(':');
        String kind = key.substring(0, colon);
        String value = key.substring(colon + 1);
        // Programme codes keep their case (the catalog's codes); the enum names are upper case.
        return kind + ":" + ("program".equals(kind) ? value : value.toUpperCase(java.util.Locale.ROOT));
    }

    /** @return the keys to try for a training, most specific first (null parts are skipped) */
    static List<String> keys(String programCode, String deliveryMethod, String trainingType) {
        List<String> keys = new java.util.ArrayList<>();
        if (programCode != null) {
            keys.add("program:" + programCode);
        }
        if (deliveryMethod != null) {
            keys.add("method:" + deliveryMethod);
        }
        if (trainingType != null) {
            keys.add("type:" + trainingType);
        }
        return keys;
    }

    /** @return SIASN's id for the first key mapped, else null */
    String id(List<String> keys) {
        for (String k : keys) {
            String id = ids.get(k);
            if (id != null) {
                return id;
            }
        }
        return null;
    }
}
