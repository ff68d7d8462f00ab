package id.pembina.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.Test;

public class ChartJsonTest {

    @Test
    public void barChartWithTwoSeriesAndARange() {
        String json = new ChartJson().labels(List.of("R01", "a\"b<")).range(1.0, 5.0)
                .dataset("Sebelum", Arrays.asList(3.25, null)).dataset("Sesudah", List.of(4.0, 4.5)).toJson();
        assertEquals("{\"type\":\"bar\",\"data\":{\"labels\":[\"R01\",\"a\\\"b\\u003c\"],\"datasets\":["
                + "{\"label\":\"Sebelum\",\"backgroundColor\":\"#1d5fa8\",\"data\":[3.2500,null]},"
                + "{\"label\":\"Sesudah\",\"backgroundColor\":\"#c25400\",\"data\":[4.0000,4.5000]}]},"
                + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false,"
                + "\"scales\":{\"y\":{\"min\":1.0,\"max\":5.0}}}}", json);
    }

    @Test
    public void openRangeAndEmptiness() {
        ChartJson chart = new ChartJson().labels(List.of("costs")).range(0.0, null);
        assertTrue(chart.isEmpty());
        String json = chart.dataset("Rupiah", List.of(1250000.0)).toJson();
        assertTrue(json, json.endsWith("\"scales\":{\"y\":{\"min\":0.0}}}}"));
    }
}
