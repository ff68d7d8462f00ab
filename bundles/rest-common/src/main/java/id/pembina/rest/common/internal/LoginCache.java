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
 * connections of one client, all 32 ran the slow hash at once every minute).
 */
final class LoginCache {

    /** No way to see changes of the accounts: nothing may be cached. */
    static final String NO_STAMP = "";

    private record Entry(byte[] proof, Caller caller, long expiresAt) {
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
        if (ttlNanos <= 0 || !current(now)) {
            return null;
        }
        Entry e = entries.get(user);
        if (e == null) {
            return null;
        }
        if (clock.getAsLong() - e.expiresAt() > 0) {
            entries.remove(user, e);
            return null;
        }
        return MessageDigest.isEqual(e.proof(), proof(user, password)) ? e.caller() : null;
    }

    /**
     * The cached caller, or the check's answer (remembered when it is a caller). Requests with the same user
     * name and password that arrive while their check runs wait for its answer rather than run it again.
     *
     * @return the caller, or null for wrong credentials
     */
    Caller login(String user, String password, String now, Check check) throws LoginThrottledException {
        Caller known = find(user, password, now);
        if (known != null) {
            return known;
        }
        String key = user + '\0' + HexFormat.of().formatHex(proof(user, password));
        CompletableFuture<Caller> mine = new CompletableFuture<>();
        CompletableFuture<Caller> running = checking.putIfAbsent(key, mine);
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
            }
            mine.complete(caller);
            return caller;
        } catch (RuntimeException e) { // LoginThrottledException among them
            mine.completeExceptionally(e);
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
        entries.put(user, new Entry(proof(user, password), caller, clock.getAsLong() + ttlNanos));
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
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(user.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
