package id.pembina.evaluation.data.internal;

import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;

import org.junit.Test;

import id.pembina.evaluation.data.api.TestPhase;

/** {@link SheetPair} keeps a sheet per phase, the later one of a phase replacing the earlier. */
public class SheetPairTest {

    private static Tallies.Sheet sheet(long id, TestPhase phase) {
        return new Tallies.Sheet(id, 7, "198609262015051001", phase, "1.0", 3, 5);
    }

    @Test
    public void eachPhaseHasItsOwnSheetAndALaterOneReplacesIt() {
        SheetPair pair = new SheetPair();
        assertNull(pair.get(TestPhase.PRE));
        assertNull(pair.get(TestPhase.POST));
        Tallies.Sheet post = sheet(2, TestPhase.POST);
        pair.put(TestPhase.POST, post);
        assertNull(pair.get(TestPhase.PRE)); // a post-test alone: no pre-test
        assertSame(post, pair.get(TestPhase.POST));
        Tallies.Sheet pre = sheet(1, TestPhase.PRE);
        Tallies.Sheet again = sheet(3, TestPhase.PRE);
        pair.put(TestPhase.PRE, pre);
        pair.put(TestPhase.PRE, again);
        assertSame(again, pair.get(TestPhase.PRE));
        assertSame(post, pair.get(TestPhase.POST));
    }
}
