package id.pembina.security.api;

import java.time.Instant;

/** One stored line of the audit trail. */
public record AuditEntry(long id, Instant at, String user, String address, String action, String entity,
        String entityId, String detail) {
}
