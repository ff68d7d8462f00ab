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

/** Follow-ups read from packed ratings: what {@link Tallies#pack} wrote comes back, in item order, ids shared. */
public class RatingsReaderTest {

    /** A follow-up's ratings read from {@code packed}, in the order read. */
    private static Map<String, Integer> read(RatingsReader reader, String packed) {
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
        RatingsReader reader = new RatingsReader();
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
                read(new RatingsReader(), "A.1:5").keySet().iterator().next());
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
    public void followUpsOfAnotherChecklistGetTheirOwnIds() {
        // One reader, two checklists one after the other: a,b then a,c (same length, another second id), then a,b.
        RatingsReader reader = new RatingsReader();
        assertEquals(Map.of("a", 1, "b", 2), read(reader, "a:1,b:2"));
        assertEquals(List.of("a", "c"), new ArrayList<>(read(reader, "a:3,c:4").keySet()));
        assertEquals(Map.of("a", 3, "c", 4), read(reader, "a:3,c:4"));
        assertEquals(Map.of("a", 5, "b", 6), read(reader, "a:5,b:6"));
    }

    @Test
    public void aFollowUpOfManyIndicatorsIsReadWhole() {
        // 40 indicators (the reader starts with room for 16): i00:1, i01:2, ..., i39:5 (rating = index % 5 + 1).
        StringBuilder packed = new StringBuilder();
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            String id = String.format("i%02d", i);
            packed.append(i == 0 ? "" : ",").append(id).append(':').append(i % 5 + 1);
            expected.put(id, i % 5 + 1);
        }
        RatingsReader reader = new RatingsReader();
        assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(read(reader, packed.toString()).entrySet()));
        // Read again after a short one: the same 40.
        assertEquals(Map.of("a", 1), read(reader, "a:1"));
        assertEquals(expected, read(reader, packed.toString()));
    }

    @Test
    public void aPairWithoutRatingIsRefused() {
        RatingsReader reader = new RatingsReader();
        assertThrows(IllegalArgumentException.class, () -> read(reader, "a:1,b"));
        assertThrows(NumberFormatException.class, () -> read(reader, "a:x"));
    }
}
