package id.pembina.security.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.ValidationException;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.AuditEvent;
import id.pembina.security.api.AuditTrail;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;
import id.pembina.security.api.Role;
import id.pembina.security.api.UserAccount;
import id.pembina.security.api.UserAccounts;

/**
 * User management for admins (the account itself may change its own password). NIPs and units are checked
 * with the participant registry; every change is audited ({@code USER_CHANGE}, {@code ROLE_CHANGE}).
 */
@Component(immediate = true, service = UserAccounts.class, configurationPid = SecurityConfig.PID)
public class UserAccountsService implements UserAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(UserAccountsService.class);

    private final AccountStore store;
    private final ParticipantRegistry registry;
    private final PasswordHasher hasher;
    private final AccountRules rules;
    private final Clock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile AuditTrail audit;

    @Activate
    public UserAccountsService(@Reference AccountStore store, @Reference ParticipantRegistry registry,
            SecurityConfig config) {
        this(store, registry, config, Clock.systemUTC());
    }

    UserAccountsService(AccountStore store, ParticipantRegistry registry, SecurityConfig config, Clock clock) {
        this.store = store;
        this.registry = registry;
        this.hasher = new PasswordHasher(config.hash_iterations());
        this.rules = new AccountRules(config.min_password_length());
        this.clock = clock;
    }

    @Override
    public UserAccount add(String name, char[] password, Set<Role> roles, String nip, String unitCode) {
        requireAdmin();
        List<FieldError> errors = AccountRules.errors();
        rules.name(name, errors);
        rules.password(password, errors);
        Links links = links(roles, nip, unitCode, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        var now = clock.instant();
        StoredAccount a = new StoredAccount(name, hasher.hash(password), roles, links.nip, links.unit, false, now, now);
        store.insert(a);
        record(new AuditEvent("USER_CHANGE", "user", name, "created with roles " + AccountStore.rolesText(roles)));
        LOG.info("Account '{}' created with roles {}", name, AccountStore.rolesText(roles));
        return a.toAccount();
    }

    @Override
    public List<UserAccount> list() {
        requireAdmin();
        return store.list().stream().map(StoredAccount::toAccount).toList();
    }

    @Override
    public Optional<UserAccount> find(String name) {
        requireAdmin();
        return store.find(name).map(StoredAccount::toAccount);
    }

    @Override
    public void changePassword(String name, char[] password) {
        Caller caller = CallerContext.require();
        if (!caller.has(Role.ADMIN) && !caller.name().equals(name)) {
            throw new AccessDeniedException("security.user.ownPasswordOnly");
        }
        StoredAccount a = existing(name);
        List<FieldError> errors = AccountRules.errors();
        rules.password(password, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        store.update(a.withPassword(hasher.hash(password), clock.instant()));
        record(new AuditEvent("USER_CHANGE", "user", name, "password changed"));
        LOG.info("Password of account '{}' changed by '{}'", name, caller.name());
    }

    @Override
    public UserAccount update(String name, Set<Role> roles, String nip, String unitCode) {
        requireAdmin();
        StoredAccount a = existing(name);
        List<FieldError> errors = AccountRules.errors();
        Links links = links(roles, nip, unitCode, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (a.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            keepAnAdmin(a);
        }
        StoredAccount changed = a.withProfile(roles, links.nip, links.unit);
        store.update(changed);
        if (!a.roles().equals(changed.roles())) {
            record(new AuditEvent("ROLE_CHANGE", "user", name,
                    AccountStore.rolesText(a.roles()) + " -> " + AccountStore.rolesText(changed.roles())));
        }
        if (!java.util.Objects.equals(a.nip(), changed.nip()) || !java.util.Objects.equals(a.unitCode(), changed.unitCode())) {
            record(new AuditEvent("USER_CHANGE", "user", name, "unit " + changed.unitCode()
                    + (changed.nip() == null ? ", no NIP" : ", NIP set")));
        }
        return changed.toAccount();
    }

    @Override
    public UserAccount setDisabled(String name, boolean disabled) {
        requireAdmin();
        StoredAccount a = existing(name);
        if (a.disabled() == disabled) {
            return a.toAccount();
        }
        if (disabled && a.roles().contains(Role.ADMIN)) {
            keepAnAdmin(a);
        }
        StoredAccount changed = a.withDisabled(disabled);
        store.update(changed);
        record(new AuditEvent("USER_CHANGE", "user", name, disabled ? "disabled" : "enabled"));
        LOG.info("Account '{}' {}", name, disabled ? "disabled" : "enabled");
        return changed.toAccount();
    }

    private record Links(String nip, String unit) {
    }

    /** Checks roles, NIP and unit; @return them as the registry spells them */
    private Links links(Set<Role> roles, String nip, String unitCode, List<FieldError> errors) {
        rules.links(roles, nip, unitCode, errors);
        String nipKey = null;
        String unitKey = null;
        if (!AccountRules.blank(nip)) {
            Optional<Participant> p = registry.find(nip.trim());
            if (p.isEmpty()) {
                errors.add(FieldError.of("nip", "security.user.nipUnknown", nip.trim()));
            } else {
                nipKey = p.get().nip();
            }
        }
        if (!AccountRules.blank(unitCode)) {
            Optional<OrganizationUnit> u = registry.findUnit(unitCode.trim());
            if (u.isEmpty()) {
                errors.add(FieldError.of("unitCode", "security.user.unitUnknown", unitCode.trim()));
            } else {
                unitKey = u.get().code();
            }
        }
        return new Links(nipKey, unitKey);
    }

    /** Refuses to take away the last enabled admin: nobody could manage accounts afterwards. */
    private void keepAnAdmin(StoredAccount leaving) {
        boolean another = store.list().stream().anyMatch(o -> !o.name().equals(leaving.name()) && !o.disabled()
                && o.roles().contains(Role.ADMIN));
        if (!another) {
            throw new ValidationException(List.of(FieldError.of("roles", "security.user.lastAdmin", leaving.name())));
        }
    }

    private StoredAccount existing(String name) {
        return store.find(name).orElseThrow(() -> new NotFoundException(name));
    }

    private static void requireAdmin() {
        if (!CallerContext.require().has(Role.ADMIN)) {
            throw new AccessDeniedException(AccessDeniedException.DENIED);
        }
    }

    private void record(AuditEvent event) {
        AuditTrail trail = audit;
        if (trail == null) {
            return;
        }
        try {
            trail.record(event);
        } catch (RuntimeException e) {
            // The change is stored already; the log line keeps what the audit table could not.
            LOG.warn("Could not record {} of account {} in the audit trail: {}", event.action(), event.entityId(), e.toString());
        }
    }
}
