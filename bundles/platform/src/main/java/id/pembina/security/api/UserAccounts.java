package id.pembina.security.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * User management (admin only: every method refuses other callers with {@link AccessDeniedException}).
 * Passwords are stored salted and slowly hashed; a password has at least the configured minimum length
 * (default 10). Every change is audited.
 */
@ProviderType
public interface UserAccounts {

    /**
     * Creates an account.
     *
     * @throws id.pembina.platform.api.ValidationException bad name, no role, short password, PESERTA without
     *                                                     NIP, PIMPINAN without unit, unknown NIP or unit
     * @throws id.pembina.platform.api.ConflictException   the name exists
     */
    UserAccount add(String name, char[] password, Set<Role> roles, String nip, String unitCode);

    /** Every account, by name. */
    List<UserAccount> list();

    Optional<UserAccount> find(String name);

    /** Sets a new password (admin, or the account itself). */
    void changePassword(String name, char[] password);

    /** Changes roles, NIP and unit. */
    UserAccount update(String name, Set<Role> roles, String nip, String unitCode);

    /** Disables (or enables again) an account; a disabled account cannot log in. */
    UserAccount setDisabled(String name, boolean disabled);
}
