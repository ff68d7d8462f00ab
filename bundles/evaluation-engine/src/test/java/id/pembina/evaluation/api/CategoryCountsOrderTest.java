package id.pembina.evaluation.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

/** Counts per category are kept in the categories' order, highest first, whatever map they were given in. */
public class CategoryCountsOrderTest {

    /** Lowest first, as a caller might build it. */
    private static Map<Category, Integer> lowestFirst() {
        Map<Category, Integer> counts = new LinkedHashMap<>();
        List<Category> reversed = Arrays.asList(Category.values());
        java.util.Collections.reverse(reversed);
        int n = 1;
        for (Category c : reversed) {
            counts.put(c, n++);
        }
        return counts;
    }

    @Test
    public void aDistributionListsItsCountsHighestFirst() {
        CategoryDistribution d = new CategoryDistribution("KOTA", 2026, 15, lowestFirst(), "r", List.of());
        assertEquals(Arrays.asList(Category.values()), List.copyOf(d.counts().keySet()));
        // SANGAT_TINGGI was put last (5), SANGAT_RENDAH first (1).
        assertEquals(List.of(5, 4, 3, 2, 1), List.copyOf(d.counts().values()));
        assertEquals(5, d.count(Category.SANGAT_TINGGI));
        assertThrows(UnsupportedOperationException.class, () -> d.counts().put(Category.TINGGI, 9));
    }

    @Test
    public void aTrendYearListsItsCountsHighestFirst() {
        YearIndex y = new YearIndex(2026, 15, 70.0, lowestFirst(), "r", LocalDate.of(2020, 1, 1));
        assertEquals(Arrays.asList(Category.values()), List.copyOf(y.counts().keySet()));
        assertEquals(Map.of(), new YearIndex(2026, 0, 0.0, Map.of(), "r", LocalDate.of(2020, 1, 1)).counts());
    }

    @Test
    public void nullCountsAreRefusedAsBefore() {
        Map<Category, Integer> withNull = new HashMap<>();
        withNull.put(Category.TINGGI, null);
        assertThrows(NullPointerException.class, () -> new YearIndex(2026, 0, 0.0, withNull, "r", null));
        assertThrows(NullPointerException.class,
                () -> new CategoryDistribution("KOTA", 2026, 0, withNull, "r", List.of()));
    }
}
