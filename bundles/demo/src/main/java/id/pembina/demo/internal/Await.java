package id.pembina.demo.internal;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Bounded polling for what the demo waits on and no service announces: the seed programmes in the catalog (their
 * module bundles start asynchronously) and the demo staff in the registry (loaded by another component).
 */
final class Await {

    private Await() {
    }

    /**
     * Asks {@code probe} every {@code poll} until it answers or {@code wait} has passed.
     *
     * @return the first non-null answer, or null when none came in time
     */
    static <T> T until(Duration wait, Duration poll, Supplier<T> probe) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            T found = probe.get();
            if (found != null) {
                return found;
            }
            if (System.nanoTime() - deadline >= 0) {
                return null;
            }
            Thread.sleep(poll.toMillis());
        }
    }
}
