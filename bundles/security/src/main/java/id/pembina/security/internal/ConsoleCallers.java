package id.pembina.security.internal;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;
import id.pembina.security.api.Role;

/**
 * Makes the user of a console session the caller of the commands it runs: Karaf runs each command inside
 * {@code Subject.doAs} with the subject of the login, which {@link CallerContext} hands to this resolver.
 */
@Component(immediate = true)
public class ConsoleCallers {

    @Activate
    void activate() {
        CallerContext.resolveSubjectsWith(ConsoleCallers::caller);
    }

    @Deactivate
    void deactivate() {
        CallerContext.resolveSubjectsWith(null);
    }

    static Optional<Caller> caller(Subject subject) {
        Optional<String> name = subject.getPrincipals(UserPrincipal.class).stream().map(Principal::getName).findFirst();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Set<Role> roles = subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName).map(Role::of)
                .flatMap(Optional::stream).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return roles.isEmpty() ? Optional.empty() : Optional.of(new Caller(name.get(), roles, null, null, "console"));
    }
}
