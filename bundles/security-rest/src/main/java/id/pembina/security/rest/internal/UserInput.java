package id.pembina.security.rest.internal;

import java.util.List;

/** A new account ({@code POST /users}); {@code nip} for a peserta, {@code unitCode} for a pimpinan. */
public record UserInput(String name, String password, List<String> roles, String nip, String unitCode) {
}
