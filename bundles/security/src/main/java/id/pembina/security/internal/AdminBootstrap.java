package id.pembina.security.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.pembina.security.api.Role;

/**
 * Makes sure an administrator can log in without any well-known password. On the first start (no account
 * {@code admin}) it creates {@code admin} with a random password written to {@code data/pembina/admin-password}
 * (mode 600); afterwards the password stays as it is. When {@code PEMBINA_ADMIN_PASSWORD} is set, that password
 * is given to {@code admin} at every start, and the account is enabled and made admin again: the way back in
 * for whoever runs the server.
 */
final class AdminBootstrap {

    static final String USER = "admin";
    static final String ENV = "PEMBINA_ADMIN_PASSWORD";
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private AdminBootstrap() {
    }

    static Path passwordFile() {
        return Path.of(System.getProperty("karaf.data", "data"), "pembina", "admin-password");
    }

    static void ensureAdmin(AccountStore store, PasswordHasher hasher, String fromEnvironment, Path passwordFile,
            Instant now) throws java.io.IOException {
        Optional<StoredAccount> existing = store.find(USER);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            char[] pw = fromEnvironment.toCharArray();
            if (existing.isEmpty()) {
                store.insert(new StoredAccount(USER, hasher.hash(pw), Set.of(Role.ADMIN), null, null, false, now, now));
            } else {
                StoredAccount a = existing.get();
                Set<Role> roles = EnumSet.copyOf(a.roles());
                roles.add(Role.ADMIN);
                boolean same = PasswordHasher.verify(pw, a.passwordHash());
                if (!same || a.disabled() || !a.roles().contains(Role.ADMIN)) {
                    StoredAccount fixed = a.withProfile(roles, a.nip(), a.unitCode()).withDisabled(false);
                    store.update(same ? fixed : fixed.withPassword(hasher.hash(pw), now));
                }
            }
            LOG.info("Pembina: password of user '{}' set from {}", USER, ENV);
            return;
        }
        if (existing.isPresent()) {
            LOG.info("Pembina: user '{}' exists; its password is unchanged", USER);
            return;
        }
        String password = earlierPassword(passwordFile);
        if (password == null) {
            password = AdminPassword.generate();
            AdminPassword.write(passwordFile, password);
        }
        store.insert(new StoredAccount(USER, hasher.hash(password.toCharArray()), Set.of(Role.ADMIN), null, null,
                false, now, now));
        LOG.warn("Pembina: created user '{}'; its password is in {} (readable by its owner only)", USER,
                passwordFile.toAbsolutePath());
    }

    /**
     * An installation upgraded from a version that kept accounts in users.properties has its generated
     * password in the file already: the admin keeps it.
     */
    private static String earlierPassword(Path file) throws java.io.IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String s = Files.readString(file).strip();
        return s.length() >= 10 ? s : null;
    }
}
