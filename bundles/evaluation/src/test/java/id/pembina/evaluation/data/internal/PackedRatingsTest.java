package id.pembina.evaluation.data.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.Test;

/** Reading packed ratings: what {@link Tallies#pack} wrote comes back, item ids shared, counts exact. */
public class PackedRatingsTest {

    @Test
    public void readsWhatPackWroteAndSharesTheItemIds() {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        ratings.put("relevance", 4);
        ratings.put("A.1", 5);
        ratings.put("pace_2", 12);
        String packed = Tallies.pack(ratings);
        assertEquals("A.1:5,pace_2:12,relevance:4", packed);
        PackedRatings reader = new PackedRatings();
        Map<String, Integer> first = Tallies.unpack(packed, reader);
        assertEquals(new TreeMap<>(ratings), first);
        assertEquals(List.of("A.1", "pace_2", "relevance"), new ArrayList<>(first.keySet()));
        // A second response's ids are the first one's strings, not new ones.
        Map<String, Integer> second = Tallies.unpack(new String("relevance:1,A.1:2"), reader);
        assertSame(first.keySet().iterator().next(), second.keySet().iterator().next());
        // Not in item order (a text packed elsewhere): put in order.
        assertEquals(List.of("A.1", "relevance"), new ArrayList<>(second.keySet()));
        assertEquals(Map.of("A.1", 2, "relevance", 1), second);
        // Another reader makes its own strings.
        assertNotSame(first.keySet().iterator().next(),
                Tallies.unpack("A.1:5", new PackedRatings()).keySet().iterator().next());
        assertEquals(Map.of(), Tallies.unpack("", reader));
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
        PackedRatings reader = new PackedRatings();
        assertThrows(IllegalArgumentException.class, () -> Tallies.unpack("a:1,b", reader));
        assertThrows(NumberFormatException.class, () -> Tallies.unpack("a:x", reader));
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
