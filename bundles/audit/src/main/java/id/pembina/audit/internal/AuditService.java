package id.pembina.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.pembina.audit.api.AuditFilters;
import id.pembina.persistence.api.SchemaMigrator;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.LogMask;
import id.pembina.platform.api.Page;
import id.pembina.platform.api.StorageException;
import id.pembina.platform.api.ValidationException;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.AuditEntry;
import id.pembina.security.api.AuditEvent;
import id.pembina.security.api.AuditQuery;
import id.pembina.security.api.AuditTrail;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;
import id.pembina.security.api.Role;

/**
 * The audit trail over its own table {@code audit_entry} in the shared {@code pembina} DataSource.
 * <p>
 * Recording is synchronous, on a connection of its own, committed before {@code record} returns. When it
 * fails, {@code record} logs an error naming the event and throws {@link StorageException}: the request
 * that made the change then fails (500, or 503 when the database is unreachable) instead of answering as
 * if everything were in order, because an unaudited write must not look successful. Services record
 * after their own transaction committed, so a failing audit trail never takes the caller's write back
 * (nor holds a second pooled connection while the first is in a transaction): the write is kept, the
 * client is told something failed, and the log line says which change went unrecorded.
 */
@Component(service = AuditTrail.class, immediate = true, property = "dataSource.target=(dataSourceName=pembina)")
public final class AuditService implements AuditTrail {

    static final String CHANGE_LOG = "db/audit.sql";

    /** The user of an event recorded without one (e.g. a login attempt with an empty name). */
    static final String UNKNOWN_USER = "-";

    private static final Logger LOG = LoggerFactory.getLogger(AuditService.class);

    private final DataSource dataSource;
    private final Clock clock;
    private final JdbcAuditStore store = new JdbcAuditStore();

    @Activate
    public AuditService(@Reference(name = "dataSource") DataSource dataSource,
            @Reference(name = "migrator") SchemaMigrator migrator) {
        this(dataSource, migrator, Clock.systemUTC());
    }

    /** Public for tests; inside OSGi Declarative Services uses the constructor above. */
    public AuditService(DataSource dataSource, SchemaMigrator migrator, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        migrator.migrate(dataSource, CHANGE_LOG, AuditService.class.getClassLoader());
    }

    /** Refuses with {@link AccessDeniedException#NO_CALLER} when no caller is on the thread: every write has one. */
    @Override
    public void record(AuditEvent event) {
        Caller caller = CallerContext.require();
        append(caller.name(), caller.address(), event);
    }

    @Override
    public void record(String user, String address, AuditEvent event) {
        append(user, address, event);
    }

    private void append(String user, String address, AuditEvent event) {
        // The database keeps microseconds at most (PostgreSQL); millis read back the same on H2 and PostgreSQL.
        AuditEntry entry = new AuditEntry(0, clock.instant().truncatedTo(ChronoUnit.MILLIS),
                orUnknown(clean(user, JdbcAuditStore.USER_LENGTH)), clean(address, JdbcAuditStore.ADDRESS_LENGTH),
                action(event.action()), orUnknown(clean(event.entity(), JdbcAuditStore.ENTITY_LENGTH)),
                clean(event.entityId(), JdbcAuditStore.ENTITY_ID_LENGTH), clean(event.detail(), JdbcAuditStore.DETAIL_LENGTH));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            store.insert(c, entry);
        } catch (SQLException e) {
            LOG.error("Audit entry NOT recorded, the request fails: {} {} {} by {} from {}: {}", entry.action(),
                    entry.entity(), LogMask.nips(entry.entityId()), LogMask.nips(entry.user()), entry.address(),
                    e.getMessage());
            throw new StorageException("The audit trail could not record " + entry.action() + " " + entry.entity(), e);
        }
    }

    @Override
    public Page<AuditEntry> find(AuditQuery query, int offset, int limit) {
        if (!CallerContext.require().has(Role.ADMIN)) {
            throw new AccessDeniedException(AccessDeniedException.DENIED);
        }
        AuditQuery q = normalised(query == null ? AuditQuery.all() : query);
        List<FieldError> errors = new ArrayList<>();
        if (offset < 0) {
            errors.add(FieldError.of("offset", "invalidValue", offset, "0.."));
        }
        if (limit < 1 || limit > AuditFilters.MAX_LIMIT) {
            errors.add(FieldError.of("limit", "invalidValue", limit, "1.." + AuditFilters.MAX_LIMIT));
        }
        if (q.from() != null && q.to() != null && !q.from().isBefore(q.to())) {
            errors.add(FieldError.of("to", "audit.range", q.to(), q.from()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        try (Connection c = dataSource.getConnection()) {
            c.setReadOnly(true);
            return new Page<>(store.find(c, q, offset, limit), store.count(c, q), offset, limit);
        } catch (SQLException e) {
            throw new StorageException("Database error: " + e.getMessage(), e);
        }
    }

    /** Blank filters are no filters; actions compare in upper case as they are stored. */
    private static AuditQuery normalised(AuditQuery q) {
        String action = blankToNull(q.action());
        return new AuditQuery(blankToNull(q.user()), action == null ? null : action(action), blankToNull(q.entity()),
                blankToNull(q.entityId()), q.from(), q.to());
    }

    private static String action(String action) {
        String a = clean(action, JdbcAuditStore.ACTION_LENGTH);
        return a == null ? UNKNOWN_USER : a.toUpperCase(Locale.ROOT);
    }

    private static String orUnknown(String s) {
        return s == null ? UNKNOWN_USER : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * One line of at most {@code max} characters: control characters (which PostgreSQL partly refuses and
     * which would break the table of {@code pembina:audit}) become spaces; nothing is refused, since refusing
     * would fail the caller's request over a detail.
     */
    static String clean(String s, int max) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), max));
        s.codePoints().map(cp -> Character.isISOControl(cp) ? ' ' : cp).forEach(b::appendCodePoint);
        String t = b.toString().strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.length() > max) {
            int end = Character.isHighSurrogate(t.charAt(max - 1)) ? max - 1 : max;
            t = t.substring(0, end);
        }
        return t;
    }
}
