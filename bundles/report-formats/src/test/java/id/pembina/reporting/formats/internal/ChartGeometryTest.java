package id.pembina.reporting.formats.internal;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.Test;

import id.pembina.reporting.api.ReportDocument.Chart;
import id.pembina.reporting.api.ReportDocument.ChartKind;
import id.pembina.reporting.api.ReportDocument.Series;

/** Where bars go: the axis runs to a round number, a missing value draws no bar. */
public class ChartGeometryTest {

    @Test
    public void theAxisEndsAtARoundNumber() {
        assertEquals(5.0, ChartGeometry.niceCeiling(4.5), 0);
        assertEquals(100.0, ChartGeometry.niceCeiling(87), 0);
        assertEquals(20.0, ChartGeometry.niceCeiling(20), 0);
        assertEquals(0.5, ChartGeometry.niceCeiling(0.3), 1e-12);
        assertEquals(2.5, ChartGeometry.niceCeiling(2.1), 0);
        assertEquals(1.0, ChartGeometry.niceCeiling(0), 0);
    }

    @Test
    public void barsScaleToTheAxis() {
        ChartGeometry g = ChartGeometry.of(new Chart("Rata-rata", ChartKind.BAR, List.of("r1", "r2"),
                List.of(new Series("Rata-rata", Arrays.asList(4.5, null))), "1-5"), Locale.forLanguageTag("id"));
        assertEquals(1, g.bars().size());
        // plot height 300 - 16 - 72 = 212; 4.5 / 5 x 212 = 190.8 -> 191; bottom at 228
        assertEquals(191, g.bars().get(0).height());
        assertEquals(228 - 191, g.bars().get(0).y());
        assertEquals("4,5", g.bars().get(0).value());
        assertEquals(List.of("0", "1,25", "2,5", "3,75", "5"), g.ticks().stream().map(ChartGeometry.Label::text).toList());
    }
}
