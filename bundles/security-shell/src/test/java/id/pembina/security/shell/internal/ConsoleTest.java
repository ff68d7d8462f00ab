package id.pembina.security.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;

import org.junit.Test;

import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.ValidationException;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.Role;

public class ConsoleTest {

    /** Renders a code as "code(args)" in both languages, so the test sees what was printed. */
    private final Messages messages = (locale, code, args) -> code + List.of(args);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void rolesRepeatedOrCommaSeparated() {
        assertEquals(EnumSet.of(Role.OPERATOR, Role.PIMPINAN, Role.PESERTA),
                Console.roles(List.of("operator", "pimpinan,PESERTA"), messages, err));
        assertEquals("", printed());
    }

    @Test
    public void anUnknownRoleIsNamedAndNothingIsDone() {
        assertNull(Console.roles(List.of("operator,boss"), messages, err));
        assertEquals("security.user.roleUnknown[boss]" + System.lineSeparator(), printed());
    }

    @Test
    public void refusalsArePrintedNotThrown() {
        assertFalse(Console.attempt(() -> {
            throw new ValidationException(List.of(FieldError.of("password", "security.user.passwordShort", "10")));
        }, "budi", messages, err));
        assertFalse(Console.attempt(() -> {
            throw new AccessDeniedException(AccessDeniedException.DENIED);
        }, "budi", messages, err));
        assertEquals("password: security.user.passwordShort[10]" + System.lineSeparator()
                + "security.denied[]" + System.lineSeparator(), printed());
    }
}
