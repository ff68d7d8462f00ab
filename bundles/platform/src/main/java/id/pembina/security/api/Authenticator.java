package id.pembina.security.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Checks who is calling; every edge (REST, web, forms, console) uses it. */
@ProviderType
public interface Authenticator {

    /**
     * Checks a user name and password (slow salted hash). Failures are counted per account and per
     * address, logged and audited.
     *
     * @return the caller, or empty when the name is unknown, the account disabled or the password wrong
     * @throws LoginThrottledException when too many recent failures for the account or the address
     *                                 forbid even checking
     */
    Optional<Caller> authenticate(String user, char[] password, String address);

    /**
     * The caller of a user who has already logged in (a web session, a console session): empty when the
     * account no longer exists or is disabled, so a disabled account takes effect at once.
     */
    Optional<Caller> caller(String user, String address);

    /**
     * A number that changes whenever any account changes (added, password, roles, NIP, unit, disabled).
     * A cache of logins kept by an edge compares it before trusting an entry, so that a changed or disabled
     * password takes effect at once.
     *
     * @since 1.1
     */
    long accountsVersion();
}
