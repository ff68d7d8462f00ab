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

    @Test
    public void settlingWaitsForQuietChecksAndCountsRepairs() throws Exception {
        MemoryEngine e = damaged();
        AtomicInteger reads = new AtomicInteger();
        // The third read finds the group dropped again (a second stale rewrite); checks 1 and 3 repair.
        int repairs = AdminRepair.settle(() -> {
            if (reads.incrementAndGet() == 3) {
                e.groups.remove("admin");
            }
            return e;
        }, "admin", "admingroup", 0, 4, 100);
        assertEquals(2, repairs);
        // reads: 1 repair, 2 quiet, 3 repair, 4-7 quiet (4 in a row): 7 reads
        assertEquals(7, reads.get());
        assertEquals(List.of("admingroup"), e.groups.get("admin"));
    }

    @Test
    public void settlingStopsAtTheLimitAndWithoutARealm() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        MemoryEngine e = new MemoryEngine();
        e.addUser("admin", "x");
        // Always damaged again: stops after maxChecks = 5 reads, 5 repairs.
        assertEquals(5, AdminRepair.settle(() -> {
            reads.incrementAndGet();
            e.groups.remove("admin");
            return e;
        }, "admin", "admingroup", 0, 3, 5));
        assertEquals(5, reads.get());
        // No realm (null engine) counts as whole.
        assertEquals(0, AdminRepair.settle(() -> null, "admin", "admingroup", 0, 3, 5));
    }
}
