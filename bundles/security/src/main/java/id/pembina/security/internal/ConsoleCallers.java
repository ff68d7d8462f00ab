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
import org.osgi.service.component.annotations.Reference;

import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;
import id.pembina.security.api.Role;

/**
 * Makes the user of a console session the caller of the commands it runs: Karaf runs each command inside
 * {@code Subject.doAs} with the subject of the login, which {@link CallerContext} hands to this resolver.
 * A Pembina account is asked for as it is now, so a disabled account's open console stops at its next
 * command. A subject without a Pembina account (Karaf's local console user, or a user of Karaf's fallback
 * realm in etc/users.properties) is the caller its roles name: only a JAAS login or the server's own
 * terminal can make such a subject.
 */
@Component(immediate = true)
public class ConsoleCallers {

    private final AccountStore store;

    @Activate
    public ConsoleCallers(@Reference AccountStore store) {
        this.store = store;
        CallerContext.resolveSubjectsWith(this::caller);
    }

    @Deactivate
    void deactivate() {
        CallerContext.resolveSubjectsWith(null);
    }

    Optional<Caller> caller(Subject subject) {
        Optional<String> name = subject.getPrincipals(UserPrincipal.class).stream().map(Principal::getName).findFirst();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String address = address(subject);
        Optional<StoredAccount> account = store.find(name.get());
        if (account.isPresent()) {
            return account.filter(a -> !a.disabled()).map(a -> AuthenticatorService.toCaller(a, address));
        }
        Set<Role> roles = subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName).map(Role::of)
                .flatMap(Optional::stream).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return roles.isEmpty() ? Optional.empty() : Optional.of(new Caller(name.get(), roles, null, null, address));
    }

    private static String address(Subject subject) {
        String method = PembinaLoginModule.method(subject);
        return method == null ? "console" : method + ":" + PembinaLoginModule.address(subject);
    }
}
