package id.pembina.security.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Set;

import org.junit.Test;

public class CallerContextTest {

    private final Caller operator = new Caller("ani", Set.of(Role.OPERATOR), null, null, "127.0.0.1");
    private final Caller leader = new Caller("lurah", Set.of(Role.PIMPINAN), "198001012005011001", "MARELAN", "10.0.0.2");

    @Test
    public void noCallerIsRefused() {
        assertFalse(CallerContext.current().isPresent());
        try {
            CallerContext.require();
            fail("a thread without a caller must be refused");
        } catch (AccessDeniedException e) {
            assertEquals(AccessDeniedException.NO_CALLER, e.code());
        }
    }

    @Test
    public void scopesNestAndRestore() {
        try (CallerContext.Scope outer = CallerContext.enter(operator)) {
            assertSame(operator, CallerContext.require());
            try (CallerContext.Scope inner = CallerContext.enter(leader)) {
                assertSame(leader, CallerContext.require());
            }
            assertSame(operator, CallerContext.require());
        }
        assertFalse(CallerContext.current().isPresent());
    }

    @Test
    public void wrappedWorkCarriesTheCallerToAnotherThread() throws Exception {
        Caller[] seen = new Caller[1];
        Thread t = new Thread(CallerContext.wrap(leader, () -> seen[0] = CallerContext.require()));
        t.start();
        t.join();
        assertSame(leader, seen[0]);
    }

    @Test
    public void rolesAndStaff() {
        assertTrue(operator.isStaff());
        assertFalse(leader.isStaff());
        assertTrue(Caller.system("demo").has(Role.ADMIN));
        assertEquals(Role.PIMPINAN, Role.of(" Pimpinan ").orElseThrow());
        assertFalse(Role.of("pembina").isPresent());
        assertEquals("peserta", Role.PESERTA.id());
    }
}
