package id.pembina.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.Test;

/** The lock schedule with a clock the test moves by hand. */
public class LoginThrottleTest {

    /** A clock that stands still until the test moves it. */
    static final class Hand extends Clock {
        Instant now = Instant.parse("2026-11-30T01:00:00Z");

        void plus(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final Hand clock = new Hand();
    // 5 per account, 20 per address, 15 min window, first lock 30 s doubling, at most 900 s
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Rules(5, 20, Duration.ofMinutes(15),
            Duration.ofSeconds(30), Duration.ofSeconds(900)), clock);

    @Test
    public void fifthFailureLocksForThirtySecondsThenDoubling() {
        for (int i = 1; i <= 4; i++) {
            assertEquals(List.of(), throttle.failed("budi", "10.0.0." + i));
            assertEquals(0, throttle.retryAfterSeconds("budi", "10.0.0.9"));
        }
        List<LoginThrottle.Lock> locks = throttle.failed("budi", "10.0.0.5");
        assertEquals(List.of(new LoginThrottle.Lock("account", "budi", 5, Duration.ofSeconds(30))), locks);
        assertEquals(30, throttle.retryAfterSeconds("budi", "10.0.0.9"));
        assertEquals(30, throttle.retryAfterSeconds("BUDI", "10.0.0.9")); // names are compared ignoring case
        assertEquals(0, throttle.retryAfterSeconds("siti", "10.0.0.9"));

        clock.plus(12);
        assertEquals(18, throttle.retryAfterSeconds("budi", "10.0.0.9")); // 30 - 12
        clock.plus(18);
        assertEquals(0, throttle.retryAfterSeconds("budi", "10.0.0.9"));

        // 6th failure in the window: 30 * 2^(6-5) = 60 s; 7th: 120 s; 8th: 240 s; 9th: 480 s; 10th: 960 -> cap 900 s
        long[] expected = { 60, 120, 240, 480, 900 };
        for (long seconds : expected) {
            locks = throttle.failed("budi", "10.0.0.6");
            assertEquals(Duration.ofSeconds(seconds), locks.get(0).delay());
            assertEquals(seconds, throttle.retryAfterSeconds("budi", "x"));
            clock.plus(1);
        }
    }

    @Test
    public void failuresOlderThanTheWindowNoLongerCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("budi", "10.0.0.1");
        }
        clock.plus(15 * 60); // the four failures are exactly 15 min old: out of the window
        assertEquals(List.of(), throttle.failed("budi", "10.0.0.1"));
        assertEquals(0, throttle.retryAfterSeconds("budi", "10.0.0.1"));
    }

    @Test
    public void successClearsTheAccountButNotTheAddress() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("budi", "10.0.0.1");
        }
        throttle.succeeded("budi");
        assertEquals(List.of(), throttle.failed("budi", "10.0.0.1")); // 1 failure of the account since the success
        // the address has 5 failures now; 15 more reach its limit of 20
        for (int i = 0; i < 14; i++) {
            assertEquals(List.of(), throttle.failed("user" + i, "10.0.0.1"));
        }
        List<LoginThrottle.Lock> locks = throttle.failed("another", "10.0.0.1");
        assertEquals(List.of(new LoginThrottle.Lock("address", "10.0.0.1", 20, Duration.ofSeconds(30))), locks);
        assertEquals(30, throttle.retryAfterSeconds("siti", "10.0.0.1"));
        assertEquals(0, throttle.retryAfterSeconds("siti", "10.0.0.2"));
    }

    @Test
    public void retryAfterRoundsPartSecondsUp() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("budi", "a");
        }
        clock.now = clock.now.plusMillis(29_001); // 0.999 s of the 30 s left: say 1
        assertEquals(1, throttle.retryAfterSeconds("budi", "b"));
        assertTrue(throttle.retryAfterSeconds("budi", "b") > 0);
    }
}
