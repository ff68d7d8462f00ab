package id.pembina.security.api;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A Pembina login account (never its password).
 *
 * @param name     account name: 3–64 characters of {@code [A-Za-z0-9._-]}
 * @param roles    at least one role
 * @param nip      the participant this account belongs to (required for {@link Role#PESERTA})
 * @param unitCode the unit a {@link Role#PIMPINAN} leads (required for that role)
 * @param disabled a disabled account cannot log in, and its open sessions stop at their next request
 * @param created  when the account was created
 * @param passwordChanged when its password was last set
 */
public record UserAccount(String name, Set<Role> roles, String nip, String unitCode, boolean disabled,
        Instant created, Instant passwordChanged) {

    public UserAccount {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }
}
