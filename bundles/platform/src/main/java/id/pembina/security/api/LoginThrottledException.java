package id.pembina.security.api;

import id.pembina.platform.api.PembinaException;

/**
 * Too many failed logins for this account or from this address: the login was not even checked.
 * REST answers 429 with {@code Retry-After}; the console refuses the same way.
 */
public class LoginThrottledException extends PembinaException {
    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public LoginThrottledException(long retryAfterSeconds) {
        super("Too many failed logins; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
