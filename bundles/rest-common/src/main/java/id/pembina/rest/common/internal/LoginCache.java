package id.pembina.rest.common.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import id.pembina.security.api.Caller;
import id.pembina.security.api.LoginThrottledException;

/**
 * Remembers successful logins for a short time so that a client's every request does not re-run the slow
 * password hash. Never weaker than logging in every time:
 * <ul>
 * <li>an entry matches only the same user name AND password (kept as an HMAC with a key made at
 * start, never as text);</li>
 * <li>every lookup names the accounts' current stamp ({@code Authenticator.accountsVersion()}, or the
 * users file's time and size for Karaf's own realm): any change of any account (a new, changed or
 * disabled password, changed roles) empties the cache before the request is served;</li>
 * <li>only successes are cached: a wrong password always goes to the check;</li>
 * <li>without a stamp ({@link #NO_STAMP}: nothing to watch) nothing is cached.</li>
 * </ul>
 * A check of the same user name and password runs once at a time ({@link #login}): when an entry expires
 * under load, the client's concurrent requests wait for one hash instead of each running its own (with 32
 * connections of one client, all 32 ran the slow hash at once every minute). A busy client does not even
 * wait for that one: in the last sixth of an entry's life the first request to see it re-runs the check
 * (and renews the entry) while the client's other requests are still served by the unexpired entry, so
 * a steady client never meets an expired one (before, every minute all its connections stalled for the
 * length of one hash: the list's p99 under load). An entry still serves only within its time to live.
 */
final class LoginCache {

    /** No way to see changes of the accounts: nothing may be cached. */
    static final String NO_STAMP = "";

    /** A login made while the accounts had {@code stamp}: it serves only requests that see that same stamp. */
    private record Entry(byte[] proof, Caller caller, long expiresAt, String stamp) {
    }

    /** The password check that answers a login. */
    interface Check {
        /** @return the caller, or null for wrong credentials */
        Caller run() throws LoginThrottledException;
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, CompletableFuture<Caller>> checking = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier clock;
    private final SecretKeySpec key;
    private volatile String stamp = NO_STAMP;
    /**
     * One HMAC per request thread: looking the algorithm up and keying it for every request cost as much as the
     * proof itself.
     */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    LoginCache(long ttlMillis, int maxEntries, LongSupplier nanoClock) {
        this.ttlNanos = ttlMillis * 1_000_000L;
        this.maxEntries = maxEntries;
        this.clock = nanoClock;
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        this.key = new SecretKeySpec(k, "HmacSHA256");
    }

    /** @return the cached caller for exactly these credentials while the accounts still have {@code now}, or null */
    Caller find(String user, String password, String now) {
        Entry e = entry(user, password, now);
        return e == null ? null : e.caller();
    }

    /** @return the unexpired entry of exactly these credentials while the accounts still have {@code now}, or null */
    private Entry entry(String user, String password, String now) {
        if (ttlNanos <= 0 || !current(now)) {
            return null;
        }
        Entry e = entries.get(user);
        if (e == null) {
            return null;
        }
        if (clock.getAsLong() - e.expiresAt() > 0 || !now.equals(e.stamp())) {
            // expired, or made under accounts that have changed since (a check that began before the change and
            // was remembered after it: the stamp it was made under no longer holds)
            entries.remove(user, e);
            return null;
        }
        return MessageDigest.isEqual(e.proof(), proof(user, password)) ? e : null;
    }

    /**
     * The cached caller, or the check's answer (remembered when it is a caller). Requests with the same user
     * name and password that arrive while their check runs wait for its answer rather than run it again.
     *
     * @return the caller, or null for wrong credentials
     */
    Caller login(String user, String password, String now, Check check) throws LoginThrottledException {
        Entry known = entry(user, password, now);
        boolean renew = known != null && known.expiresAt() - clock.getAsLong() < ttlNanos / 6;
        if (known != null && !renew) {
            return known.caller();
        }
        String key = user + '\0' + HexFormat.of().formatHex(proof(user, password));
        CompletableFuture<Caller> mine = new CompletableFuture<>();
        CompletableFuture<Caller> running = checking.putIfAbsent(key, mine);
        if (running != null && renew) {
            return known.caller(); // another request renews it; this one is still within the entry's life
        }
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) { // the same answer as the check's, a throttled login included
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            Caller caller = check.run();
            if (caller != null) {
                remember(user, password, caller, now);
            } else if (known != null) {
                entries.remove(user, known); // refused now: the renewed check's answer counts at once
            }
            mine.complete(caller);
            return caller;
        } catch (RuntimeException e) { // LoginThrottledException among them
            mine.completeExceptionally(e);
            if (known != null && e instanceof LoginThrottledException) {
                return known.caller(); // a renewal refused for now: the entry is still within its life
            }
            throw e;
        } finally {
            checking.remove(key, mine);
        }
    }

    /** Remembers a login made while the accounts had the stamp {@code at}. */
    void remember(String user, String password, Caller caller, String at) {
        if (ttlNanos <= 0 || !current(at)) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(user, new Entry(proof(user, password), caller, clock.getAsLong() + ttlNanos, at));
    }

    /** Empties the cache when the stamp moved; @return false when there is nothing to watch */
    private boolean current(String now) {
        if (!now.equals(stamp)) {
            entries.clear();
            stamp = now;
        }
        return !NO_STAMP.equals(now);
    }

    private byte[] proof(String user, String password) {
        Mac mac = macs.get(); // doFinal leaves it ready for the next proof with the same key
        mac.update(user.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
