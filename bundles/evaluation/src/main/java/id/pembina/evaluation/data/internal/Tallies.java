package id.pembina.evaluation.data.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.evaluation.data.api.FollowUpPhase;
import id.pembina.evaluation.data.api.TestPhase;

import static id.pembina.persistence.api.KeyLists.LARGE_CHUNK;
import static id.pembina.persistence.api.KeyLists.chunks;
import static id.pembina.persistence.api.KeyLists.literals;

/**
 * The answers of many sessions read for the levels without reading every answer into Java: reactions as counts
 * per session, version, item and rating (level 1 needs nothing else: its statistics are computed from those
 * counts); test sheets without their choices (level 2 needs their scores), and the choices of the sheets of one
 * test version as one correct-items mask per sheet (item analysis needs each sheet's marks); follow-ups with their
 * ratings packed into one row each. Reactions and follow-ups carry their ratings packed since they were written
 * ({@link #pack}: one text per response), and test sheets their answered choices ({@link #packChoices}); for rows
 * stored without it the database counts and packs. Java gets a row per response, per session and item, or per
 * sheet, instead of one per answer.
 */
final class Tallies {

    /**
     * A reaction as read without its value rows: what decides whether it counts, its version, its comment and its
     * ratings as {@link #pack} packed them (null when not packed: its value rows are then counted).
     */
    record ReactionHead(long sessionId, String nip, String version, String comment, String ratings) {
        boolean anonymous() {
            return nip == null;
        }
    }

    /**
     * A response's ratings as one text, {@code item:rating} joined by commas in item order; null when an item id
     * holds either separator (module item ids cannot: {@code [A-Za-z0-9._-]}), so its value rows are counted.
     */
    static String pack(Map<String, Integer> ratings) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(ratings).entrySet()) {
            if (e.getKey().indexOf(':') >= 0 || e.getKey().indexOf(',') >= 0 || e.getValue() == null) {
                return null;
            }
            out.append(out.length() == 0 ? "" : ",").append(e.getKey()).append(':').append(e.getValue());
        }
        return out.toString();
    }

    /** The ratings of packed reactions counted per session, version, item and rating, as {@link #likertCounts}. */
    static List<LikertCount> unpackedCounts(Collection<ReactionHead> heads) {
        // Session, then version, then item: its count per rating (1..15 as packed; others are counted apart).
        Map<Long, Map<String, Map<String, long[]>>> counts = new LinkedHashMap<>();
        Map<String, Map<String, long[]>> byVersion = null;
        long session = 0;
        String version = null;
        Map<String, long[]> byItem = null;
        Map<List<Object>, long[]> odd = new LinkedHashMap<>();
        PackedRatings reader = new PackedRatings();
        for (ReactionHead h : heads) {
            if (byVersion == null || h.sessionId() != session) {
                session = h.sessionId();
                byVersion = counts.computeIfAbsent(session, k -> new LinkedHashMap<>());
                byItem = null;
            }
            if (byItem == null || !h.version().equals(version)) {
                version = h.version();
                byItem = byVersion.computeIfAbsent(version, k -> new LinkedHashMap<>());
            }
            Map<String, long[]> items = byItem;
            long sessionId = session;
            String v = version;
            reader.forEach(h.ratings(), (item, rating) -> {
                if (rating >= 1 && rating <= 15) {
                    items.computeIfAbsent(item, k -> new long[16])[rating]++;
                } else {
                    odd.computeIfAbsent(List.of(sessionId, v, item, rating), k -> new long[1])[0]++;
                }
            });
        }
        List<LikertCount> out = new ArrayList<>();
        counts.forEach((sessionId, versions) -> versions.forEach((v, items) -> items.forEach((item, byRating) -> {
            for (int rating = 1; rating < byRating.length; rating++) {
                if (byRating[rating] > 0) {
                    out.add(new LikertCount(sessionId, v, item, rating, byRating[rating]));
                }
            }
        })));
        odd.forEach((k, n) -> out.add(new LikertCount((Long) k.get(0), (String) k.get(1), (String) k.get(2),
                (Integer) k.get(3), n[0])));
        return out;
    }

    /** {@code count} answers of a session's reactions of {@code version} rated {@code rating} on {@code item}. */
    record LikertCount(long sessionId, String version, String item, int rating, long count) {
    }

    /** A test sheet without its choices; {@code id} names it for {@link #correctItems}. */
    record Sheet(long id, long sessionId, String nip, TestPhase phase, String version, int score, int maxPoints) {
    }

    /** Items marked per query: one bit each in a positive BIGINT. */
    static final int MASK_ITEMS = 62;

    private Tallies() {
    }

    /**
     * The reactions of many sessions without their values, in no particular order: nothing computed from them
     * depends on it. Sorting them in the database cost PostgreSQL more than reading them (a city's year: 90,000).
     */
    static List<ReactionHead> reactionHeads(Connection c, Collection<Long> sessionIds, Canon canon)
            throws SQLException {
        List<ReactionHead> out = new ArrayList<>();
        // A city's year is a large share of the table: in few slices, each one scan of it.
        // H2 streams them (Store.largeList) instead of keeping a slice's tens of thousands of rows on disk first.
        for (List<Long> chunk : chunks(sessionIds, LARGE_CHUNK)) {
            out.addAll(Store.largeList(c, "SELECT session_id, nip, instrument_version, comment_text, ratings "
                    + "FROM ev_reaction_response WHERE session_id IN (" + literals(chunk) + ")",
                    rs -> new ReactionHead(rs.getLong(1), canon.nip(strip(rs.getString(2))),
                            canon.of(rs.getString(3)), rs.getString(4), rs.getString(5))));
        }
        return out;
    }

    /** Every reaction value of the sessions, counted per session, version, item and rating. */
    static List<LikertCount> likertCounts(Connection c, Collection<Long> sessionIds) throws SQLException {
        List<LikertCount> out = new ArrayList<>();
        for (List<Long> chunk : chunks(sessionIds)) {
            out.addAll(Store.list(c, "SELECT r.session_id, r.instrument_version, v.item_id, v.rating, COUNT(*) "
                    + "FROM ev_reaction_response r JOIN ev_reaction_value v ON v.response_id = r.response_id "
                    + "WHERE r.session_id IN (" + literals(chunk) + ") "
                    + "GROUP BY r.session_id, r.instrument_version, v.item_id, v.rating",
                    rs -> new LikertCount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getLong(5))));
        }
        return out;
    }

    /** The test sheets of many sessions, without their choices. */
    static List<Sheet> sheets(Connection c, Collection<Long> sessionIds, Canon canon) throws SQLException {
        List<Sheet> out = new ArrayList<>();
        // In few slices, streamed (see reactionHeads): two sheets per seat, 45,000 for 500 sessions of a city.
        for (List<Long> chunk : chunks(sessionIds, LARGE_CHUNK)) {
            out.addAll(Store.largeList(c, "SELECT id, session_id, nip, phase, instrument_version, "
                    + "score, max_points FROM ev_test_answers WHERE session_id IN (" + literals(chunk) + ")",
                    rs -> new Sheet(rs.getLong(1), rs.getLong(2), canon.nip(strip(rs.getString(3))),
                            TestPhase.valueOf(rs.getString(4)), canon.of(rs.getString(5)), rs.getInt(6),
                            rs.getInt(7))));
        }
        return out;
    }

    /**
     * Which items of {@code test} each sheet got right: bit i set when item i (in the test's order) was answered
     * with its key. A missing or empty choice is wrong, and choices of other items do not count, as when the choices
     * are read. Sheets written with their choices packed ({@link #packChoices}) are marked from them; for the others
     * the database sums one bit per item into a BIGINT per sheet, {@link #MASK_ITEMS} items at a time.
     *
     * @return sheet id to its marks; a sheet without any right answer may be absent
     */
    static Map<Long, BitSet> correctItems(Connection c, Collection<Long> sheetIds, KnowledgeTest test)
            throws SQLException {
        List<KnowledgeTest.TestItem> items = test.items();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            position.put(items.get(i).id(), i);
        }
        Map<Long, BitSet> out = new HashMap<>();
        List<Long> unpacked = new ArrayList<>();
        PackedRatings reader = new PackedRatings();
        // Streamed in few slices (see reactionHeads): a city's year has tens of thousands of sheets per test.
        for (List<Long> chunk : chunks(sheetIds, LARGE_CHUNK)) {
            for (Object[] row : Store.largeList(c, "SELECT id, choices FROM ev_test_answers "
                    + "WHERE id IN (" + literals(chunk) + ")", rs -> new Object[] {rs.getLong(1), rs.getString(2)})) {
                long id = (Long) row[0];
                String packed = (String) row[1];
                if (packed == null) {
                    unpacked.add(id);
                    continue;
                }
                BitSet marks = new BitSet(items.size());
                reader.forEach(packed, (item, option) -> {
                    Integer at = position.get(item);
                    if (at != null && option == items.get(at).answerIndex()) {
                        marks.set(at);
                    }
                });
                out.put(id, marks);
            }
        }
        summed(c, unpacked, items, out);
        return out;
    }

    /** The marks of sheets stored without packed choices, summed by the database from their choice rows. */
    private static void summed(Connection c, List<Long> sheetIds, List<KnowledgeTest.TestItem> items,
            Map<Long, BitSet> out) throws SQLException {
        for (int from = 0; from < items.size() && !sheetIds.isEmpty(); from += MASK_ITEMS) {
            StringBuilder mark = new StringBuilder("CASE");
            List<Object> args = new ArrayList<>();
            for (int i = from; i < Math.min(items.size(), from + MASK_ITEMS); i++) {
                mark.append(" WHEN item_id = ? AND option_index = ? THEN CAST(? AS BIGINT)");
                args.add(items.get(i).id());
                args.add(items.get(i).answerIndex());
                args.add(1L << (i - from));
            }
            mark.append(" ELSE CAST(0 AS BIGINT) END");
            int offset = from;
            for (List<Long> chunk : chunks(sheetIds)) {
                // One choice row per sheet and item (the primary key), so the sum of the bits is their OR.
                for (long[] row : Store.list(c, "SELECT answers_id, SUM(" + mark + ") FROM ev_test_choice "
                        + "WHERE answers_id IN (" + literals(chunk) + ") GROUP BY answers_id",
                        rs -> new long[] {rs.getLong(1), rs.getLong(2)}, args.toArray())) {
                    BitSet marks = out.computeIfAbsent(row[0], k -> new BitSet());
                    for (long bits = row[1]; bits != 0; bits &= bits - 1) {
                        marks.set(offset + Long.numberOfTrailingZeros(bits));
                    }
                }
            }
        }
    }

    /**
     * A sheet's answered choices packed as {@link #pack} packs ratings ({@code item:option} in item order);
     * unanswered items are left out, as they are wrong either way. Null when an item id holds a separator.
     */
    static String packChoices(Map<String, Integer> choices) {
        Map<String, Integer> answered = new java.util.TreeMap<>();
        choices.forEach((item, option) -> {
            if (option != null) {
                answered.put(item, option);
            }
        });
        return pack(answered);
    }

    /** Ratings packed per query column: four bits each (ratings 1..15, 0 for none) in a positive BIGINT. */
    static final int PACKED_RATINGS = 15;

    /**
     * The follow-ups given by {@code rater} in many sessions, in {@link Store#followUps}'s order (by session, each by
     * NIP, then phase), as the levels read them: without supervisor, weeks and time, with each follow-up's ratings
     * packed into one row: as written ({@link #pack}), else by the database, four bits per indicator of its
     * checklist version ({@code indicators}: session and version to the checklist's indicator ids, or null when
     * unknown). A follow-up whose ratings do not all unpack (an indicator outside the list) is read rating by rating.
     */
    static Map<Long, List<RatedFollowUp>> followUps(Connection c, Collection<Long> sessionIds, String rater,
            BiFunction<Long, String, List<String>> indicators, Canon canon) throws SQLException {
        // A follow-up's columns, made a RatedFollowUp once its ratings are known: at once when they are packed (the
        // usual case, so a city's year keeps no second copy of its ratings), else after they are read.
        record Head(long id, long sessionId, String nip, FollowUpPhase phase, String version) {
        }
        List<Object> rows = new ArrayList<>(); // a RatedFollowUp, or the Head of one whose ratings are not packed
        List<Head> heads = new ArrayList<>();
        Map<Long, Map<String, Integer>> ratings = new HashMap<>();
        RatingsReader reader = new RatingsReader();
        // In few slices, streamed (see reactionHeads), and put in order here: PostgreSQL sorted a city's year on disk.
        for (List<Long> chunk : chunks(sessionIds, LARGE_CHUNK)) {
            rows.addAll(Store.largeList(c, "SELECT id, session_id, nip, phase, instrument_version, "
                    + "ratings FROM ev_followup WHERE rater = ? AND session_id IN (" + literals(chunk) + ")",
                    rs -> {
                        Head h = new Head(rs.getLong(1), rs.getLong(2), canon.nip(strip(rs.getString(3))),
                                FollowUpPhase.valueOf(rs.getString(4)), canon.of(rs.getString(5)));
                        String packed = rs.getString(6);
                        return packed == null ? h
                                : reader.read(h.sessionId(), h.nip(), h.phase(), h.version(), packed);
                    }, rater));
        }
        rows.forEach(r -> {
            if (r instanceof Head h) {
                heads.add(h);
            }
        });
        // Follow-ups stored without their ratings packed: the database packs them per checklist, else row by row.
        Map<List<String>, List<Long>> byChecklist = new LinkedHashMap<>();
        List<Long> unpacked = new ArrayList<>();
        for (Head f : heads) {
            List<String> ids = indicators.apply(f.sessionId(), f.version());
            (ids == null ? unpacked : byChecklist.computeIfAbsent(ids, k -> new ArrayList<>())).add(f.id());
        }
        for (Map.Entry<List<String>, List<Long>> e : byChecklist.entrySet()) {
            unpacked.addAll(packedRatings(c, e.getValue(), e.getKey(), ratings));
        }
        for (List<Long> chunk : chunks(unpacked)) {
            for (Object[] v : Store.list(c, "SELECT followup_id, indicator_id, rating FROM ev_followup_rating WHERE "
                    + "followup_id IN (" + literals(chunk) + ")", rs -> new Object[] {rs.getLong(1), rs.getString(2),
                        rs.getInt(3)})) {
                ratings.computeIfAbsent((Long) v[0], k -> new java.util.TreeMap<>()).put((String) v[1], (Integer) v[2]);
            }
        }
        Map<Long, List<RatedFollowUp>> out = new HashMap<>();
        for (Object r : rows) {
            RatedFollowUp f = r instanceof Head h ? RatedFollowUp.of(h.sessionId(), h.nip(), h.phase(), h.version(),
                    ratings.getOrDefault(h.id(), Map.of())) : (RatedFollowUp) r;
            out.computeIfAbsent(f.sessionId(), k -> new ArrayList<>()).add(f);
        }
        out.values().forEach(list -> list.sort(IN_SESSION));
        return out;
    }

    /** A session's follow-ups as {@link Store#followUps} orders them: by NIP, the baseline before the after. */
    private static final java.util.Comparator<RatedFollowUp> IN_SESSION = java.util.Comparator
            .comparing(RatedFollowUp::nip).thenComparing(f -> f.phase() == FollowUpPhase.BASELINE ? 0 : 1);

    /**
     * The ratings of follow-ups of one checklist, unpacked into {@code into}.
     *
     * @return the follow-ups whose ratings did not all unpack
     */
    private static List<Long> packedRatings(Connection c, List<Long> followUpIds, List<String> indicators,
            Map<Long, Map<String, Integer>> into) throws SQLException {
        StringBuilder columns = new StringBuilder();
        List<Object> args = new ArrayList<>();
        for (int from = 0; from < indicators.size(); from += PACKED_RATINGS) {
            columns.append(", SUM(CASE");
            for (int i = from; i < Math.min(indicators.size(), from + PACKED_RATINGS); i++) {
                columns.append(" WHEN indicator_id = ? AND rating BETWEEN 1 AND 15 THEN rating * CAST(? AS BIGINT)");
                args.add(indicators.get(i));
                args.add(1L << (4 * (i - from)));
            }
            columns.append(" ELSE CAST(0 AS BIGINT) END)");
        }
        int packs = (indicators.size() + PACKED_RATINGS - 1) / PACKED_RATINGS;
        List<Long> left = new ArrayList<>();
        for (List<Long> chunk : chunks(followUpIds)) {
            for (long[] row : Store.list(c, "SELECT followup_id, COUNT(*)" + columns + " FROM ev_followup_rating "
                    + "WHERE followup_id IN (" + literals(chunk) + ") GROUP BY followup_id", rs -> {
                        long[] r = new long[2 + packs];
                        for (int i = 0; i < r.length; i++) {
                            r[i] = rs.getLong(i + 1);
                        }
                        return r;
                    }, args.toArray())) {
                Map<String, Integer> ratings = new java.util.TreeMap<>();
                for (int p = 0; p < packs; p++) {
                    for (int i = 0; i < PACKED_RATINGS && p * PACKED_RATINGS + i < indicators.size(); i++) {
                        int rating = (int) (row[2 + p] >>> (4 * i)) & 15;
                        if (rating != 0) {
                            ratings.put(indicators.get(p * PACKED_RATINGS + i), rating);
                        }
                    }
                }
                if (ratings.size() == row[1]) {
                    into.put(row[0], ratings);
                } else {
                    left.add(row[0]);
                }
            }
        }
        return left;
    }

    /** CHAR columns come back padded on some databases. */
    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
