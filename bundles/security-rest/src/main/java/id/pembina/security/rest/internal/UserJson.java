package id.pembina.security.rest.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import id.pembina.security.api.Role;
import id.pembina.security.api.UserAccount;

/** An account as the API shows it: role ids in lower case, never a password. */
public record UserJson(String name, List<String> roles, String nip, String unitCode, boolean disabled,
        Instant created, Instant passwordChanged) {

    static UserJson of(UserAccount a) {
        return new UserJson(a.name(), ids(a.roles()), a.nip(), a.unitCode(), a.disabled(), a.created(),
                a.passwordChanged());
    }

    static List<String> ids(Set<Role> roles) {
        return roles.stream().sorted().map(Role::id).toList();
    }
}
