package id.pembina.participant.internal;

import java.sql.SQLException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Totals of the units' participant counts over a subtree, remembered until the registry's counts change. The
 * total of a list page is a sum over the subtree's units: for a city root some 1,200 rows summed on every page,
 * which cost more than the page itself (H2 adds them as decimals). Exact for the writes of this registry: a
 * write that changes counts makes every remembered total stale before it commits ({@link #changing}) and again
 * once it has committed or rolled back ({@link #settled}), and a total is remembered with the generation read
 * before it was summed, so a total summed while a write was under way is never served after it. Writes by
 * anything else (another server on the same database, a restore) show within {@link #TTL_MILLIS}.
 */
final class SubtreeTotals {

    /** How long a total is served without a write of this registry having changed it. */
    static final long TTL_MILLIS = 1000;

    @FunctionalInterface
    interface Sum {
        long sum() throws SQLException;
    }

    private record Entry(long generation, long summedAt, long total) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final ThreadLocal<Boolean> writing = new ThreadLocal<>();
    private final ConcurrentHashMap<String, Entry> totals = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;

    SubtreeTotals(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** @return the remembered total of {@code key}, or {@code sum}'s, remembered */
    long get(String key, Sum sum) throws SQLException {
        long g = generation.get();
        long now = nanoClock.getAsLong();
        Entry e = totals.get(key);
        if (e != null && e.generation() == g && now - e.summedAt() < TTL_MILLIS * 1_000_000L) {
            return e.total();
        }
        long total = sum.sum();
        if (totals.size() > 100_000) {
            totals.clear(); // more keys than any registry has units: keep memory bounded
        }
        totals.put(key, new Entry(g, now, total));
        return total;
    }

    /** The current thread's transaction changes unit counts. */
    void changing() {
        generation.incrementAndGet();
        writing.set(Boolean.TRUE);
    }

    /** The current thread's transaction ended (committed or rolled back). */
    void settled() {
        if (writing.get() != null) {
            writing.remove();
            generation.incrementAndGet();
        }
    }
}
