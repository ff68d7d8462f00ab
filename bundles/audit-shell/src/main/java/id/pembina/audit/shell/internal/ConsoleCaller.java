package id.pembina.audit.shell.internal;

import java.security.AccessController;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.Caller;
import id.pembina.security.api.Role;

/**
 * The caller of a console command when no resolver turned the console's JAAS subject into one: the user and
 * roles Karaf logged in. The security implementation's subject resolver (another branch) makes this
 * unnecessary; until then it lets the audit trail, which asks for a caller, see the admin at the console.
 */
final class ConsoleCaller {

    private ConsoleCaller() {
    }

    @SuppressWarnings("removal") // Subject.getSubject is how Karaf's console hands its user to commands on Java 17.
    static Caller current() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null) {
            throw new AccessDeniedException(AccessDeniedException.NO_CALLER);
        }
        return of(subject);
    }

    static Caller of(Subject subject) {
        String name = subject.getPrincipals(UserPrincipal.class).stream().findFirst().map(Principal::getName)
                .orElseThrow(() -> new AccessDeniedException(AccessDeniedException.NO_CALLER));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        subject.getPrincipals(RolePrincipal.class)
                .forEach(p -> Role.of(p.getName()).ifPresent(roles::add));
        return new Caller(name, roles, null, null, "console");
    }
}
