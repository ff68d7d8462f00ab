package id.pembina.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Dictionary;

import javax.inject.Inject;
import javax.net.ssl.SSLSocket;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The HTTP edge of the built distribution: HTTPS with the key pair made on first start and plain
 * HTTP off, security headers, health without detail for anonymous callers, closed listings,
 * cross-site writes refused, size caps, bounded import errors, problem+json from Jetty itself, the
 * console and JMX on loopback with JMX for admin only.
 */
@RunWith(PaxExam.class)
// Run by SharedDistributionIT, in one container with the other *Checks classes.
@ExamReactorStrategy(PerSuite.class)
public class EdgeChecks extends PembinaTestSupport {

    @Inject
    private ConfigurationAdmin config;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    private static int port() {
        return Integer.parseInt(System.getProperty("pembina.it.port"));
    }

    @Test
    public void httpsServesTheKeyPairMadeOnFirstStartAndPlainHttpIsOff() throws Exception {
        awaitApi();
        Path etc = Path.of(System.getProperty("karaf.etc"));
        Path keystore = etc.resolve("pembina-tls.p12");
        Path password = etc.resolve("pembina-tls-password");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(password)));
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, Files.readString(password, StandardCharsets.UTF_8).toCharArray());
        }
        Certificate made = store.getCertificate("pembina");
        try (SSLSocket socket = (SSLSocket) Tls.trustingAnyCertificate().getSocketFactory().createSocket("localhost", port())) {
            socket.startHandshake();
            assertArrayEquals(made.getEncoded(), socket.getSession().getPeerCertificates()[0].getEncoded());
            String protocol = socket.getSession().getProtocol();
            assertTrue(protocol, protocol.equals("TLSv1.3") || protocol.equals("TLSv1.2"));
        }

        Dictionary<String, Object> web = config.getConfiguration("org.ops4j.pax.web", null).getProperties();
        assertEquals("false", String.valueOf(web.get("org.osgi.service.http.enabled")));
        int plain = Integer.parseInt(String.valueOf(web.get("org.osgi.service.http.port")));
        try (Socket s = new Socket("localhost", plain)) {
            fail("plain HTTP port " + plain + " accepts connections");
        } catch (ConnectException expected) {
            // nothing listens
        }
        // the users file and data/ are closed to other users of the machine
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(etc.resolve("users.properties"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(System.getProperty("karaf.data")))));
    }

    @Test
    public void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        String pw = awaitApi();
        for (HttpResponse<String> r : new HttpResponse[] { send(HttpRequest.newBuilder(api("units")), "admin", pw),
            send(HttpRequest.newBuilder(api("units")), null, null), send(HttpRequest.newBuilder(site("/pembina/login")), null, null),
            send(HttpRequest.newBuilder(site("/nowhere")), null, null) }) {
            String where = r.uri() + " " + r.statusCode();
            assertEquals(where, "nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals(where, "no-store", r.headers().firstValue("Cache-Control").orElse(""));
            assertEquals(where, "max-age=31536000", r.headers().firstValue("Strict-Transport-Security").orElse(""));
            assertTrue(where, r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        }
        HttpResponse<String> page = send(HttpRequest.newBuilder(site("/pembina/login")), null, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse(""), page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        // the session cookie only travels over HTTPS
        assertTrue(page.headers().allValues("Set-Cookie").toString(),
                page.headers().allValues("Set-Cookie").stream().allMatch(c -> c.toLowerCase().contains("; secure")));
    }

    @Test
    public void anonymousHealthIsStatusOnlyAndTheDetailNeedsAdmin() throws Exception {
        String pw = awaitApi();
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(api("health")), null, null);
        assertEquals(200, anonymous.statusCode());
        assertEquals("{\"status\":\"UP\"}", anonymous.body());
        HttpResponse<String> admin = send(HttpRequest.newBuilder(api("health")), "admin", pw);
        assertEquals(200, admin.statusCode());
        assertTrue(admin.body(), admin.body().startsWith("{\"status\":\"UP\",\"bundles\":[{"));
        assertTrue(admin.body(), admin.body().contains("\"symbolicName\":\"pembina-http-edge\""));
        assertEquals(401, send(HttpRequest.newBuilder(api("health")), "admin", "not-the-password").statusCode());
    }

    @Test
    public void listingsAndUnknownPathsAreClosedWithProblems() throws Exception {
        awaitApi();
        for (String path : new String[] { "/cxf/services", "/cxf/services/?stylesheet=1", "/cxf", "/system/console",
            "/nowhere", "/api/v2/units", "/apiv1" }) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(site(path)), null, null);
            assertEquals(path, 404, r.statusCode());
            assertEquals(path, "application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
            assertEquals(path, "{\"type\":\"urn:pembina:problem:not-found\",\"title\":\"Tidak ditemukan\",\"status\":404,"
                    + "\"detail\":\"Alamat yang diminta tidak ada di server ini.\"}", r.body());
        }
        HttpResponse<String> english = send(HttpRequest.newBuilder(site("/cxf/services")).header("Accept-Language", "en"), null, null);
        assertEquals("{\"type\":\"urn:pembina:problem:not-found\",\"title\":\"Not found\",\"status\":404,"
                + "\"detail\":\"The requested address does not exist on this server.\"}", english.body());
        HttpResponse<String> root = send(HttpRequest.newBuilder(site("/")), null, null);
        assertEquals(302, root.statusCode());
        assertTrue(root.headers().firstValue("Location").orElse(""), root.headers().firstValue("Location").orElse("").endsWith("/pembina/"));
    }

    @Test
    public void crossSiteTextAndFormWritesAreRefused() throws Exception {
        String pw = awaitApi();
        String csv = "nip,name\n123,Lintas Situs\n"; // would be refused as a CSV too: the 403 comes first
        HttpResponse<String> evil = send(HttpRequest.newBuilder(api("participants/import")).header("Content-Type", "text/plain")
                .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.ofString(csv)), "admin", pw);
        assertEquals(403, evil.statusCode());
        assertEquals("{\"type\":\"urn:pembina:problem:forbidden\",\"title\":\"Akses ditolak\",\"status\":403,\"detail\":"
                + "\"Pengiriman formulir atau teks dari situs lain ditolak; kirim dari halaman server ini sendiri.\"}", evil.body());
        HttpResponse<String> referer = send(HttpRequest.newBuilder(site("/pembina/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Referer", "https://evil.example/form")
                .POST(HttpRequest.BodyPublishers.ofString("user=admin&password=x")), null, null);
        assertEquals(403, referer.statusCode());
        // the edge's refusal, before the page's own CSRF check (whose 403 says "tidak diizinkan")
        assertTrue(referer.body(), referer.body().contains("dari situs lain ditolak"));
        // the server's own origin reaches the import, which refuses the CSV itself (1 bad row of 1)
        HttpResponse<String> own = send(HttpRequest.newBuilder(api("participants/import")).header("Content-Type", "text/plain")
                .header("Origin", base()).POST(HttpRequest.BodyPublishers.ofString(csv)), "admin", pw);
        assertEquals(own.body(), 400, own.statusCode());
        assertTrue(own.body(), own.body().contains("\"type\":\"urn:pembina:problem:import-refused\""));
    }

    @Test
    public void jsonBodiesAreCappedAndImportErrorsBounded() throws Exception {
        String pw = awaitApi();
        // {"code":"<1,048,600 x A>"}: 1,048,600 + 11 bytes, over the 1,048,576-byte default cap
        String big = "{\"code\":\"" + "A".repeat(1_048_600) + "\"}";
        HttpResponse<String> tooLarge = send(json("units", big), "admin", pw);
        assertEquals(413, tooLarge.statusCode());
        assertEquals("application/problem+json", tooLarge.headers().firstValue("Content-Type").orElse(""));
        assertTrue(tooLarge.body(), tooLarge.body().contains("\"detail\":\"Isi permintaan lebih dari 1024 KB\""));

        // 150 rows, each with a bad NIP: the answer lists the first 100 errors and says 150 of 150 rows
        StringBuilder csv = new StringBuilder("nip,name,unitCode,positionTitle,positionType,rank,education\n");
        for (int i = 0; i < 150; i++) {
            csv.append("12345,Nama ").append(i).append(",IT-KEC,Staf,PELAKSANA,II/a,SMA\n");
        }
        HttpResponse<String> refused = send(HttpRequest.newBuilder(api("participants/import")).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())), "admin", pw);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("\"detail\":\"150 dari 150 baris bermasalah; tidak ada baris yang disimpan\""));
        assertEquals(refused.body(), 100, refused.body().split("\"line\":", -1).length - 1);
    }

    @Test
    public void jettysOwnRefusalsAreProblems() throws Exception {
        awaitApi();
        RawHttps.Answer nul = RawHttps.send(port(), ("GET /api/v1/units%00 HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(400, nul.status());
        assertEquals("application/problem+json", nul.contentType());
        assertEquals("{\"type\":\"urn:pembina:problem:bad-request\",\"title\":\"Permintaan tidak valid\",\"status\":400,"
                + "\"detail\":\"Server tidak dapat membaca permintaan ini (status HTTP 400).\"}", nul.body());
        RawHttps.Answer header = RawHttps.send(port(), ("GET /api/v1/units HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(431, header.status());
        assertEquals("application/problem+json", header.contentType());
        assertTrue(header.body(), header.body().startsWith("{\"type\":\"urn:pembina:problem:headers-too-large\""));
        RawHttps.Answer encoding = RawHttps.send(port(), ("GET /api/v1/units/%zz HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(400, encoding.status());
        assertFalse(encoding.body(), encoding.body().contains("<html"));
    }

    @Test
    public void consoleAndJmxListenOnLoopbackAndJmxNeedsAdmin() throws IOException {
        Dictionary<String, Object> shell = config.getConfiguration("org.apache.karaf.shell", null).getProperties();
        assertEquals("127.0.0.1", shell.get("sshHost"));
        Dictionary<String, Object> jmx = config.getConfiguration("org.apache.karaf.management", null).getProperties();
        assertEquals("127.0.0.1", jmx.get("rmiRegistryHost"));
        assertEquals("127.0.0.1", jmx.get("rmiServerHost"));
        Dictionary<String, Object> acl = config.getConfiguration("jmx.acl", null).getProperties();
        for (String key : new String[] { "list*", "get*", "is*", "set*", "*" }) {
            assertEquals(key, "admin", acl.get(key));
        }
        assertEquals("admin", config.getConfiguration("jmx.acl.org.apache.karaf.bundle", null).getProperties().get("install"));
    }
}
