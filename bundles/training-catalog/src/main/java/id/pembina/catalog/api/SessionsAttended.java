package id.pembina.catalog.api;

import java.util.Collections;
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

    /** Read-only views of what the catalog made for this read (a city: tens of thousands of entries, not copied). */
    public SessionsAttended {
        sessions = Collections.unmodifiableList(sessions);
        seatHolders = Collections.unmodifiableMap(seatHolders);
        jpCredited = Collections.unmodifiableMap(jpCredited);
    }
}
