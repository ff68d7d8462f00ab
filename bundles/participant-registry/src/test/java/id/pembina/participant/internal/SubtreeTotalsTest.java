package id.pembina.participant.internal;

import static org.junit.Assert.assertEquals;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.Test;

public class SubtreeTotalsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final SubtreeTotals totals = new SubtreeTotals(nanos::get);

    @Test
    public void aTotalIsSummedAgainAfterEveryWriteOfCountsAndAfterItsTimeToLive() throws Exception {
        assertEquals(10, totals.get("/KOTA/", () -> 10));
        assertEquals(10, totals.get("/KOTA/", () -> 11)); // remembered
        assertEquals(7, totals.get("/KOTA/KEC-01/", () -> 7)); // each subtree its own
        // A write under way: a total summed now (before its commit) is not served once it has committed.
        totals.changing();
        assertEquals(12, totals.get("/KOTA/", () -> 12));
        totals.settled();
        assertEquals(13, totals.get("/KOTA/", () -> 13));
        assertEquals(13, totals.get("/KOTA/", () -> 14));
        // A transaction that changed no counts leaves the totals as they are.
        totals.settled();
        assertEquals(13, totals.get("/KOTA/", () -> 15));
        // Writes from elsewhere (another server, a restore) show after the time to live.
        nanos.addAndGet(SubtreeTotals.TTL_MILLIS * 1_000_000L - 1);
        assertEquals(13, totals.get("/KOTA/", () -> 16));
        nanos.addAndGet(1);
        assertEquals(17, totals.get("/KOTA/", () -> 17));
    }
}
