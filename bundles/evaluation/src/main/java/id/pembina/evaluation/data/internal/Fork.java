package id.pembina.evaluation.data.internal;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;

/**
 * A part of one evaluation computed on a thread of its own while the calling thread computes another part: a
 * unit's levels, IP ASN and leadership read different tables and share nothing but their inputs (and the
 * supervisors' follow-ups, read once by a part of their own), so on two cores they need not wait for each
 * other. The part runs as the caller of the thread that forked it (the registry and the catalog check who asks).
 * A thread per part rather than a pool: a unit evaluation forks five parts (follow-ups, levels, facts with the
 * external training, leadership, and within the levels the item analyses, which every evaluation's levels fork;
 * with the caller's, up to six pooled connections at once, briefly, when the levels read an older checklist's
 * wording while their item analyses read), and a thread that exists only while its part runs needs nothing
 * stopped when the bundle stops.
 *
 * @param <T> what the part computes
 */
final class Fork<T> {

    private final FutureTask<T> task;

    private Fork(FutureTask<T> task) {
        this.task = task;
    }

    /** Starts {@code work} on a new thread as the current caller. */
    static <T> Fork<T> start(String name, Supplier<T> work) {
        Caller caller = CallerContext.current().orElse(null);
        FutureTask<T> task = new FutureTask<>(() -> caller == null ? work.get() : CallerContext.callAs(caller, work));
        Thread t = new Thread(task, "pembina-evaluation-" + name);
        t.setDaemon(true);
        t.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        t.start();
        return new Fork<>(task);
    }

    /**
     * Waits for the part; what it threw is thrown here as it was (a runtime exception or error), so the caller
     * sees the same failure as if it had computed the part itself.
     */
    T join() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    // The part holds a database connection: wait for it to finish rather than leave it running.
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (CancellationException e) {
            throw new IllegalStateException(e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
