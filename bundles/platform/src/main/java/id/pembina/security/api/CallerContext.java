package id.pembina.security.api;

import java.security.AccessController;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.security.auth.Subject;

/**
 * The caller of the work running on this thread.
 * <p>
 * Edges enter a caller around each request ({@code try (var s = CallerContext.enter(caller)) {...}});
 * services read it. Where no caller was entered, the JAAS {@link Subject} of the current access-control
 * context (Karaf runs console commands inside {@code Subject.doAs}) is turned into a caller by the resolver
 * the security implementation installs. Work handed to another thread must carry the caller along
 * ({@link #wrap(Caller, Runnable)}).
 */
public final class CallerContext {

    private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();
    private static volatile Function<Subject, Optional<Caller>> subjectResolver = s -> Optional.empty();

    private CallerContext() {
    }

    /** Restores the previous caller of the thread when closed. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** Makes {@code caller} the caller of this thread until the returned scope is closed. */
    public static Scope enter(Caller caller) {
        Objects.requireNonNull(caller, "caller");
        Caller previous = CURRENT.get();
        CURRENT.set(caller);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /**
     * Drops whatever caller this thread still holds. Edges call it before entering the caller of a new request
     * on a pooled thread, so that nothing a failed earlier request left behind can leak into it.
     */
    public static void clear() {
        CURRENT.remove();
    }

    /** Runs {@code work} as {@code caller}. */
    public static <T> T callAs(Caller caller, Supplier<T> work) {
        try (Scope s = enter(caller)) {
            return work.get();
        }
    }

    /** Runs {@code work} as {@code caller}. */
    public static void runAs(Caller caller, Runnable work) {
        try (Scope s = enter(caller)) {
            work.run();
        }
    }

    /** {@code work} wrapped to run as {@code caller} on whichever thread runs it. */
    public static Runnable wrap(Caller caller, Runnable work) {
        return () -> runAs(caller, work);
    }

    /** The caller of this thread, or of the JAAS subject of the access-control context; empty if none. */
    @SuppressWarnings("removal") // Subject.getSubject is how Karaf's console hands its user to commands on Java 17.
    public static Optional<Caller> current() {
        Caller c = CURRENT.get();
        if (c != null) {
            return Optional.of(c);
        }
        Subject subject = Subject.getSubject(AccessController.getContext());
        return subject == null ? Optional.empty() : subjectResolver.apply(subject);
    }

    /** The caller of this thread; refuses with {@link AccessDeniedException#NO_CALLER} when there is none. */
    public static Caller require() {
        return current().orElseThrow(() -> new AccessDeniedException(AccessDeniedException.NO_CALLER));
    }

    /**
     * Installs how a JAAS subject becomes a caller (the security implementation does this once at
     * activation and resets it with {@code null} at deactivation).
     */
    public static void resolveSubjectsWith(Function<Subject, Optional<Caller>> resolver) {
        subjectResolver = resolver == null ? s -> Optional.empty() : resolver;
    }
}
