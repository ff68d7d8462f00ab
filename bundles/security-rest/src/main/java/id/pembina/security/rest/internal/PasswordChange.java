package id.pembina.security.rest.internal;

/** {@code PUT /users/{name}/password}. */
public record PasswordChange(String password) {
}
