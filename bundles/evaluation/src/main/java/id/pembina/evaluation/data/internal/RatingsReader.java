package id.pembina.evaluation.data.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import id.pembina.evaluation.data.api.FollowUpPhase;

/**
 * Reads ratings as {@link Tallies#pack} packed them into {@link RatedFollowUp}s, in item order. Consecutive follow-ups
 * rating the same indicators (those of one checklist) share one array of their ids, and each id is one string
 * ({@link PackedRatings}). Not thread-safe: one reader per read.
 */
final class RatingsReader {

    private final PackedRatings reader = new PackedRatings();
    private String[] shared = new String[0];
    private String[] ids = new String[16];
    private int[] values = new int[16];
    private int n;

    RatedFollowUp read(long sessionId, String nip, FollowUpPhase phase, String version, String packed) {
        n = 0;
        reader.forEach(packed, this::add);
        for (int i = 1; i < n; i++) {
            if (ids[i - 1].compareTo(ids[i]) >= 0) {
                // Packed in item order when written; a text packed otherwise is put in order here, and an item
                // named twice keeps its last rating (as a map would).
                Map<String, Integer> sorted = new TreeMap<>();
                for (int j = 0; j < n; j++) {
                    sorted.put(ids[j], values[j]);
                }
                return RatedFollowUp.of(sessionId, nip, phase, version, sorted);
            }
        }
        if (!Arrays.equals(shared, 0, shared.length, ids, 0, n)) {
            shared = Arrays.copyOf(ids, n);
        }
        return new RatedFollowUp(sessionId, nip, phase, version, shared, Arrays.copyOf(values, n));
    }

    private void add(String item, int rating) {
        if (n == ids.length) {
            ids = Arrays.copyOf(ids, 2 * n);
            values = Arrays.copyOf(values, 2 * n);
        }
        ids[n] = item;
        values[n++] = rating;
    }
}
