package id.pembina.bench.city;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import id.pembina.security.api.Authenticator;
import id.pembina.security.api.Caller;
import id.pembina.security.api.LoginThrottledException;

/**
 * The REST edge's login done the same way: HTTP Basic checked by Pembina's accounts (the {@link Authenticator}, a
 * slow salted hash), a success remembered while no account changes ({@code accountsVersion()}), as the REST
 * edge's login cache does; so the baseline servlet pays what a REST request pays for its login.
 */
final class Login {

    private record Known(long version, Caller caller) {
    }

    private static final Map<String, Known> KNOWN = new ConcurrentHashMap<>();

    private Login() {
    }

    /** @return the caller of the header, from the cache while the accounts are unchanged, or checked */
    static Optional<Caller> cached(Authenticator accounts, String header, String address) {
        long version = accounts.accountsVersion();
        Known known = header == null ? null : KNOWN.get(header);
        if (known != null && known.version() == version) {
            return Optional.of(known.caller());
        }
        Optional<Caller> caller = check(accounts, header, address);
        caller.ifPresent(c -> KNOWN.put(header, new Known(version, c)));
        return caller;
    }

    /** @return the caller the Authorization header names, or empty when it is missing or refused */
    static Optional<Caller> check(Authenticator accounts, String header, String address) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        try {
            return accounts.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray(),
                    address);
        } catch (LoginThrottledException e) {
            return Optional.empty();
        }
    }
}
