package id.pembina.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.karaf.jaas.boot.principal.GroupPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class AdminBootstrapTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    /** In-memory user store: user → password, user → groups. */
    static final class MemoryEngine implements BackingEngine {
        final Map<String, String> passwords = new LinkedHashMap<>();
        final Map<String, List<String>> groups = new HashMap<>();

        public void addUser(String u, String p) { passwords.put(u, p); }
        public void deleteUser(String u) { passwords.remove(u); }
        public List<UserPrincipal> listUsers() {
            List<UserPrincipal> l = new ArrayList<>();
            passwords.keySet().forEach(u -> l.add(new UserPrincipal(u)));
            return l;
        }
        public UserPrincipal lookupUser(String u) { return passwords.containsKey(u) ? new UserPrincipal(u) : null; }
        public List<GroupPrincipal> listGroups(UserPrincipal u) {
            List<GroupPrincipal> l = new ArrayList<>();
            groups.getOrDefault(u.getName(), List.of()).forEach(g -> l.add(new GroupPrincipal(g)));
            return l;
        }
        public Map<GroupPrincipal, String> listGroups() { return Map.of(); }
        public void addGroup(String u, String g) { groups.computeIfAbsent(u, k -> new ArrayList<>()).add(g); }
        public void createGroup(String g) { }
        public void deleteGroup(String u, String g) { }
        public List<RolePrincipal> listRoles(Principal p) { return List.of(); }
        public void addRole(String u, String r) { }
        public void deleteRole(String u, String r) { }
        public void addGroupRole(String g, String r) { }
        public void deleteGroupRole(String g, String r) { }
    }

    @Test
    public void firstStartCreatesAdminWithRandomPasswordInPrivateFile() throws Exception {
        MemoryEngine engine = new MemoryEngine();
        Path file = tmp.getRoot().toPath().resolve("pembina/admin-password");

        AdminBootstrap.ensureAdmin(engine, null, file);

        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        assertEquals(24, password.length());
        assertEquals(password, engine.passwords.get("admin"));
        assertEquals(List.of("admingroup"), engine.groups.get("admin"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    public void laterStartKeepsTheExistingPassword() throws Exception {
        MemoryEngine engine = new MemoryEngine();
        Path file = tmp.getRoot().toPath().resolve("admin-password");
        AdminBootstrap.ensureAdmin(engine, null, file);
        String first = engine.passwords.get("admin");

        AdminBootstrap.ensureAdmin(engine, "", file);

        assertEquals(first, engine.passwords.get("admin"));
        assertEquals(1, engine.groups.get("admin").size());
    }

    @Test
    public void environmentPasswordWinsAndWritesNoFile() throws Exception {
        MemoryEngine engine = new MemoryEngine();
        Path file = tmp.getRoot().toPath().resolve("admin-password");

        AdminBootstrap.ensureAdmin(engine, "Rahasia-Marelan-2026", file);
        AdminBootstrap.ensureAdmin(engine, "Rahasia-Baru", file);

        assertEquals("Rahasia-Baru", engine.passwords.get("admin"));
        assertEquals(List.of("admingroup"), engine.groups.get("admin"));
        assertFalse(Files.exists(file));
    }

    @Test
    public void generatedPasswordsDiffer() {
        String a = AdminPassword.generate();
        assertNotEquals(a, AdminPassword.generate());
        assertTrue(a.chars().allMatch(Character::isLetterOrDigit));
    }
}
