package id.pembina.evaluation.data.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import id.pembina.evaluation.api.Category;

/** A unit summary and a trend year keep their counts in a fixed order, whatever maps they were given. */
public class SummaryOrderTest {

    private static Map<Category, Integer> lowestFirst() {
        Map<Category, Integer> counts = new LinkedHashMap<>();
        List<Category> reversed = new java.util.ArrayList<>(Arrays.asList(Category.values()));
        java.util.Collections.reverse(reversed);
        reversed.forEach(c -> counts.put(c, c.ordinal()));
        return counts;
    }

    @Test
    public void categoriesHighestFirstAndReasonsByKey() {
        Map<String, Integer> reasons = new LinkedHashMap<>();
        reasons.put("evaluation.positionMissing", 1);
        reasons.put("evaluation.factsMissing", 3);
        reasons.put("evaluation.educationMissing", 2);
        UnitEvaluationSummary s = new UnitEvaluationSummary("KOTA", 2026, List.of("KOTA"), "r", null, 10,
                lowestFirst(), reasons, null, null, List.of(), 0, 0, 0, null);
        assertEquals(Arrays.asList(Category.values()), List.copyOf(s.categories().keySet()));
        assertEquals(List.of("evaluation.educationMissing", "evaluation.factsMissing", "evaluation.positionMissing"),
                List.copyOf(s.notIndexed().keySet()));
        assertEquals(List.of(2, 3, 1), List.copyOf(s.notIndexed().values()));
        assertThrows(UnsupportedOperationException.class, () -> s.notIndexed().put("x", 1));
        assertThrows(UnsupportedOperationException.class, () -> s.categories().put(Category.TINGGI, 1));
    }

    @Test
    public void aTrendYearKeepsTheCategoriesOrder() {
        UnitYearIndex y = new UnitYearIndex(2026, 10, lowestFirst(), 0.5, "r");
        assertEquals(Arrays.asList(Category.values()), List.copyOf(y.categories().keySet()));
        assertEquals(Map.of(), new UnitYearIndex(2026, 0, Map.of(), null, "r").categories());
    }
}
