package id.pembina.security.api;

import id.pembina.platform.api.Page;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The append-only record of every write, export, failed login and user or role change, kept in its own
 * table across restarts. There is no way to change or delete an entry through this API.
 */
@ProviderType
public interface AuditTrail {

    /** Appends {@code event} with the current caller's name and address and the current time. */
    void record(AuditEvent event);

    /** Appends an event for someone who is not (yet) a caller, such as a failed login. */
    void record(String user, String address, AuditEvent event);

    /** Newest first; admin only ({@link AccessDeniedException} otherwise). */
    Page<AuditEntry> find(AuditQuery query, int offset, int limit);
}
