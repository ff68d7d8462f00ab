package id.pembina.web.internal;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import id.pembina.security.api.Caller;
import id.pembina.security.api.Role;

/** The signed-in user, kept in the HTTP session. */
record WebUser(String name, Set<String> roles) implements Serializable {

    static final String ATTRIBUTE = "pembina.web.user";

    /** The caller the services see for this user's requests. */
    Caller caller(String address) {
        Set<Role> r = roles.stream().map(Role::of).flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new Caller(name, r, null, null, address);
    }
}
