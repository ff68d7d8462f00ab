package id.pembina.security.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import id.pembina.platform.api.FieldError;
import id.pembina.security.api.Role;

/** What an account must satisfy apart from the registry: its name, roles, password length, and links per role. */
final class AccountRules {

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");
    /** Longer inputs only cost hashing time; no real password comes near this. */
    static final int MAX_PASSWORD = 1024;

    private final int minPassword;

    AccountRules(int minPassword) {
        this.minPassword = minPassword;
    }

    int minPassword() {
        return minPassword;
    }

    void name(String name, List<FieldError> errors) {
        if (name == null || !NAME.matcher(name).matches()) {
            errors.add(FieldError.of("name", "security.user.name", name == null ? "" : name));
        }
    }

    void password(char[] password, List<FieldError> errors) {
        if (password == null || password.length < minPassword) {
            errors.add(FieldError.of("password", "security.user.passwordShort", String.valueOf(minPassword)));
        } else if (password.length > MAX_PASSWORD) {
            errors.add(FieldError.of("password", "security.user.passwordLong", String.valueOf(MAX_PASSWORD)));
        } else if (new String(password).isBlank()) {
            errors.add(FieldError.of("password", "security.user.passwordShort", String.valueOf(minPassword)));
        }
    }

    /** Roles present; a PESERTA needs a NIP and a PIMPINAN a unit (whether they exist is the registry's to say). */
    void links(Set<Role> roles, String nip, String unitCode, List<FieldError> errors) {
        if (roles == null || roles.isEmpty()) {
            errors.add(FieldError.of("roles", "security.user.noRole"));
            return;
        }
        if (roles.contains(Role.PESERTA) && blank(nip)) {
            errors.add(FieldError.of("nip", "security.user.nipRequired"));
        }
        if (roles.contains(Role.PIMPINAN) && blank(unitCode)) {
            errors.add(FieldError.of("unitCode", "security.user.unitRequired"));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static List<FieldError> errors() {
        return new ArrayList<>();
    }
}
