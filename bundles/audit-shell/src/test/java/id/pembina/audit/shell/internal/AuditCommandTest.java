package id.pembina.audit.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.Test;

import id.pembina.platform.api.BundleMessages;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.Page;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.AuditEntry;
import id.pembina.security.api.Caller;
import id.pembina.security.api.Role;

public class AuditCommandTest {

    @Test
    public void entriesAreATableInJakartaTimeWithThePageLineInBothLanguages() {
        AuditCommand command = new AuditCommand();
        command.messages = Messages.of(List.of(new BundleMessages("id.pembina.audit.shell.internal.texts",
                AuditCommand.class.getClassLoader())));
        // 03:00 UTC = 10:00 WIB; entries 3 and 4 of 12 (offset 2).
        Page<AuditEntry> page = new Page<>(List.of(
                new AuditEntry(9, Instant.parse("2026-11-27T03:00:00Z"), "rina", "10.0.0.2", "UPDATE", "participant",
                        "198609262015051001", "rank III/a"),
                new AuditEntry(8, Instant.parse("2026-11-26T23:30:00Z"), "budi", "192.168.1.9", "LOGIN_FAILED", "user",
                        null, null)), 12, 2, 2);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        command.print(page, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\\R");

        assertTrue(lines[0], lines[0].startsWith("Waktu (WIB) / Time"));
        assertEquals(List.of("2026-11-27 10:00:00", "rina", "10.0.0.2", "UPDATE", "participant", "198609262015051001",
                "rank III/a"), cells(lines[2]));
        assertEquals(List.of("2026-11-27 06:30:00", "budi", "192.168.1.9", "LOGIN_FAILED", "user", "-", "-"),
                cells(lines[3]));
        assertEquals("3-4 dari 12 entri / 3-4 of 12 entries", lines[4]);
    }

    @Test
    public void theConsoleUserAndTheirRolesBecomeTheCaller() {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal("admin"));
        subject.getPrincipals().add(new RolePrincipal("admin"));
        subject.getPrincipals().add(new RolePrincipal("group")); // Karaf's own roles are no Pembina roles
        Caller c = ConsoleCaller.of(subject);
        assertEquals("admin", c.name());
        assertEquals(Set.of(Role.ADMIN), c.roles());
        assertEquals("console", c.address());

        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> ConsoleCaller.of(new Subject()));
        assertEquals(AccessDeniedException.NO_CALLER, e.code());
    }

    private static List<String> cells(String row) {
        return List.of(row.split("\\s*\\|\\s*")).stream().map(String::strip).toList();
    }
}
