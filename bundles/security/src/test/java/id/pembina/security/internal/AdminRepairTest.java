package id.pembina.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;

import id.pembina.security.internal.AdminBootstrapTest.MemoryEngine;

public class AdminRepairTest {

    /** The file as a stale rewrite leaves it: admin without its group, the group line turned into user _g_. */
    private static MemoryEngine damaged() {
        MemoryEngine e = new MemoryEngine();
        e.addUser("admin", "{CRYPT}A1{CRYPT}");
        e.addUser("_g_", "{CRYPT}B2{CRYPT}");
        return e;
    }

    @Test
    public void aDamagedAccountIsRepairedAndThenFoundWhole() {
        MemoryEngine e = damaged();
        assertFalse(AdminRepair.check(() -> e, "admin", "admingroup"));
        assertEquals(List.of("admin"), e.listUsers().stream().map(u -> u.getName()).toList());
        assertEquals(List.of("admingroup"), e.groups.get("admin"));
        assertEquals("{CRYPT}A1{CRYPT}", e.passwords.get("admin")); // the password is kept
        assertTrue(AdminRepair.check(() -> e, "admin", "admingroup"));
    }

    /** Steps until the settling says it is done; returns the number of steps. */
    private static int run(AdminRepair.Settling settling) {
        int steps = 1;
        while (!settling.step()) {
            steps++;
        }
        return steps;
    }

    @Test
    public void settlingWaitsForQuietChecksAndCountsRepairs() {
        MemoryEngine e = damaged();
        AtomicInteger reads = new AtomicInteger();
        // The third read finds the group dropped again (a second stale rewrite); checks 1 and 3 repair.
        AdminRepair.Settling settling = new AdminRepair.Settling(() -> {
            if (reads.incrementAndGet() == 3) {
                e.groups.remove("admin");
            }
            return e;
        }, "admin", "admingroup", 4, 100);
        // reads: 1 repair, 2 quiet, 3 repair, 4-7 quiet (4 in a row): 7 steps
        assertEquals(7, run(settling));
        assertEquals(2, settling.repairs());
        assertEquals(7, reads.get());
        assertEquals(List.of("admingroup"), e.groups.get("admin"));
    }

    @Test
    public void settlingStopsAtTheLimitAndWithoutARealm() {
        AtomicInteger reads = new AtomicInteger();
        MemoryEngine e = new MemoryEngine();
        e.addUser("admin", "x");
        // Always damaged again: stops after maxChecks = 5 steps, 5 repairs.
        AdminRepair.Settling always = new AdminRepair.Settling(() -> {
            reads.incrementAndGet();
            e.groups.remove("admin");
            return e;
        }, "admin", "admingroup", 3, 5);
        assertEquals(5, run(always));
        assertEquals(5, always.repairs());
        assertEquals(5, reads.get());
        // No realm (null engine) counts as whole: quiet after 3 steps, nothing repaired.
        AdminRepair.Settling none = new AdminRepair.Settling(() -> null, "admin", "admingroup", 3, 5);
        assertEquals(3, run(none));
        assertEquals(0, none.repairs());
    }
}
