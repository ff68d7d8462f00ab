package id.pembina.security.internal;

import java.io.IOException;
import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.AccountLockedException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

import id.pembina.security.api.Authenticator;
import id.pembina.security.api.Caller;
import id.pembina.security.api.LoginThrottledException;
import id.pembina.security.api.Role;

/**
 * Logs in through the {@link Authenticator} (same accounts, hashes and throttling as the REST API) and gives
 * the subject a {@link UserPrincipal} and {@link RolePrincipal}s: the Pembina role ids, {@code ssh} for admins
 * and operators (who may use the console), and for admins the roles Karaf's own commands and JMX ask for.
 * Created by Karaf's proxy login module for every login; the realm passes the authenticator in the options.
 */
public class PembinaLoginModule implements LoginModule {

    static final String AUTHENTICATOR = "pembina.authenticator";

    private Subject subject;
    private CallbackHandler handler;
    private Authenticator authenticator;
    private Caller caller;
    private final Set<Principal> principals = new LinkedHashSet<>();

    @Override
    public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> sharedState, Map<String, ?> options) {
        this.subject = subject;
        this.handler = handler;
        this.authenticator = (Authenticator) options.get(AUTHENTICATOR);
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("user: ");
        PasswordCallback password = new PasswordCallback("password: ", false);
        try {
            handler.handle(new Callback[] { name, password });
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("Cannot ask for user name and password: " + e.getMessage());
        }
        char[] pw = password.getPassword();
        password.clearPassword();
        if (name.getName() == null || pw == null) {
            throw new FailedLoginException("Login failed");
        }
        Optional<Caller> c;
        try {
            c = authenticator.authenticate(name.getName(), pw, address(subject));
        } catch (LoginThrottledException e) {
            throw new AccountLockedException("Too many failed logins; retry after " + e.retryAfterSeconds() + " s");
        } finally {
            java.util.Arrays.fill(pw, '\0');
        }
        caller = c.orElseThrow(() -> new FailedLoginException("Login failed"));
        return true;
    }

    /**
     * The client host Karaf's SSH server puts in the subject ({@code /host:port}), without the port: the same
     * key as an HTTP client's address, so that failures over SSH and HTTP from one host count together.
     */
    static String address(Subject subject) {
        if (subject != null) {
            for (ClientPrincipal p : subject.getPrincipals(ClientPrincipal.class)) {
                return host(p.getAddress());
            }
        }
        return "jaas";
    }

    /** @return "ssh" (or another login method) when the subject names one, else null */
    static String method(Subject subject) {
        return subject.getPrincipals(ClientPrincipal.class).stream().map(ClientPrincipal::getMethod).findFirst()
                .orElse(null);
    }

    static String host(String socketAddress) {
        String s = socketAddress == null ? "" : socketAddress;
        int slash = s.indexOf('/');
        if (slash >= 0) {
            s = s.substring(slash + 1);
        }
        if (s.startsWith("[") && s.indexOf(']') > 0) {
            return s.substring(0, s.indexOf(']') + 1); // [v6]:port
        }
        int colon = s.indexOf(':');
        if (colon >= 0 && colon == s.lastIndexOf(':')) {
            s = s.substring(0, colon); // host:port
        }
        return s;
    }

    /** The JAAS role names of a caller. */
    static Set<String> roleNames(Set<Role> roles) {
        Set<String> names = new LinkedHashSet<>();
        for (Role r : roles) {
            names.add(r.id());
        }
        if (roles.contains(Role.ADMIN) || roles.contains(Role.OPERATOR)) {
            names.add("ssh");
        }
        if (roles.contains(Role.ADMIN)) {
            names.add("manager");
            names.add("viewer");
            names.add("systembundles");
        }
        return names;
    }

    @Override
    public boolean commit() {
        if (caller == null) {
            return false;
        }
        principals.add(new UserPrincipal(caller.name()));
        for (String role : roleNames(caller.roles())) {
            principals.add(new RolePrincipal(role));
        }
        subject.getPrincipals().addAll(principals);
        return true;
    }

    @Override
    public boolean abort() {
        logout();
        return caller != null;
    }

    @Override
    public boolean logout() {
        if (subject != null) {
            subject.getPrincipals().removeAll(principals);
        }
        principals.clear();
        caller = null;
        return true;
    }
}
