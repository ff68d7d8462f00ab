package id.pembina.audit.rest.internal;

import java.util.EnumSet;
import java.util.Set;

import javax.ws.rs.core.SecurityContext;

import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.Caller;
import id.pembina.security.api.Role;

/**
 * The caller of a request whose edge entered none: the user and roles of the REST login. The REST login
 * filter that enters the caller for every request (security work under way on another branch) makes this
 * unnecessary; until then it lets the audit trail, which asks for a caller, see the admin who logged in.
 */
final class LoginCaller {

    private LoginCaller() {
    }

    static Caller of(SecurityContext security) {
        if (security == null || security.getUserPrincipal() == null) {
            throw new AccessDeniedException(AccessDeniedException.NO_CALLER);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role r : Role.values()) {
            if (security.isUserInRole(r.id())) {
                roles.add(r);
            }
        }
        return new Caller(security.getUserPrincipal().getName(), roles, null, null, "rest");
    }
}
