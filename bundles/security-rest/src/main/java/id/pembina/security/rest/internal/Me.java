package id.pembina.security.rest.internal;

import java.util.List;

import id.pembina.security.api.Caller;

/** Who the API takes the caller for ({@code GET /users/me}). */
public record Me(String name, List<String> roles, String nip, String unitCode) {

    static Me of(Caller c) {
        return new Me(c.name(), UserJson.ids(c.roles()), c.nip(), c.unitCode());
    }
}
