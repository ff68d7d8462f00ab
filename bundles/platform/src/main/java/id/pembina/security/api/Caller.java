package id.pembina.security.api;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The authenticated user on whose behalf a service runs.
 *
 * @param name     the account name (shown in the audit trail and the registry history)
 * @param roles    the account's roles (never empty for a real user)
 * @param nip      the NIP the account belongs to; required for {@link Role#PESERTA}, optional otherwise
 * @param unitCode the unit a {@link Role#PIMPINAN} leads (their scope is this unit and every unit below it)
 * @param address  where the call comes from (client IP, {@code console}, {@code system}); for the audit trail
 */
public record Caller(String name, Set<Role> roles, String nip, String unitCode, String address) {

    /** The account name used for work Pembina does by itself (demo data, first-start setup, schedulers). */
    public static final String SYSTEM = "system";

    public Caller {
        Objects.requireNonNull(name, "name");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /**
     * The caller for work the platform does on its own behalf (loading demo data, first-start setup,
     * scheduled jobs). It has every right; use it only where no user is involved, never for a request.
     */
    public static Caller system(String what) {
        return new Caller(SYSTEM, Set.of(Role.ADMIN), null, null, "system:" + what);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Admin or operator: may read and change data of every unit. */
    public boolean isStaff() {
        return has(Role.ADMIN) || has(Role.OPERATOR);
    }

    /** The same user calling from another address. */
    public Caller from(String newAddress) {
        return new Caller(name, roles, nip, unitCode, newAddress);
    }
}
