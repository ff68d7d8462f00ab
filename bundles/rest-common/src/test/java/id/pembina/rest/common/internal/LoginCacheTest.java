package id.pembina.rest.common.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class LoginCacheTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private static final LoginCache.Login ADMIN = new LoginCache.Login("admin", Set.of("admin"));

    private LoginCache cache(Path users, long ttlMillis) {
        return new LoginCache(users, ttlMillis, 100, now::get);
    }

    @Test
    public void onlyTheSameUserAndPasswordHitWithinTheTimeToLive() throws Exception {
        Path users = folder.newFile("users.properties").toPath();
        LoginCache cache = cache(users, 60_000);
        assertNull(cache.find("admin", "rahasia"));
        cache.remember("admin", "rahasia", ADMIN);
        assertEquals(ADMIN, cache.find("admin", "rahasia"));
        assertNull(cache.find("admin", "Rahasia"));
        assertNull(cache.find("admin", "rahasia "));
        assertNull(cache.find("other", "rahasia"));
        now.addAndGet(59_999_000_000L); // 59.999 s later: still remembered
        assertEquals(ADMIN, cache.find("admin", "rahasia"));
        now.addAndGet(2_000_000L); // 60.001 s after the login: gone
        assertNull(cache.find("admin", "rahasia"));
    }

    @Test
    public void anyChangeOfTheUsersFileForgetsEveryLogin() throws Exception {
        Path users = folder.newFile("users.properties").toPath();
        Files.writeString(users, "admin = {CRYPT}aaaa{CRYPT},admin\n");
        Files.setLastModifiedTime(users, FileTime.fromMillis(1_700_000_000_000L));
        LoginCache cache = cache(users, 60_000);
        cache.remember("admin", "rahasia", ADMIN);
        assertEquals(ADMIN, cache.find("admin", "rahasia"));
        // A new password hash of the same length, written within the same second: the time stamp changes.
        Files.writeString(users, "admin = {CRYPT}bbbb{CRYPT},admin\n");
        Files.setLastModifiedTime(users, FileTime.fromMillis(1_700_000_000_001L));
        assertNull(cache.find("admin", "rahasia"));
        cache.remember("admin", "rahasia", ADMIN);
        Files.delete(users); // a removed file (user store gone) also empties the cache
        assertNull(cache.find("admin", "rahasia"));
    }

    @Test
    public void withoutAUsersFileToWatchNothingIsCached() throws Exception {
        LoginCache cache = cache(folder.getRoot().toPath().resolve("no-such-users.properties"), 60_000);
        cache.remember("admin", "rahasia", ADMIN);
        assertNull(cache.find("admin", "rahasia"));
    }

    @Test
    public void aTimeToLiveOfZeroRemembersNothing() throws Exception {
        LoginCache cache = cache(folder.newFile("users.properties").toPath(), 0);
        cache.remember("admin", "rahasia", ADMIN);
        assertNull(cache.find("admin", "rahasia"));
    }
}
