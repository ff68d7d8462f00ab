package id.pembina.rest.common.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import id.pembina.security.api.Caller;
import id.pembina.security.api.Role;

public class LoginCacheTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private static final Caller ADMIN = new Caller("admin", Set.of(Role.ADMIN), null, null, "127.0.0.1");

    private LoginCache cache(long ttlMillis) {
        return new LoginCache(ttlMillis, 100, now::get);
    }

    @Test
    public void onlyTheSameUserAndPasswordHitWithinTheTimeToLive() {
        LoginCache cache = cache(60_000);
        assertNull(cache.find("admin", "rahasia", "accounts:7"));
        cache.remember("admin", "rahasia", ADMIN, "accounts:7");
        assertEquals(ADMIN, cache.find("admin", "rahasia", "accounts:7"));
        assertNull(cache.find("admin", "Rahasia", "accounts:7"));
        assertNull(cache.find("admin", "rahasia ", "accounts:7"));
        assertNull(cache.find("other", "rahasia", "accounts:7"));
        now.addAndGet(59_999_000_000L); // 59.999 s later: still remembered
        assertEquals(ADMIN, cache.find("admin", "rahasia", "accounts:7"));
        now.addAndGet(2_000_000L); // 60.001 s after the login: gone
        assertNull(cache.find("admin", "rahasia", "accounts:7"));
    }

    /**
     * Two requests with the same credentials and no cached login: the second waits for the first's check
     * instead of running its own (1 check, both answered ADMIN); a third afterwards is served from the cache
     * (still 1 check). Another password runs its own check (2).
     */
    @Test
    public void theSameCredentialsAreCheckedOnceAtATime() throws Exception {
        LoginCache cache = cache(60_000);
        AtomicInteger checks = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        LoginCache.Check slow = () -> {
            checks.incrementAndGet();
            try {
                assertTrue(release.await(60, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ADMIN;
        };
        AtomicReference<Caller> first = new AtomicReference<>();
        AtomicReference<Caller> second = new AtomicReference<>();
        Thread one = new Thread(() -> first.set(login(cache, "rahasia", slow)));
        one.start();
        while (checks.get() == 0) {
            Thread.onSpinWait(); // the first check is running
        }
        Thread two = new Thread(() -> second.set(login(cache, "rahasia", slow)));
        two.start();
        while (two.getState() != Thread.State.WAITING) {
            Thread.onSpinWait(); // parked on the first check's answer
        }
        release.countDown();
        one.join(60_000);
        two.join(60_000);
        assertEquals(ADMIN, first.get());
        assertEquals(ADMIN, second.get());
        assertEquals(1, checks.get());
        assertEquals(ADMIN, login(cache, "rahasia", slow));
        assertEquals(1, checks.get());
        assertNull(login(cache, "salah", () -> {
            checks.incrementAndGet();
            return null;
        }));
        assertEquals(2, checks.get());
    }

    /**
     * 51 s into a 60 s entry (its last sixth starts at 50 s) the first request re-runs the check; a request
     * arriving while that runs is served by the unexpired entry without a check of its own (1 check). The
     * renewed entry lives 60 s from the renewal: at 51 + 45 = 96 s, 36 s past the first entry's end, it still
     * serves without a check; at 51 + 51 s (9 s left) it is renewed again. A renewal answered "refused" drops the
     * entry at once.
     */
    @Test
    public void aBusyClientRenewsItsLoginBeforeItExpiresWithoutWaiting() throws Exception {
        LoginCache cache = cache(60_000);
        cache.remember("admin", "rahasia", ADMIN, "accounts:7");
        now.addAndGet(51_000_000_000L);
        AtomicInteger checks = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Caller> renewed = new AtomicReference<>();
        Thread renewing = new Thread(() -> renewed.set(login(cache, "rahasia", () -> {
            checks.incrementAndGet();
            try {
                assertTrue(release.await(60, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ADMIN;
        })));
        renewing.start();
        while (checks.get() == 0) {
            Thread.onSpinWait(); // the renewal's check is running
        }
        assertEquals(ADMIN, login(cache, "rahasia", () -> {
            checks.incrementAndGet();
            return ADMIN;
        }));
        assertEquals(1, checks.get());
        release.countDown();
        renewing.join(60_000);
        assertEquals(ADMIN, renewed.get());
        now.addAndGet(45_000_000_000L);
        assertEquals(ADMIN, login(cache, "rahasia", () -> {
            checks.incrementAndGet();
            return ADMIN;
        }));
        assertEquals(1, checks.get());
        now.addAndGet(6_000_000_000L); // 51 s after the renewal: in its last sixth, renewed again, now refused
        assertNull(login(cache, "rahasia", () -> {
            checks.incrementAndGet();
            return null;
        }));
        assertEquals(2, checks.get());
        assertNull(cache.find("admin", "rahasia", "accounts:7"));
    }

    /** A renewal the accounts throttle for now (55 s into 60) leaves the unexpired entry serving the request. */
    @Test
    public void aThrottledRenewalKeepsTheUnexpiredLogin() {
        LoginCache cache = cache(60_000);
        cache.remember("admin", "rahasia", ADMIN, "accounts:7");
        now.addAndGet(55_000_000_000L);
        assertEquals(ADMIN, login(cache, "rahasia", () -> {
            throw new id.pembina.security.api.LoginThrottledException(30);
        }));
        assertEquals(ADMIN, cache.find("admin", "rahasia", "accounts:7"));
    }

    private static Caller login(LoginCache cache, String password, LoginCache.Check check) {
        try {
            return cache.login("admin", password, "accounts:7", check);
        } catch (id.pembina.security.api.LoginThrottledException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void anyChangeOfTheAccountsForgetsEveryLogin() {
        LoginCache cache = cache(60_000);
        cache.remember("admin", "rahasia", ADMIN, "accounts:7");
        assertNull(cache.find("admin", "rahasia", "accounts:8")); // e.g. a password changed
        assertNull(cache.find("admin", "rahasia", "accounts:7")); // and the entry is gone, not kept for later
        // a login checked before a change and remembered after it is never served under the new stamp
        cache.remember("admin", "rahasia", ADMIN, "accounts:8");
        cache.remember("admin", "old-password", ADMIN, "accounts:7");
        assertNull(cache.find("admin", "old-password", "accounts:8"));
    }

    /**
     * A check that began before a change of the accounts and is remembered while another request already saw the
     * change: the clock, read by {@code remember} between its stamp check and its write, lets the other request in
     * exactly there.
     */
    @Test
    public void aLoginRememberedAcrossAChangeIsNotServedUnderTheNewStamp() {
        AtomicReference<LoginCache> ref = new AtomicReference<>();
        AtomicBoolean changeOnce = new AtomicBoolean(true);
        LoginCache cache = new LoginCache(60_000, 100, () -> {
            if (changeOnce.getAndSet(false)) {
                assertNull(ref.get().find("admin", "new-password", "accounts:8")); // the password was changed
            }
            return now.get();
        });
        ref.set(cache);
        cache.remember("admin", "old-password", ADMIN, "accounts:7");
        assertNull(cache.find("admin", "old-password", "accounts:8"));
    }

    @Test
    public void anyChangeOfTheUsersFileChangesItsStamp() throws Exception {
        Path users = folder.newFile("users.properties").toPath();
        Files.writeString(users, "admin = {CRYPT}aaaa{CRYPT},admin\n");
        Files.setLastModifiedTime(users, FileTime.fromMillis(1_700_000_000_000L));
        String before = UsersFileStamp.of(users);
        // A new password hash of the same length, written within the same second: the time stamp changes.
        Files.writeString(users, "admin = {CRYPT}bbbb{CRYPT},admin\n");
        Files.setLastModifiedTime(users, FileTime.fromMillis(1_700_000_000_001L));
        LoginCache cache = cache(60_000);
        cache.remember("admin", "rahasia", ADMIN, before);
        assertNull(cache.find("admin", "rahasia", UsersFileStamp.of(users)));
        Files.delete(users);
        assertEquals(LoginCache.NO_STAMP, UsersFileStamp.of(users));
    }

    @Test
    public void withoutAStampNothingIsCached() {
        LoginCache cache = cache(60_000);
        cache.remember("admin", "rahasia", ADMIN, LoginCache.NO_STAMP);
        assertNull(cache.find("admin", "rahasia", LoginCache.NO_STAMP));
    }

    @Test
    public void aTimeToLiveOfZeroRemembersNothing() {
        LoginCache cache = cache(0);
        cache.remember("admin", "rahasia", ADMIN, "accounts:1");
        assertNull(cache.find("admin", "rahasia", "accounts:1"));
    }
}
