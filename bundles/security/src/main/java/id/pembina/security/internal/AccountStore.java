package id.pembina.security.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.pembina.persistence.api.SchemaMigrator;
import id.pembina.platform.api.ConflictException;
import id.pembina.platform.api.StorageException;
import id.pembina.security.api.Role;

/**
 * The accounts table ({@code sec_user}, in the shared {@code pembina} DataSource). Reads are served from a
 * copy in memory (a login check per request must not cost a query); every write goes to the database first,
 * then replaces the copy and bumps {@link #changeCount()}.
 */
@Component(immediate = true, service = AccountStore.class, property = "dataSource.target=(dataSourceName=pembina)",
        configurationPid = SecurityConfig.PID)
public class AccountStore {

    static final String CHANGE_LOG = "db/security-users.sql";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS =
            "name, password_hash, roles, nip, unit_code, disabled, created_at, password_changed_at";

    private final DataSource dataSource;
    private final Map<String, StoredAccount> byName = new ConcurrentHashMap<>();
    /** Starts at a random-ish value so that a restarted store never repeats an older count. */
    private final AtomicLong changes = new AtomicLong(System.nanoTime());

    /** Creates the tables and, on the first start, the admin account; the service exists only after that. */
    @Activate
    public AccountStore(@Reference(name = "dataSource") DataSource dataSource,
            @Reference(name = "migrator") SchemaMigrator migrator, SecurityConfig config) throws IOException {
        this(dataSource, migrator);
        AdminBootstrap.ensureAdmin(this, new PasswordHasher(config.hash_iterations()), System.getenv(AdminBootstrap.ENV),
                AdminBootstrap.passwordFile(), Instant.now());
    }

    /** Without the admin bootstrap: for tests and embedding. */
    AccountStore(DataSource dataSource, SchemaMigrator migrator) {
        this.dataSource = dataSource;
        migrator.migrate(dataSource, CHANGE_LOG, AccountStore.class.getClassLoader());
        reload();
    }

    /** A number that changes with every write. */
    long changeCount() {
        return changes.get();
    }

    Optional<StoredAccount> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name));
    }

    List<StoredAccount> list() {
        List<StoredAccount> all = new ArrayList<>(byName.values());
        all.sort(Comparator.comparing(StoredAccount::name));
        return all;
    }

    /** @throws ConflictException when the name is taken */
    void insert(StoredAccount a) {
        if (byName.containsKey(a.name())) {
            throw new ConflictException(a.name());
        }
        write("INSERT INTO sec_user (" + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", a, ps -> {
            bind(ps, a);
            ps.setTimestamp(9, Timestamp.from(a.passwordChanged()));
        });
    }

    void update(StoredAccount a) {
        write("UPDATE sec_user SET password_hash = ?, roles = ?, nip = ?, unit_code = ?, disabled = ?, "
                + "password_changed_at = ?, updated_at = CURRENT_TIMESTAMP WHERE name = ?", a, ps -> {
                    ps.setString(1, a.passwordHash());
                    ps.setString(2, rolesText(a.roles()));
                    ps.setString(3, a.nip());
                    ps.setString(4, a.unitCode());
                    ps.setBoolean(5, a.disabled());
                    ps.setTimestamp(6, Timestamp.from(a.passwordChanged()));
                    ps.setString(7, a.name());
                });
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private void write(String sql, StoredAccount a, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            if (ps.executeUpdate() != 1) {
                throw new StorageException("Account " + a.name() + " was not written", null);
            }
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new ConflictException(a.name());
            }
            throw new StorageException("Database error: " + e.getMessage(), e);
        }
        byName.put(a.name(), a);
        changes.incrementAndGet();
    }

    private static void bind(PreparedStatement ps, StoredAccount a) throws SQLException {
        ps.setString(1, a.name());
        ps.setString(2, a.passwordHash());
        ps.setString(3, rolesText(a.roles()));
        ps.setString(4, a.nip());
        ps.setString(5, a.unitCode());
        ps.setBoolean(6, a.disabled());
        ps.setTimestamp(7, Timestamp.from(a.created()));
        ps.setTimestamp(8, Timestamp.from(a.passwordChanged()));
    }

    private void reload() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM sec_user");
                ResultSet rs = ps.executeQuery()) {
            byName.clear();
            while (rs.next()) {
                StoredAccount a = new StoredAccount(rs.getString(1), rs.getString(2), roles(rs.getString(3)),
                        trimmed(rs.getString(4)), rs.getString(5), rs.getBoolean(6), rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8).toInstant());
                byName.put(a.name(), a);
            }
        } catch (SQLException e) {
            throw new StorageException("Database error: " + e.getMessage(), e);
        }
        changes.incrementAndGet();
    }

    static String rolesText(Set<Role> roles) {
        return roles.stream().sorted().map(Role::id).collect(Collectors.joining(","));
    }

    static Set<Role> roles(String text) {
        Set<Role> out = EnumSet.noneOf(Role.class);
        for (String id : text.split(",")) {
            Role.of(id).ifPresent(out::add);
        }
        return out;
    }

    private static String trimmed(String s) {
        return s == null ? null : s.trim();
    }
}
