package id.pembina.evaluation.data.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.Test;

/** Packed ratings: each item id read is one string, and the reactions' ratings are counted exactly. */
public class PackedRatingsTest {

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
    public void countsPerSessionVersionItemAndRating() {
        // Session 7 v1: two reactions, q1 rated 4 and 4, q2 rated 5 and 3; session 7 v2: q1 rated 2;
        // session 9 v1: q1 rated 4. Expected counts: (7,v1,q1,4) = 2, (7,v1,q2,3) = 1, (7,v1,q2,5) = 1,
        // (7,v2,q1,2) = 1, (9,v1,q1,4) = 1.
        List<Tallies.ReactionHead> heads = List.of(
                new Tallies.ReactionHead(7, "N1", "v1", null, "q1:4,q2:5"),
                new Tallies.ReactionHead(7, "N2", "v2", null, "q1:2"),
                new Tallies.ReactionHead(7, "N3", "v1", null, "q1:4,q2:3"),
                new Tallies.ReactionHead(9, "N1", "v1", null, "q1:4"));
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
