package id.pembina.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.pembina.security.api.AuditEvent;
import id.pembina.security.api.AuditTrail;
import id.pembina.security.api.Authenticator;
import id.pembina.security.api.Caller;
import id.pembina.security.api.LoginThrottledException;

/**
 * Checks passwords against the accounts table, slowing repeated failures per account and per address
 * ({@link LoginThrottle}); failures and locks are logged and audited.
 */
@Component(immediate = true, service = Authenticator.class, configurationPid = SecurityConfig.PID)
@Designate(ocd = SecurityConfig.class)
public class AuthenticatorService implements Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(AuthenticatorService.class);

    private final AccountStore store;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Duration window;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile AuditTrail audit;

    @Activate
    public AuthenticatorService(@Reference AccountStore store, SecurityConfig config) {
        this(store, config, Clock.systemUTC());
    }

    AuthenticatorService(AccountStore store, SecurityConfig config, Clock clock) {
        this.store = store;
        this.hasher = new PasswordHasher(config.hash_iterations());
        this.window = Duration.ofMinutes(config.failure_window_minutes());
        this.throttle = new LoginThrottle(new LoginThrottle.Rules(config.account_failure_limit(),
                config.address_failure_limit(), window, Duration.ofSeconds(config.first_lock_seconds()),
                Duration.ofSeconds(config.max_lock_seconds())), clock);
    }

    @Override
    public Optional<Caller> authenticate(String user, char[] password, String address) {
        if (user == null || user.isBlank() || password == null) {
            return Optional.empty();
        }
        long wait = throttle.retryAfterSeconds(user, address);
        if (wait > 0) {
            LOG.debug("Login of '{}' from {} refused unchecked: locked for {} s more", Logs.clean(user),
                    Logs.clean(address), wait);
            throw new LoginThrottledException(wait);
        }
        Optional<StoredAccount> found = store.find(user);
        boolean right;
        if (found.isEmpty()) {
            hasher.spendTime(password);
            right = false;
        } else {
            right = PasswordHasher.verify(password, found.get().passwordHash());
        }
        if (!right || found.get().disabled()) {
            failed(user, address, right ? "disabled account" : null);
            return Optional.empty();
        }
        throttle.succeeded(user);
        StoredAccount account = found.get();
        if (hasher.isWeakerThanCurrent(account.passwordHash())) {
            // Raised iterations: the password is at hand only now, so this is when the hash can follow.
            store.update(account.withPassword(hasher.hash(password), account.passwordChanged()));
        }
        return Optional.of(toCaller(account, address));
    }

    @Override
    public Optional<Caller> caller(String user, String address) {
        return store.find(user).filter(a -> !a.disabled()).map(a -> toCaller(a, address));
    }

    @Override
    public long accountsVersion() {
        return store.changeCount();
    }

    static Caller toCaller(StoredAccount a, String address) {
        return new Caller(a.name(), a.roles(), a.nip(), a.unitCode(), address);
    }

    private void failed(String user, String address, String detail) {
        LOG.info("Failed login for '{}' from {}", Logs.clean(user), Logs.clean(address));
        record(user, address, new AuditEvent("LOGIN_FAILED", "user", Logs.clean(user), detail));
        List<LoginThrottle.Lock> locks = throttle.failed(user, address);
        for (LoginThrottle.Lock lock : locks) {
            String what = lock.kind() + " " + Logs.clean(lock.key()) + " locked for " + lock.delay().toSeconds()
                    + " s after " + lock.failures() + " failed logins in " + window.toMinutes() + " min";
            LOG.warn("Login throttled: {}", what);
            record(user, address, new AuditEvent("LOGIN_THROTTLED", "user", Logs.clean(user), what));
        }
    }

    private void record(String user, String address, AuditEvent event) {
        AuditTrail trail = audit;
        if (trail == null) {
            return;
        }
        try {
            trail.record(Logs.clean(user), address, event);
        } catch (RuntimeException e) {
            // A login answer must not depend on the audit table; the log line above is kept either way.
            LOG.warn("Could not record {} in the audit trail: {}", event.action(), e.toString());
        }
    }
}
