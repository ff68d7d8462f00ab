package id.pembina.security.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.junit.Test;

import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ValidationException;
import id.pembina.security.api.Role;

public class UserResourceTest {

    @Test
    public void roleIdsInAnyCaseBecomeRoles() {
        assertEquals(EnumSet.of(Role.OPERATOR, Role.PIMPINAN), UserResource.roles(List.of("operator", " PIMPINAN ")));
        assertEquals(EnumSet.noneOf(Role.class), UserResource.roles(null));
    }

    @Test
    public void anUnknownRoleIsAFieldErrorNotADroppedRole() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> UserResource.roles(Arrays.asList("operator", "superuser", null)));
        assertEquals(List.of(FieldError.of("roles", "security.user.roleUnknown", "superuser"),
                FieldError.of("roles", "security.user.roleUnknown", "null")), e.errors());
    }
}
