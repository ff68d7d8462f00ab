package id.pembina.security.rest.internal;

import java.util.List;

/** New roles, NIP and unit of an account ({@code PUT /users/{name}}); absent NIP or unit clears it. */
public record UserUpdate(List<String> roles, String nip, String unitCode) {
}
