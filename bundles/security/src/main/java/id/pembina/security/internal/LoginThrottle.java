package id.pembina.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Slows password guessing, per account and per client address. Failures are counted in a sliding window;
 * from the {@code limit}-th failure in the window on, each failure locks the account (or address) for
 * {@code firstDelay * 2^(failures - limit)}, at most {@code maxDelay}. While locked, a login is refused
 * without checking the password. A success clears the account's failures (not the address's: one good
 * account must not reset a guesser's count of the others).
 */
final class LoginThrottle {

    /** The limits; addresses get a higher limit than accounts since an office shares one address. */
    record Rules(int accountLimit, int addressLimit, Duration window, Duration firstDelay, Duration maxDelay) {
    }

    /** A lock that a failure has just started. */
    record Lock(String kind, String key, int failures, Duration delay) {
    }

    /** Past this many tracked keys, keys without a failure in the window are forgotten. */
    private static final int MAX_KEYS = 10_000;

    private static final class Failures {
        final Deque<Instant> times = new ArrayDeque<>();
        Instant lockedUntil = Instant.MIN;
    }

    private final Rules rules;
    private final Clock clock;
    private final Map<String, Failures> accounts = new HashMap<>();
    private final Map<String, Failures> addresses = new HashMap<>();

    LoginThrottle(Rules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /** @return seconds until a login of {@code user} from {@code address} may be checked; 0 when it may now */
    synchronized long retryAfterSeconds(String user, String address) {
        Instant now = clock.instant();
        Instant until = later(lockOf(accounts, key(user)), lockOf(addresses, key(address)));
        if (!until.isAfter(now)) {
            return 0;
        }
        long millis = Duration.between(now, until).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    /** Counts a failed login; @return the locks it started (account first), empty when none */
    synchronized java.util.List<Lock> failed(String user, String address) {
        Instant now = clock.instant();
        java.util.List<Lock> locks = new java.util.ArrayList<>(2);
        Lock a = count(accounts, "account", key(user), rules.accountLimit(), now);
        if (a != null) {
            locks.add(a);
        }
        Lock b = count(addresses, "address", key(address), rules.addressLimit(), now);
        if (b != null) {
            locks.add(b);
        }
        return locks;
    }

    /** A correct password: the account starts afresh. */
    synchronized void succeeded(String user) {
        accounts.remove(key(user));
    }

    private Lock count(Map<String, Failures> map, String kind, String key, int limit, Instant now) {
        if (map.size() >= MAX_KEYS && !map.containsKey(key)) {
            forgetStale(map, now);
        }
        Failures f = map.computeIfAbsent(key, k -> new Failures());
        prune(f, now);
        f.times.addLast(now);
        int n = f.times.size();
        if (n < limit) {
            return null;
        }
        // 2^(n - limit), without overflow: beyond 2^20 the cap applies anyway.
        Duration delay = rules.firstDelay().multipliedBy(1L << Math.min(20, n - limit));
        if (delay.compareTo(rules.maxDelay()) > 0) {
            delay = rules.maxDelay();
        }
        f.lockedUntil = now.plus(delay);
        return new Lock(kind, key, n, delay);
    }

    private void prune(Failures f, Instant now) {
        Instant oldest = now.minus(rules.window());
        while (!f.times.isEmpty() && !f.times.peekFirst().isAfter(oldest)) {
            f.times.removeFirst();
        }
    }

    private void forgetStale(Map<String, Failures> map, Instant now) {
        for (Iterator<Failures> it = map.values().iterator(); it.hasNext();) {
            Failures f = it.next();
            prune(f, now);
            if (f.times.isEmpty() && !f.lockedUntil.isAfter(now)) {
                it.remove();
            }
        }
        if (map.size() >= MAX_KEYS) {
            map.clear(); // a flood of distinct names: better to forget than to run out of memory
        }
    }

    private static Instant lockOf(Map<String, Failures> map, String key) {
        Failures f = map.get(key);
        return f == null ? Instant.MIN : f.lockedUntil;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String key(String s) {
        return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    }
}
