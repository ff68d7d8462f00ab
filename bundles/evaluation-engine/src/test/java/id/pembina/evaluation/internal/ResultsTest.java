package id.pembina.evaluation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.Test;

import id.pembina.evaluation.api.DifferenceInDifferences;
import id.pembina.evaluation.api.Direction;
import id.pembina.evaluation.api.EvaluationEngine;
import id.pembina.evaluation.api.Evaluations;
import id.pembina.evaluation.api.IndicatorValue;
import id.pembina.evaluation.api.Phase;
import id.pembina.evaluation.api.PreTrend;
import id.pembina.evaluation.api.ResultIndicator;
import id.pembina.evaluation.api.ResultsEvaluation;
import id.pembina.evaluation.api.UndefinedReason;
import id.pembina.evaluation.api.UnitIndicatorChange;

public class ResultsTest {

    private static final double EPS = 1e-12;
    private final EvaluationEngine engine = Evaluations.engine();

    private static final List<ResultIndicator> INDICATORS = List.of(
            new ResultIndicator("COMPLAINTS", "Jumlah pengaduan per bulan", Direction.LOWER_IS_BETTER),
            new ResultIndicator("IKM", "Indeks Kepuasan Masyarakat", Direction.HIGHER_IS_BETTER));

    private static IndicatorValue v(String unit, String indicator, Phase phase, String period, double value) {
        return new IndicatorValue(unit, indicator, phase, period, value);
    }

    /** LD and RP (kelurahan Labuhan Deli, Rengas Pulau) were trained; TJ (Terjun) is the comparison. */
    private ResultsEvaluation marelan() {
        return engine.results(INDICATORS, List.of(
                v("LD", "COMPLAINTS", Phase.BEFORE, "2024-01", 10), v("LD", "COMPLAINTS", Phase.BEFORE, "2024-02", 12),
                v("LD", "COMPLAINTS", Phase.AFTER, "2024-05", 6), v("LD", "COMPLAINTS", Phase.AFTER, "2024-06", 8),
                v("RP", "COMPLAINTS", Phase.BEFORE, "2024-01", 8), v("RP", "COMPLAINTS", Phase.AFTER, "2024-05", 7),
                v("TJ", "COMPLAINTS", Phase.BEFORE, "2024-01", 9), v("TJ", "COMPLAINTS", Phase.BEFORE, "2024-02", 11),
                v("TJ", "COMPLAINTS", Phase.AFTER, "2024-05", 9),
                v("LD", "IKM", Phase.BEFORE, "2023", 80), v("LD", "IKM", Phase.AFTER, "2024", 86),
                v("RP", "IKM", Phase.BEFORE, "2023", 75)), Set.of("TJ"));
    }

    @Test
    public void unitChangesRespectDirection() {
        List<UnitIndicatorChange> c = marelan().changes();
        assertEquals(5, c.size());
        // LD complaints: before (10+12)/2 = 11, after (6+8)/2 = 7, change -4, fewer complaints: improvement +4
        assertChange(c.get(0), "LD", "COMPLAINTS", false, 2, 11, 2, 7, -4, 4);
        // RP complaints: 8 -> 7: change -1, improvement +1
        assertChange(c.get(1), "RP", "COMPLAINTS", false, 1, 8, 1, 7, -1, 1);
        // TJ complaints: (9+11)/2 = 10 -> 9: change -1, improvement +1
        assertChange(c.get(2), "TJ", "COMPLAINTS", true, 2, 10, 1, 9, -1, 1);
        // LD IKM 80 -> 86: change +6, higher is better: improvement +6
        assertChange(c.get(3), "LD", "IKM", false, 1, 80, 1, 86, 6, 6);
        // RP IKM has no after value: change undefined
        UnitIndicatorChange rpIkm = c.get(4);
        assertEquals(75, rpIkm.before(), 0);
        assertEquals(0, rpIkm.nAfter());
        assertNull(rpIkm.after());
        assertNull(rpIkm.change());
        assertNull(rpIkm.improvement());
    }

    @Test
    public void differenceInDifferences() {
        DifferenceInDifferences d = marelan().estimates().get(0);
        // treated before (11 + 8)/2 = 9.5, after (7 + 7)/2 = 7: change -2.5; comparison 10 -> 9: change -1;
        // DiD = -2.5 - (-1) = -1.5 complaints a month; lower is better: improvement +1.5
        assertEquals("COMPLAINTS", d.indicatorCode());
        assertEquals(2, d.treatedUnits());
        assertEquals(1, d.comparisonUnits());
        assertEquals(9.5, d.treatedBefore(), EPS);
        assertEquals(7, d.treatedAfter(), EPS);
        assertEquals(10, d.comparisonBefore(), EPS);
        assertEquals(9, d.comparisonAfter(), EPS);
        assertEquals(-2.5, d.treatedChange(), EPS);
        assertEquals(-1, d.comparisonChange(), EPS);
        assertEquals(-1.5, d.estimate(), EPS);
        assertEquals(1.5, d.improvement(), EPS);
        assertNull(d.undefinedReason());
        assertEquals(List.of("TJ"), d.comparisonUnitCodes());
    }

    @Test
    public void parallelTrendsBeforeTheTraining() {
        PreTrend t = marelan().estimates().get(0).preTrend();
        // Common pre periods 2024-01, 2024-02. Treated means: (LD 10 + RP 8)/2 = 9, then LD 12 = 12: slope 3 a
        // period; comparison TJ 9 then 11: slope 2; difference 3 - 2 = 1 complaint a month per period.
        assertEquals(List.of("2024-01", "2024-02"), t.periods());
        assertEquals(3, t.treatedSlope(), EPS);
        assertEquals(2, t.comparisonSlope(), EPS);
        assertEquals(1, t.difference(), EPS);
        // IKM has no comparison unit: no check.
        assertNull(marelan().estimates().get(1).preTrend());
        // Three periods, least squares against positions 0, 1, 2: treated 1, 2, 6 -> mean y 3,
        // sxy = (-1)(-2) + 0 + (1)(3) = 5, sxx = 2: slope 2.5; comparison 4, 4, 4: slope 0.
        PreTrend three = engine.results(INDICATORS.subList(0, 1), List.of(
                v("A", "COMPLAINTS", Phase.BEFORE, "2024-01", 1), v("A", "COMPLAINTS", Phase.BEFORE, "2024-02", 2),
                v("A", "COMPLAINTS", Phase.BEFORE, "2024-03", 6), v("A", "COMPLAINTS", Phase.AFTER, "2024-06", 1),
                v("C", "COMPLAINTS", Phase.BEFORE, "2024-01", 4), v("C", "COMPLAINTS", Phase.BEFORE, "2024-02", 4),
                v("C", "COMPLAINTS", Phase.BEFORE, "2024-03", 4), v("C", "COMPLAINTS", Phase.AFTER, "2024-06", 4)),
                Set.of("C")).estimates().get(0).preTrend();
        assertEquals(2.5, three.treatedSlope(), EPS);
        assertEquals(0, three.comparisonSlope(), EPS);
        assertEquals(2.5, three.difference(), EPS);
    }

    @Test
    public void aComparisonUnitWithoutValuesIsAnError() {
        // "TJX" is a typo for TJ: it must not silently leave TJ among the trained units.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> engine.results(INDICATORS,
                List.of(v("TJ", "IKM", Phase.BEFORE, "2023", 70)), Set.of("TJX")));
        assertEquals("comparison unit without any indicator value: TJX", e.getMessage());
    }

    @Test
    public void withoutComparisonUnitsThereIsNoEstimate() {
        DifferenceInDifferences d = marelan().estimates().get(1);
        // IKM: only LD has both phases (RP lacks after), TJ has no IKM values
        assertEquals(1, d.treatedUnits());
        assertEquals(0, d.comparisonUnits());
        assertEquals(6, d.treatedChange(), EPS);
        assertNull(d.comparisonChange());
        assertNull(d.estimate());
        assertNull(d.improvement());
        assertEquals(UndefinedReason.NO_COMPARISON, d.undefinedReason());
    }

    @Test
    public void noValues() {
        ResultsEvaluation r = engine.results(INDICATORS, List.of(), Set.of());
        assertTrue(r.changes().isEmpty());
        assertEquals(UndefinedReason.NO_DATA, r.estimates().get(0).undefinedReason());
        assertNull(r.estimates().get(0).treatedChange());
    }

    @Test
    public void noChangeIsNoImprovementEitherWay() {
        assertEquals(0.0, Direction.LOWER_IS_BETTER.improvement(0.0), 0);
        assertFalse(Double.valueOf(Direction.LOWER_IS_BETTER.improvement(0.0)).equals(-0.0));
        assertEquals(-3, Direction.LOWER_IS_BETTER.improvement(3), 0);
        assertEquals(3, Direction.HIGHER_IS_BETTER.improvement(3), 0);
    }

    @Test
    public void badValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> engine.results(INDICATORS,
                List.of(v("LD", "NOPE", Phase.BEFORE, "2024-01", 1)), Set.of()));
        assertThrows(IllegalArgumentException.class, () -> engine.results(INDICATORS, List.of(
                v("LD", "IKM", Phase.BEFORE, "2024", 1), v("LD", "IKM", Phase.BEFORE, "2024", 2)), Set.of()));
        assertThrows(IllegalArgumentException.class, () -> v("LD", "IKM", Phase.BEFORE, "2024", Double.NaN));
    }

    private static void assertChange(UnitIndicatorChange c, String unit, String indicator, boolean comparison,
            int nBefore, double before, int nAfter, double after, double change, double improvement) {
        assertEquals(unit, c.unitCode());
        assertEquals(indicator, c.indicatorCode());
        assertEquals(comparison, c.comparisonUnit());
        assertEquals(nBefore, c.nBefore());
        assertEquals(before, c.before(), EPS);
        assertEquals(nAfter, c.nAfter());
        assertEquals(after, c.after(), EPS);
        assertEquals(change, c.change(), EPS);
        assertEquals(improvement, c.improvement(), EPS);
    }
}
