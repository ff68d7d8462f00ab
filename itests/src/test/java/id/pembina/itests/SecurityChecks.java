package id.pembina.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;

import javax.inject.Inject;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Accounts over /api/v1/users: one account per role logs in as its own caller, a disabled account and a
 * changed password take effect at once, repeated failures are throttled (429 + Retry-After), bad input is
 * problem+json, and an operator logs in over SSH and runs a pembina command while a peserta cannot.
 */
@RunWith(PaxExam.class)
// Run by SharedDistributionIT, in one container with the other *Checks classes.
@ExamReactorStrategy(PerSuite.class)
public class SecurityChecks extends PembinaTestSupport {

    private static final String UNIT = "IT-SEC";
    /** Born 1982-03-14, CPNS since 2008-01, female (2), number 003. */
    private static final String NIP = "198203142008012003";

    @Inject
    private ConfigurationAdmin config;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    private static HttpResponse<String> get(String path, String user, String password) throws Exception {
        return send(HttpRequest.newBuilder(api(path)), user, password);
    }

    private static HttpResponse<String> put(String path, String body, String user, String password) throws Exception {
        return send(HttpRequest.newBuilder(api(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)), user, password);
    }

    private static HttpResponse<String> post(String path, String user, String password) throws Exception {
        return send(HttpRequest.newBuilder(api(path)).POST(HttpRequest.BodyPublishers.noBody()), user, password);
    }

    /** Creates an account as admin; @return the answer's body */
    private static String addUser(String admin, String name, String password, String role, String nip, String unit)
            throws Exception {
        String body = "{\"name\":\"" + name + "\",\"password\":\"" + password + "\",\"roles\":[\"" + role + "\"]"
                + (nip == null ? "" : ",\"nip\":\"" + nip + "\"") + (unit == null ? "" : ",\"unitCode\":\"" + unit + "\"")
                + "}";
        HttpResponse<String> r = send(json("users", body), "admin", admin);
        assertEquals(r.body(), 201, r.statusCode());
        return r.body();
    }

    private static void ensureUnitAndParticipant(String admin) throws Exception {
        HttpResponse<String> unit = send(json("units", "{\"code\":\"" + UNIT + "\",\"name\":\"Unit Uji Keamanan\"}"),
                "admin", admin);
        assertTrue(unit.body(), unit.statusCode() == 201 || unit.statusCode() == 409);
        HttpResponse<String> p = send(json("participants", "{\"nip\":\"" + NIP + "\",\"name\":\"Sari Wulandari\","
                + "\"unitCode\":\"" + UNIT + "\",\"positionTitle\":\"Analis\",\"positionType\":\"FUNGSIONAL\","
                + "\"rank\":\"III/b\",\"education\":\"S1\"}"), "admin", admin);
        assertTrue(p.body(), p.statusCode() == 201 || p.statusCode() == 409);
    }

    @Test
    public void eachRoleLogsInAsItsOwnCaller() throws Exception {
        String admin = awaitApi();
        ensureUnitAndParticipant(admin);
        String created = addUser(admin, "it-sec-operator", "operator-sandi-1", "operator", null, null);
        assertFalse(created, created.contains("password\":\"") || created.contains("sandi"));
        assertTrue(created, created.contains("\"name\":\"it-sec-operator\",\"roles\":[\"operator\"]"));
        addUser(admin, "it-sec-pimpinan", "pimpinan-sandi-1", "pimpinan", null, UNIT);
        addUser(admin, "it-sec-peserta", "peserta-sandi-1", "peserta", NIP, null);
        addUser(admin, "it-sec-admin", "admin-sandi-001", "admin", null, null);

        assertEquals("{\"name\":\"it-sec-operator\",\"roles\":[\"operator\"],\"nip\":null,\"unitCode\":null}",
                get("users/me", "it-sec-operator", "operator-sandi-1").body());
        assertEquals("{\"name\":\"it-sec-pimpinan\",\"roles\":[\"pimpinan\"],\"nip\":null,\"unitCode\":\"" + UNIT + "\"}",
                get("users/me", "it-sec-pimpinan", "pimpinan-sandi-1").body());
        assertEquals("{\"name\":\"it-sec-peserta\",\"roles\":[\"peserta\"],\"nip\":\"" + NIP + "\",\"unitCode\":null}",
                get("users/me", "it-sec-peserta", "peserta-sandi-1").body());
        assertEquals("{\"name\":\"it-sec-admin\",\"roles\":[\"admin\"],\"nip\":null,\"unitCode\":null}",
                get("users/me", "it-sec-admin", "admin-sandi-001").body());

        // account management is for admins only
        assertEquals(200, get("users", "it-sec-admin", "admin-sandi-001").statusCode());
        HttpResponse<String> refused = get("users", "it-sec-operator", "operator-sandi-1");
        assertEquals(refused.body(), 403, refused.statusCode());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    public void aDisabledAccountIsRefusedAtOnce() throws Exception {
        String admin = awaitApi();
        addUser(admin, "it-sec-disabled", "operator-sandi-2", "operator", null, null);
        assertEquals(200, get("users/me", "it-sec-disabled", "operator-sandi-2").statusCode()); // now in the login cache

        HttpResponse<String> disabled = post("users/it-sec-disabled/disable", "admin", admin);
        assertEquals(disabled.body(), 200, disabled.statusCode());
        assertTrue(disabled.body(), disabled.body().contains("\"disabled\":true"));
        assertEquals(401, get("users/me", "it-sec-disabled", "operator-sandi-2").statusCode());

        assertEquals(200, post("users/it-sec-disabled/enable", "admin", admin).statusCode());
        assertEquals(200, get("users/me", "it-sec-disabled", "operator-sandi-2").statusCode());
    }

    @Test
    public void aChangedPasswordRefusesTheOldOneAtOnce() throws Exception {
        String admin = awaitApi();
        addUser(admin, "it-sec-passwd", "operator-sandi-3", "operator", null, null);
        assertEquals(200, get("users/me", "it-sec-passwd", "operator-sandi-3").statusCode());

        // the account itself may change its own password, nobody else's
        assertEquals(403, put("users/admin/password", "{\"password\":\"0123456789ab\"}", "it-sec-passwd",
                "operator-sandi-3").statusCode());
        HttpResponse<String> tooShort = put("users/it-sec-passwd/password", "{\"password\":\"pendek\"}", "it-sec-passwd",
                "operator-sandi-3");
        assertEquals(tooShort.body(), 400, tooShort.statusCode());
        assertTrue(tooShort.body(), tooShort.body().contains("\"field\":\"password\""));
        assertEquals(204, put("users/it-sec-passwd/password", "{\"password\":\"operator-sandi-4\"}", "it-sec-passwd",
                "operator-sandi-3").statusCode());

        assertEquals(401, get("users/me", "it-sec-passwd", "operator-sandi-3").statusCode());
        assertEquals(200, get("users/me", "it-sec-passwd", "operator-sandi-4").statusCode());
    }

    @Test
    public void repeatedFailuresAreThrottledWithRetryAfter() throws Exception {
        String admin = awaitApi();
        addUser(admin, "it-sec-throttled", "operator-sandi-5", "operator", null, null);
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, get("users/me", "it-sec-throttled", "salah-sandi-" + i).statusCode());
        }
        // the fifth failure locked the account for 30 s: even the right password is not checked
        HttpResponse<String> locked = get("users/me", "it-sec-throttled", "operator-sandi-5");
        assertEquals(locked.body(), 429, locked.statusCode());
        assertEquals("application/problem+json", locked.headers().firstValue("Content-Type").orElse(""));
        long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElse("0"));
        assertTrue("Retry-After " + retryAfter, retryAfter >= 1 && retryAfter <= 30);
        // other accounts from the same address still log in (the address limit is higher)
        assertEquals(200, get("users/me", "admin", admin).statusCode());

        // the failures, the lock and the account's creation are in the audit trail
        String failed = get("audit?action=LOGIN_FAILED&entityId=it-sec-throttled", "admin", admin).body();
        assertTrue(failed, failed.contains("\"total\":5"));
        String lock = get("audit?action=LOGIN_THROTTLED&entityId=it-sec-throttled", "admin", admin).body();
        assertTrue(lock, lock.contains("\"total\":1") && lock.contains("account it-sec-throttled locked for 30 s "
                + "after 5 failed logins in 15 min"));
        // from the client's own address (loopback, IPv4 or IPv6), as the servlet request gives it
        assertTrue(lock, lock.contains("\"address\":\"127.0.0.1\"") || lock.contains("\"address\":\"0:0:0:0:0:0:0:1\""));
        String created = get("audit?action=USER_CHANGE&entityId=it-sec-throttled", "admin", admin).body();
        assertTrue(created, created.contains("created with roles operator") && created.contains("\"user\":\"admin\""));
    }

    @Test
    public void badAccountDataIsProblemJson() throws Exception {
        String admin = awaitApi();
        ensureUnitAndParticipant(admin);
        String[][] cases = {
            { "{\"name\":\"it-sec-short\",\"password\":\"pendek\",\"roles\":[\"operator\"]}", "400", "\"field\":\"password\"" },
            { "{\"name\":\"it-sec-role\",\"password\":\"0123456789ab\",\"roles\":[\"superuser\"]}", "400", "\"field\":\"roles\"" },
            { "{\"name\":\"it-sec-norole\",\"password\":\"0123456789ab\",\"roles\":[]}", "400", "\"field\":\"roles\"" },
            { "{\"name\":\"it-sec-nonip\",\"password\":\"0123456789ab\",\"roles\":[\"peserta\"]}", "400", "\"field\":\"nip\"" },
            { "{\"name\":\"it-sec-badnip\",\"password\":\"0123456789ab\",\"roles\":[\"peserta\"],\"nip\":\"199901012020011999\"}",
                "400", "\"field\":\"nip\"" },
            { "{\"name\":\"it-sec-nounit\",\"password\":\"0123456789ab\",\"roles\":[\"pimpinan\"],\"unitCode\":\"NOPE\"}",
                "400", "\"field\":\"unitCode\"" },
            { "{\"name\":\"a b\",\"password\":\"0123456789ab\",\"roles\":[\"operator\"]}", "400", "\"field\":\"name\"" },
            { "{\"name\":\"admin\",\"password\":\"0123456789ab\",\"roles\":[\"operator\"]}", "409", "conflict" },
            { "{\"name\":", "400", "" },
            { "{\"name\":\"x\",\"extra\":1}", "400", "" },
        };
        for (String[] c : cases) {
            HttpResponse<String> r = send(json("users", c[0]), "admin", admin);
            assertEquals(c[0] + " -> " + r.body(), Integer.parseInt(c[1]), r.statusCode());
            assertEquals(c[0], "application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
            assertTrue(c[0] + " -> " + r.body(), r.body().contains(c[2]));
        }
        assertEquals(404, put("users/it-sec-ghost", "{\"roles\":[\"operator\"]}", "admin", admin).statusCode());
    }

    @Test
    public void anOperatorUsesTheConsoleOverSshAndAPesertaCannot() throws Exception {
        String admin = awaitApi();
        ensureUnitAndParticipant(admin);
        addUser(admin, "it-sec-ssh-op", "operator-sandi-6", "operator", null, null);
        addUser(admin, "it-sec-ssh-pes", "peserta-sandi-6", "peserta", NIP, null);
        int port = Integer.parseInt(String.valueOf(config.getConfiguration("org.apache.karaf.shell", null)
                .getProperties().get("sshPort")));

        String out = ssh(port, "it-sec-ssh-op", "operator-sandi-6", "pembina:unit-show " + UNIT);
        assertTrue(out, out.contains(UNIT));
        assertFalse(out, ssh(port, "it-sec-ssh-pes", "peserta-sandi-6", "pembina:unit-list") != null);
    }

    /** @return what the command printed, or null when the login was refused */
    private static String ssh(int port, String user, String password, String command) throws Exception {
        SshClient client = SshClient.setUpDefaultClient();
        client.start();
        try (ClientSession session = client.connect(user, "127.0.0.1", port).verify(Duration.ofSeconds(30)).getSession()) {
            session.addPasswordIdentity(password);
            try {
                session.auth().verify(Duration.ofSeconds(30));
            } catch (org.apache.sshd.common.SshException e) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ChannelExec channel = session.createExecChannel(command + "\n")) {
                channel.setOut(out);
                channel.setErr(out);
                channel.open().verify(Duration.ofSeconds(30));
                channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(60));
            }
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            client.stop();
        }
    }
}
