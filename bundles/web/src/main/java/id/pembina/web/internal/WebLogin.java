package id.pembina.web.internal;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import id.pembina.security.api.Authenticator;
import id.pembina.security.api.Caller;
import id.pembina.security.api.LoginThrottledException;
import id.pembina.security.api.Role;

/** Checks a user name and password with Pembina's accounts (as the REST API does), throttled alike. */
final class WebLogin {

    private final Set<Role> allowedRoles;

    WebLogin(Set<Role> allowedRoles) {
        this.allowedRoles = Set.copyOf(allowedRoles);
    }

    /** The outcome of a login: a user when the password is right and one of the allowed roles is held. */
    enum Outcome { SIGNED_IN, WRONG_PASSWORD, FORBIDDEN, THROTTLED }

    /** @param retryAfterSeconds for {@link Outcome#THROTTLED}, how long to wait */
    record Result(Outcome outcome, WebUser user, long retryAfterSeconds) {
    }

    Result login(Authenticator accounts, String user, String password, String address) {
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            return new Result(Outcome.WRONG_PASSWORD, null, 0);
        }
        Optional<Caller> caller;
        try {
            caller = accounts.authenticate(user.trim(), password.toCharArray(), address);
        } catch (LoginThrottledException e) {
            return new Result(Outcome.THROTTLED, null, e.retryAfterSeconds());
        }
        if (caller.isEmpty()) {
            return new Result(Outcome.WRONG_PASSWORD, null, 0);
        }
        if (!allowed(caller.get())) {
            return new Result(Outcome.FORBIDDEN, null, 0);
        }
        Caller c = caller.get();
        return new Result(Outcome.SIGNED_IN,
                new WebUser(c.name(), c.roles().stream().map(Role::id).collect(Collectors.toUnmodifiableSet())), 0);
    }

    boolean allowed(Caller caller) {
        return caller.roles().stream().anyMatch(allowedRoles::contains);
    }

    static Set<Role> roles(String[] ids) {
        return java.util.Arrays.stream(ids).map(Role::of).flatMap(Optional::stream).collect(Collectors.toSet());
    }
}
