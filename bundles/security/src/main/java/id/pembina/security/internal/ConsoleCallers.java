package id.pembina.security.internal;

import java.util.Optional;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import id.pembina.security.api.Authenticator;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;

/**
 * Console commands run inside {@code Subject.doAs} with the subject of the console login: this turns that
 * subject into the account's current caller (so a disabled account's open console stops at its next command).
 */
@Component(immediate = true)
public class ConsoleCallers {

    private final Authenticator authenticator;

    @Activate
    public ConsoleCallers(@Reference Authenticator authenticator) {
        this.authenticator = authenticator;
        CallerContext.resolveSubjectsWith(this::resolve);
    }

    Optional<Caller> resolve(Subject subject) {
        Optional<String> name = subject.getPrincipals(UserPrincipal.class).stream().map(UserPrincipal::getName).findFirst();
        return name.flatMap(n -> authenticator.caller(n, address(subject)));
    }

    private static String address(Subject subject) {
        String method = PembinaLoginModule.method(subject);
        return method == null ? "console" : method + ":" + PembinaLoginModule.address(subject);
    }

    @Deactivate
    void deactivate() {
        CallerContext.resolveSubjectsWith(null);
    }
}
