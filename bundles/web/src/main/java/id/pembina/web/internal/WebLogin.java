package id.pembina.web.internal;

import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/** Checks a user name and password against a JAAS realm (Karaf's {@code karaf} realm, as the REST API does). */
final class WebLogin {

    private final String realm;
    private final Set<String> allowedRoles;

    WebLogin(String realm, Set<String> allowedRoles) {
        this.realm = realm;
        this.allowedRoles = Set.copyOf(allowedRoles);
    }

    /** The outcome of a login: a user when the password is right and one of the allowed roles is held. */
    enum Outcome { SIGNED_IN, WRONG_PASSWORD, FORBIDDEN }

    record Result(Outcome outcome, WebUser user) {
    }

    Result login(String user, String password) {
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            return new Result(Outcome.WRONG_PASSWORD, null);
        }
        Subject subject = authenticate(user.trim(), password);
        if (subject == null) {
            return new Result(Outcome.WRONG_PASSWORD, null);
        }
        Set<String> roles = subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName)
                .collect(Collectors.toUnmodifiableSet());
        if (roles.stream().noneMatch(allowedRoles::contains)) {
            return new Result(Outcome.FORBIDDEN, null);
        }
        String name = subject.getPrincipals(UserPrincipal.class).stream().findFirst().map(Principal::getName)
                .orElse(user.trim());
        return new Result(Outcome.SIGNED_IN, new WebUser(name, roles));
    }

    private Subject authenticate(String user, String password) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // JAAS loads Karaf's proxy login module through the context class loader.
        thread.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            Subject subject = new Subject();
            LoginContext context = new LoginContext(realm, subject, callbacks -> {
                for (var cb : callbacks) {
                    if (cb instanceof NameCallback name) {
                        name.setName(user);
                    } else if (cb instanceof PasswordCallback pw) {
                        pw.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(cb);
                    }
                }
            });
            context.login();
            return subject;
        } catch (LoginException e) {
            return null;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
