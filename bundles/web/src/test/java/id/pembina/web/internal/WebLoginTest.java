package id.pembina.web.internal;

import static org.junit.Assert.assertEquals;

import java.util.Optional;
import java.util.Set;

import org.junit.Test;

import id.pembina.security.api.Authenticator;
import id.pembina.security.api.Caller;
import id.pembina.security.api.LoginThrottledException;
import id.pembina.security.api.Role;

public class WebLoginTest {

    /** Three accounts: an operator, a peserta, and one locked after failed logins. */
    private final Authenticator accounts = new Authenticator() {
        @Override
        public Optional<Caller> authenticate(String user, char[] password, String address) {
            if (user.equals("terkunci")) {
                throw new LoginThrottledException(42);
            }
            if (!new String(password).equals("sandi-yang-benar")) {
                return Optional.empty();
            }
            return caller(user, address);
        }

        @Override
        public Optional<Caller> caller(String user, String address) {
            return switch (user) {
                case "siti" -> Optional.of(new Caller("siti", Set.of(Role.OPERATOR), null, null, address));
                case "budi" -> Optional.of(new Caller("budi", Set.of(Role.PESERTA), "198609262015051001", null, address));
                default -> Optional.empty();
            };
        }

        @Override
        public long accountsVersion() {
            return 1;
        }
    };

    private final WebLogin login = new WebLogin(WebLogin.roles(new String[] { "admin", "operator", "pimpinan", "nope" }));

    @Test
    public void staffSignInWithTheirRoles() {
        assertEquals(new WebLogin.Result(WebLogin.Outcome.SIGNED_IN, new WebUser("siti", Set.of("operator")), 0),
                login.login(accounts, " siti ", "sandi-yang-benar", "10.0.0.1"));
    }

    @Test
    public void othersAreToldWhy() {
        assertEquals(WebLogin.Outcome.WRONG_PASSWORD, login.login(accounts, "siti", "salah", "x").outcome());
        assertEquals(WebLogin.Outcome.WRONG_PASSWORD, login.login(accounts, "", "sandi-yang-benar", "x").outcome());
        assertEquals(WebLogin.Outcome.FORBIDDEN, login.login(accounts, "budi", "sandi-yang-benar", "x").outcome());
        assertEquals(new WebLogin.Result(WebLogin.Outcome.THROTTLED, null, 42),
                login.login(accounts, "terkunci", "sandi-yang-benar", "x"));
    }

    @Test
    public void unknownRoleNamesInTheConfigurationAreIgnored() {
        assertEquals(Set.of(Role.ADMIN, Role.OPERATOR, Role.PIMPINAN), WebLogin.roles(new String[] { "admin", "operator", "pimpinan", "nope" }));
    }
}
