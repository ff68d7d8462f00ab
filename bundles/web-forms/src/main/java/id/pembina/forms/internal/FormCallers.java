package id.pembina.forms.internal;

import java.util.Set;

import id.pembina.security.api.Caller;
import id.pembina.security.api.Role;

/**
 * Who a form page runs as. A participant identified for the session by NIP and room code is a
 * {@link Role#PESERTA} caller with that NIP: the services let them see and answer only their own forms. Before
 * identification, and for the supervisors' follow-up and the print pages, the signed link itself is the
 * permission (it names one session or one supervisor and cannot be forged): the pages run as the form system.
 */
final class FormCallers {

    private FormCallers() {
    }

    static Caller participant(String nip, String address) {
        return new Caller(nip, Set.of(Role.PESERTA), nip, null, address);
    }

    static Caller formSystem(String kind, String address) {
        return Caller.system("forms-" + kind + "@" + address);
    }
}
