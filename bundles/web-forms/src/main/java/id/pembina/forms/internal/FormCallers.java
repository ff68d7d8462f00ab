package id.pembina.forms.internal;

import java.util.Set;

import id.pembina.security.api.Caller;
import id.pembina.security.api.Role;

/**
 * Who the services see behind a form. Pages are shown on the authority of the signed link (the platform's own
 * "forms" caller reads what the page needs); answers are given as the participant or supervisor who identified,
 * so the services' rules and the audit trail see them by NIP.
 */
final class FormCallers {

    static final Caller PAGES = Caller.system("forms");

    private FormCallers() {
    }

    /** A participant who identified with NIP and room code. */
    static Caller participant(String nip, String address) {
        return new Caller("nip:" + nip, Set.of(Role.PESERTA), nip, null, address);
    }

    /** A supervisor holding a signed follow-up link for their own staff. */
    static Caller supervisor(String nip, String unitCode, String address) {
        return new Caller("nip:" + nip, Set.of(Role.PIMPINAN), nip, unitCode, address);
    }
}
