package id.pembina.security.api;

import java.time.Instant;

/**
 * Filters of the audit trail; every field may be null (no filter).
 *
 * @param from inclusive
 * @param to   exclusive
 */
public record AuditQuery(String user, String action, String entity, String entityId, Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
