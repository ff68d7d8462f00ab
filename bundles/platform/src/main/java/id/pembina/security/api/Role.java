package id.pembina.security.api;

import java.util.Locale;
import java.util.Optional;

/** The four roles of Pembina; {@link #id()} is the name used in the JAAS realm, REST and console. */
public enum Role {
    /** Everything: bundles, configuration, users, audit. */
    ADMIN,
    /** Training staff: participants, sessions, data entry and reports for all units. */
    OPERATOR,
    /** A unit leader: reads, reports and follow-up assessments for their own unit and the units below it. */
    PIMPINAN,
    /** A participant: their own transcript and their own forms. */
    PESERTA;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code id} (any case), or empty when there is none. */
    public static Optional<Role> of(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (Role r : values()) {
            if (r.id().equalsIgnoreCase(id.trim())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
