package id.pembina.security.api;

import java.util.Objects;

/**
 * Something to record in the audit trail; who, when and from where are taken from the current
 * {@link CallerContext} (or the failed login's name and address).
 *
 * @param action   what happened: {@code CREATE}, {@code UPDATE}, {@code DELETE}, {@code IMPORT}, {@code EXPORT},
 *                 {@code LOGIN_FAILED}, {@code LOGIN_THROTTLED}, {@code USER_CHANGE}, {@code ROLE_CHANGE}, ...
 * @param entity   the kind of thing: {@code participant}, {@code unit}, {@code session}, {@code enrollment},
 *                 {@code report}, {@code user}, ...
 * @param entityId its key (a NIP, a session id, a report type); may be null
 * @param detail   a short free text (never a password, at most 500 characters); may be null
 */
public record AuditEvent(String action, String entity, String entityId, String detail) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entity, "entity");
        if (detail != null && detail.length() > 500) {
            detail = detail.substring(0, 500);
        }
    }
}
