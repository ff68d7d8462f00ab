package id.pembina.security.internal;

import java.security.Principal;
import java.util.function.Supplier;

import org.apache.karaf.jaas.boot.principal.GroupPrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.modules.BackingEngine;

/**
 * Keeps the admin account whole while Karaf settles the users file at first start. Karaf's automatic
 * encryption rewrites {@code users.properties} on its own thread when the file changes; a rewrite made from a
 * copy read between the bootstrap's two writes (the user, then its group) drops the group and can turn the
 * group line into a user named {@code _g_}. Seen under load: the admin could log in but had no role.
 */
final class AdminRepair {

    /** What a group line turns into when it is misread as a user. */
    static final String STRAY = "_g_";

    private AdminRepair() {
    }

    /**
     * Checks the account as the file holds it now (a fresh engine reads the file again) and repairs it.
     *
     * @return true when nothing had to be repaired
     */
    static boolean check(Supplier<BackingEngine> fresh, String user, String group) {
        BackingEngine engine = fresh.get();
        if (engine == null) {
            return true; // the realm is gone (shutting down): nothing to keep whole
        }
        boolean whole = true;
        if (engine.listUsers().stream().map(Principal::getName).anyMatch(STRAY::equals)) {
            engine.deleteUser(STRAY);
            whole = false;
        }
        UserPrincipal u = engine.lookupUser(user);
        if (u != null && engine.listGroups(u).stream().map(GroupPrincipal::getName).noneMatch(group::equals)) {
            engine.addGroup(user, group);
            whole = false;
        }
        return whole;
    }

    /**
     * Checks every {@code intervalMillis} until the account has been whole for {@code quietChecks} checks in a
     * row, or {@code maxChecks} checks were made.
     *
     * @return the number of repairs made
     */
    static int settle(Supplier<BackingEngine> fresh, String user, String group, long intervalMillis, int quietChecks,
            int maxChecks) throws InterruptedException {
        int repairs = 0;
        int quiet = 0;
        for (int i = 0; i < maxChecks && quiet < quietChecks; i++) {
            if (check(fresh, user, group)) {
                quiet++;
            } else {
                repairs++;
                quiet = 0;
            }
            if (quiet < quietChecks) {
                Thread.sleep(intervalMillis); // the encryption's rewrite happens on Karaf's file watcher thread
            }
        }
        return repairs;
    }
}
