package id.pembina.evaluation.data.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.fail;

import java.util.Set;

import org.junit.Test;

import id.pembina.platform.api.NotFoundException;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;
import id.pembina.security.api.Role;

public class ForkTest {

    private static final Caller OPERATOR = new Caller("op", Set.of(Role.OPERATOR), null, null, "test");

    /** The part runs on another thread as the caller that forked it, and hands back what it computed. */
    @Test
    public void aPartRunsElsewhereAsTheForkingCaller() {
        String here = Thread.currentThread().getName();
        String[] seen = CallerContext.callAs(OPERATOR, () -> Fork.start("test", () -> new String[] {
            Thread.currentThread().getName(), CallerContext.require().name() }).join());
        assertNotEquals(here, seen[0]);
        assertEquals("op", seen[1]);
    }

    /** What the part throws reaches the joining caller as the same exception, as if computed in place. */
    @Test
    public void whatThePartThrowsIsThrownByJoin() {
        NotFoundException thrown = new NotFoundException("unit X");
        Fork<Object> part = CallerContext.callAs(OPERATOR, () -> Fork.start("test", () -> {
            throw thrown;
        }));
        try {
            part.join();
            fail("the part's exception");
        } catch (NotFoundException e) {
            assertSame(thrown, e);
        }
    }
}
