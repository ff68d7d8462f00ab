package id.pembina.rest.common.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers successful logins for a short time so that a client's every request does not re-run a
 * JAAS login with password hashing. Never weaker than logging in every time:
 * <ul>
 * <li>an entry matches only the same user name AND password (kept as an HMAC with a key made at
 * start, never as text);</li>
 * <li>any change of the users file (a new, changed or disabled password, changed roles) empties
 * the cache before the next request is served;</li>
 * <li>only successes are cached: a wrong password always goes to the realm;</li>
 * <li>without a users file to watch (a realm kept elsewhere) nothing is cached.</li>
 * </ul>
 */
final class LoginCache {

    /** What a login established. */
    record Login(String user, Set<String> roles) {
    }

    private record Entry(byte[] proof, Login login, long expiresAt) {
    }

    private static final String MISSING = "missing";

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Path usersFile;
    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier clock;
    private final SecretKeySpec key;
    private volatile String usersFileStamp;

    LoginCache(Path usersFile, long ttlMillis, int maxEntries, LongSupplier nanoClock) {
        this.usersFile = usersFile;
        this.ttlNanos = ttlMillis * 1_000_000L;
        this.maxEntries = maxEntries;
        this.clock = nanoClock;
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        this.key = new SecretKeySpec(k, "HmacSHA256");
        this.usersFileStamp = stamp();
    }

    /** @return the cached login for exactly these credentials, or null */
    Login find(String user, String password) {
        if (ttlNanos <= 0) {
            return null;
        }
        if (!checkUsersFile()) {
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
        return MessageDigest.isEqual(e.proof(), proof(user, password)) ? e.login() : null;
    }

    void remember(String user, String password, Login login) {
        if (ttlNanos <= 0 || MISSING.equals(usersFileStamp)) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(user, new Entry(proof(user, password), login, clock.getAsLong() + ttlNanos));
    }

    /** Empties the cache when the users file changed; @return false when there is no file to watch */
    private boolean checkUsersFile() {
        String now = stamp();
        if (!now.equals(usersFileStamp)) {
            entries.clear();
            usersFileStamp = now;
        }
        return !MISSING.equals(now);
    }

    /** Modification time, size and file key: any rewrite of the file changes at least one. */
    private String stamp() {
        if (usersFile == null) {
            return MISSING;
        }
        try {
            BasicFileAttributes a = Files.readAttributes(usersFile, BasicFileAttributes.class);
            return a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS) + "/" + a.size() + "/" + a.fileKey();
        } catch (java.io.IOException e) {
            return MISSING;
        }
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
