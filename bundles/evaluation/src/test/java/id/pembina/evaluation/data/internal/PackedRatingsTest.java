package id.pembina.evaluation.data.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.Test;

import id.pembina.evaluation.data.api.FollowUp;
import id.pembina.evaluation.data.api.FollowUpPhase;

/** Reading packed ratings: what {@link Tallies#pack} wrote comes back, item ids shared, counts exact. */
public class PackedRatingsTest {

    /** A follow-up's ratings read from {@code packed}, in the order read. */
    private static Map<String, Integer> read(Tallies.RatingsReader reader, String packed) {
        RatedFollowUp f = reader.read(7, "198001012005011001", FollowUpPhase.AFTER, "1.0", packed);
        assertEquals(7, f.sessionId());
        assertEquals("198001012005011001", f.nip());
        assertEquals(FollowUpPhase.AFTER, f.phase());
        assertEquals("1.0", f.version());
        Map<String, Integer> out = new LinkedHashMap<>();
        f.forEach((indicator, rating) -> assertNull(out.put(indicator, rating)));
        assertEquals(out.size(), f.size());
        return out;
    }

    @Test
    public void readsWhatPackWroteAndSharesTheItemIds() {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        ratings.put("relevance", 4);
        ratings.put("A.1", 5);
        ratings.put("pace_2", 12);
        String packed = Tallies.pack(ratings);
        assertEquals("A.1:5,pace_2:12,relevance:4", packed);
        Tallies.RatingsReader reader = new Tallies.RatingsReader();
        Map<String, Integer> first = read(reader, packed);
        assertEquals(new TreeMap<>(ratings), first);
        assertEquals(List.of("A.1", "pace_2", "relevance"), new ArrayList<>(first.keySet()));
        // A second response's ids are the first one's strings, not new ones.
        Map<String, Integer> second = read(reader, new String("relevance:1,A.1:2"));
        assertSame(first.keySet().iterator().next(), second.keySet().iterator().next());
        // Not in item order (a text packed elsewhere): put in order.
        assertEquals(List.of("A.1", "relevance"), new ArrayList<>(second.keySet()));
        assertEquals(Map.of("A.1", 2, "relevance", 1), second);
        // An item named twice keeps its last rating, in order (as a map read from the text would hold it).
        assertEquals(List.of(Map.entry("a", 4), Map.entry("b", 1)),
                new ArrayList<>(read(reader, "a:3,b:1,a:4").entrySet()));
        // The same items again after others: the same ratings as the first time.
        assertEquals(first, read(reader, packed));
        // Another reader makes its own strings.
        assertNotSame(first.keySet().iterator().next(),
                read(new Tallies.RatingsReader(), "A.1:5").keySet().iterator().next());
        assertEquals(Map.of(), read(reader, ""));
    }

    @Test
    public void aFollowUpReadWholeKeepsItsMapsOrder() {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        ratings.put("b", 2);
        ratings.put("a", 5);
        RatedFollowUp f = RatedFollowUp.of(new FollowUp(3, "198001012005011001", null, FollowUpPhase.BASELINE, null,
                "2", ratings, java.time.Instant.EPOCH));
        List<String> seen = new ArrayList<>();
        f.forEach((indicator, rating) -> seen.add(indicator + "=" + rating));
        assertEquals(List.of("b=2", "a=5"), seen);
        assertEquals(2, f.rating(0));
        assertEquals(5, f.rating(1));
        assertEquals(FollowUpPhase.BASELINE, f.phase());
        assertThrows(IllegalArgumentException.class, () -> new RatedFollowUp(1, "x", FollowUpPhase.AFTER, "1",
                new String[] {"a"}, new int[0]));
    }

    @Test
    public void manyIdsGrowTheTableWithoutLosingOne() {
        PackedRatings reader = new PackedRatings();
        List<String> first = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String text = "x" + i + ":3";
            first.add(reader.name(text, 0, text.indexOf(':')));
        }
        for (int i = 0; i < 500; i++) {
            String text = new String("x" + i);
            assertEquals("x" + i, first.get(i));
            assertSame(first.get(i), reader.name(text, 0, text.length()));
        }
    }

    @Test
    public void aPairWithoutRatingIsRefused() {
        Tallies.RatingsReader reader = new Tallies.RatingsReader();
        assertThrows(IllegalArgumentException.class, () -> read(reader, "a:1,b"));
        assertThrows(NumberFormatException.class, () -> read(reader, "a:x"));
    }

    @Test
    public void countsPerSessionVersionItemAndRating() {
        // Session 7 v1: two reactions, q1 rated 4 and 4, q2 rated 5 and 3; session 7 v2: q1 rated 2;
        // session 9 v1: q1 rated 4. Expected counts: (7,v1,q1,4) = 2, (7,v1,q2,3) = 1, (7,v1,q2,5) = 1,
        // (7,v2,q1,2) = 1, (9,v1,q1,4) = 1.
        List<Tallies.ReactionHead> heads = List.of(
                new Tallies.ReactionHead("r1", 7, "N1", "v1", null, "q1:4,q2:5"),
                new Tallies.ReactionHead("r2", 7, "N2", "v2", null, "q1:2"),
                new Tallies.ReactionHead("r3", 7, "N3", "v1", null, "q1:4,q2:3"),
                new Tallies.ReactionHead("r4", 9, "N1", "v1", null, "q1:4"));
        Map<List<Object>, Long> counts = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        for (Tallies.LikertCount n : Tallies.unpackedCounts(heads)) {
            assertEquals(null, counts.put(List.of(n.sessionId(), n.version(), n.item(), n.rating()), n.count()));
        }
        Map<List<Object>, Long> expected = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        expected.put(List.of(7L, "v1", "q1", 4), 2L);
        expected.put(List.of(7L, "v1", "q2", 5), 1L);
        expected.put(List.of(7L, "v1", "q2", 3), 1L);
        expected.put(List.of(7L, "v2", "q1", 2), 1L);
        expected.put(List.of(9L, "v1", "q1", 4), 1L);
        assertEquals(expected, counts);
    }
}
