package id.pembina.evaluation.data.internal;

import java.util.Map;

import id.pembina.evaluation.data.api.FollowUp;
import id.pembina.evaluation.data.api.FollowUpPhase;

/**
 * A follow-up as the levels and the leadership read it: whose, of which session, phase and checklist version, and
 * its ratings as two parallel arrays (indicator ids, often one array shared by many follow-ups, and ratings). A
 * city's year has hundreds of thousands of follow-ups: a {@link FollowUp} keeps its ratings in a map of its own
 * (about 40 bytes per rating, copied once more by its constructor), this about 4.
 */
final class RatedFollowUp {

    /** One rating of a follow-up. */
    @FunctionalInterface
    interface Visitor {
        void rating(String indicator, int rating);
    }

    private final long sessionId;
    private final String nip;
    private final FollowUpPhase phase;
    private final String version;
    private final String[] indicators;
    private final int[] ratings;

    /**
     * @param indicators the rated indicators' ids, each once; not copied (shared by the follow-ups of one reader)
     * @param ratings    their ratings, in the same order; not copied
     */
    RatedFollowUp(long sessionId, String nip, FollowUpPhase phase, String version, String[] indicators,
            int[] ratings) {
        if (indicators.length != ratings.length) {
            throw new IllegalArgumentException(indicators.length + " indicators, " + ratings.length + " ratings");
        }
        this.sessionId = sessionId;
        this.nip = nip;
        this.phase = phase;
        this.version = version;
        this.indicators = indicators;
        this.ratings = ratings;
    }

    /** The follow-up's ratings in its map's order. */
    static RatedFollowUp of(FollowUp f) {
        return of(f.sessionId(), f.nip(), f.phase(), f.version(), f.ratings());
    }

    /** Ratings read into a map (indicator id to rating), in its order. */
    static RatedFollowUp of(long sessionId, String nip, FollowUpPhase phase, String version,
            Map<String, Integer> ratings) {
        String[] ids = new String[ratings.size()];
        int[] values = new int[ratings.size()];
        int i = 0;
        for (Map.Entry<String, Integer> e : ratings.entrySet()) {
            ids[i] = e.getKey();
            values[i++] = e.getValue();
        }
        return new RatedFollowUp(sessionId, nip, phase, version, ids, values);
    }

    long sessionId() {
        return sessionId;
    }

    String nip() {
        return nip;
    }

    FollowUpPhase phase() {
        return phase;
    }

    String version() {
        return version;
    }

    /** How many indicators are rated. */
    int size() {
        return ratings.length;
    }

    /** The {@code i}-th rating (0-based, in the order read). */
    int rating(int i) {
        return ratings[i];
    }

    /** The id of the {@code i}-th rated indicator. */
    String indicator(int i) {
        return indicators[i];
    }

    /** Whether {@code other} rates the same indicators in the same order because it shares this one's ids. */
    boolean sharesIndicators(RatedFollowUp other) {
        return indicators == other.indicators;
    }

    /** Hands each rating to {@code visitor}, in the order read. */
    void forEach(Visitor visitor) {
        for (int i = 0; i < ratings.length; i++) {
            visitor.rating(indicators[i], ratings[i]);
        }
    }
}
