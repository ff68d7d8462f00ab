package id.pembina.catalog.api;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sessions of many participants with their seat holders and the JP they credited, read together
 * ({@link CatalogService#sessionsAttended}): what {@link CatalogService#sessionsOf}, {@link CatalogService#seatHolders}
 * and {@link CatalogService#jpCredited} give for those sessions, from one read of their enrollments.
 *
 * @param sessions    as {@link CatalogService#sessionsOf} gives them, by start, then id
 * @param seatHolders per session, its seat holders as {@link CatalogService#seatHolders} gives them (everyone's, not
 *                    only the participants asked for)
 * @param jpCredited  per session, as {@link CatalogService#jpCredited} gives it (NIP to JP credited)
 * @since 2.7
 */
public record SessionsAttended(List<TrainingSession> sessions, Map<Long, List<String>> seatHolders,
        Map<Long, Map<String, Integer>> jpCredited) {

    /**
     * Read-only views, at every level, of the lists and maps given (not copies: a city's read holds some hundred
     * thousand entries); whoever makes one hands over what it gives and changes it no more.
     */
    public SessionsAttended {
        sessions = Collections.unmodifiableList(sessions);
        Map<Long, List<String>> holders = new HashMap<>();
        seatHolders.forEach((id, nips) -> holders.put(id, Collections.unmodifiableList(nips)));
        seatHolders = Collections.unmodifiableMap(holders);
        Map<Long, Map<String, Integer>> credited = new HashMap<>();
        jpCredited.forEach((id, byNip) -> credited.put(id, Collections.unmodifiableMap(byNip)));
        jpCredited = Collections.unmodifiableMap(credited);
    }
}
