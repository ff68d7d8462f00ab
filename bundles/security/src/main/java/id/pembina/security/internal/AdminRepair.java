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
     * Repeated checks until the account has been whole for {@code quietChecks} checks in a row, or
     * {@code maxChecks} checks were made. The caller schedules {@link #step} (e.g. every 0.5 s): the encryption's
     * rewrite happens on Karaf's file-watcher thread, so only a later look can see it.
     */
    static final class Settling {

        private final Supplier<BackingEngine> fresh;
        private final String user;
        private final String group;
        private final int quietChecks;
        private final int maxChecks;
        private int checks;
        private int quiet;
        private int repairs;

        Settling(Supplier<BackingEngine> fresh, String user, String group, int quietChecks, int maxChecks) {
            this.fresh = fresh;
            this.user = user;
            this.group = group;
            this.quietChecks = quietChecks;
            this.maxChecks = maxChecks;
        }

        /** @return true when no further check is needed */
        boolean step() {
            checks++;
            if (check(fresh, user, group)) {
                quiet++;
            } else {
                repairs++;
                quiet = 0;
            }
            return quiet >= quietChecks || checks >= maxChecks;
        }

        /** @return the repairs made so far */
        int repairs() {
            return repairs;
        }
    }
}
