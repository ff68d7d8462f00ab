package id.pembina.security.internal;

import java.time.Instant;
import java.util.Set;

import id.pembina.security.api.Role;
import id.pembina.security.api.UserAccount;

/** An account as stored, with its password hash (which never leaves this bundle). */
record StoredAccount(String name, String passwordHash, Set<Role> roles, String nip, String unitCode,
        boolean disabled, Instant created, Instant passwordChanged) {

    StoredAccount {
        roles = Set.copyOf(roles);
    }

    UserAccount toAccount() {
        return new UserAccount(name, roles, nip, unitCode, disabled, created, passwordChanged);
    }

    StoredAccount withPassword(String hash, Instant at) {
        return new StoredAccount(name, hash, roles, nip, unitCode, disabled, created, at);
    }

    StoredAccount withProfile(Set<Role> newRoles, String newNip, String newUnit) {
        return new StoredAccount(name, passwordHash, newRoles, newNip, newUnit, disabled, created, passwordChanged);
    }

    StoredAccount withDisabled(boolean d) {
        return new StoredAccount(name, passwordHash, roles, nip, unitCode, d, created, passwordChanged);
    }
}
