package id.pembina.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivilegedExceptionAction;
import java.util.UUID;

import javax.inject.Inject;
import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.slf4j.LoggerFactory;

import id.pembina.security.api.AuditEvent;
import id.pembina.security.api.AuditTrail;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;

/**
 * The audit trail in the distribution: an event recorded through the {@link AuditTrail} service is read back
 * by an admin over REST and the console, is refused without login, and is still there after the audit bundle
 * (and with it its component and its connections) starts again; and no NIP reaches the log file.
 */
@RunWith(PaxExam.class)
// Run by SharedDistributionIT, in one container with the other *Checks classes.
@ExamReactorStrategy(PerSuite.class)
public class AuditChecks extends PembinaTestSupport {

    @Inject
    private BundleContext context;

    @Inject
    private AuditTrail audit;

    @Inject
    private SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Test
    public void recordedEventsAreReadByAnAdminAndKeptWhenTheBundleStartsAgain() throws Exception {
        String pw = awaitApi();
        // A key of this test alone: the shared container may hold entries of the other checks.
        String key = "it-" + UUID.randomUUID();
        CallerContext.runAs(Caller.system("audit-it"),
                () -> audit.record(new AuditEvent("export", "report", key, "format=pdf")));

        String query = "audit?entity=report&entityId=" + key;
        String body = get(query, pw);
        for (String field : new String[] {"\"user\":\"system\"", "\"address\":\"system:audit-it\"",
                "\"action\":\"EXPORT\"", "\"entity\":\"report\"", "\"entityId\":\"" + key + "\"",
                "\"detail\":\"format=pdf\"", "\"total\":1", "\"offset\":0", "\"limit\":50"}) {
            assertTrue(field + " in " + body, body.contains(field));
        }

        Bundle bundle = bundle("pembina-audit");
        bundle.stop();
        bundle.start();
        await("the entry read back after the audit bundle started again", () -> {
            HttpResponse<String> r = send(HttpRequest.newBuilder(api(query)), "admin", pw);
            return r.statusCode() == 200 && r.body().contains("\"entityId\":\"" + key + "\"")
                    && r.body().contains("\"total\":1");
        });
    }

    @Test
    public void theTrailNeedsALoginAndValidFilters() throws Exception {
        String pw = awaitApi();
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(api("audit")), null, null);
        assertEquals(401, anonymous.statusCode());
        assertEquals("application/problem+json", anonymous.headers().firstValue("Content-Type").orElse(""));

        HttpResponse<String> bad = send(HttpRequest.newBuilder(api("audit?from=kemarin&limit=0")), "admin", pw);
        assertEquals(bad.body(), 400, bad.statusCode());
        assertEquals("application/problem+json", bad.headers().firstValue("Content-Type").orElse(""));
        assertTrue(bad.body(), bad.body().contains("\"field\":\"from\""));
    }

    @Test
    public void theConsoleShowsTheTrailToAnAdmin() throws Exception {
        awaitApi();
        String key = "it-" + UUID.randomUUID();
        CallerContext.runAs(Caller.system("audit-it"),
                () -> audit.record(new AuditEvent("EXPORT", "report", key, null)));
        Subject admin = new Subject();
        admin.getPrincipals().add(new UserPrincipal("admin"));
        admin.getPrincipals().add(new RolePrincipal("admin"));
        String out = Subject.doAs(admin,
                (PrivilegedExceptionAction<String>) () -> console(sessions, "pembina:audit --entity-id " + key));
        assertTrue(out, out.contains("system:audit-it | EXPORT"));
        assertTrue(out, out.contains("1-1 dari 1 entri / 1-1 of 1 entries"));
    }

    @Test
    public void noNipReachesTheLogFile() throws Exception {
        // NIPs no other check uses, so that the whole file can be searched for them.
        String nip = "197001012000011001";
        String other = "196912312000121002";
        String marker = "log-mask-" + UUID.randomUUID();
        LoggerFactory.getLogger("id.pembina.itests.AuditChecks").error("{} participant {}", marker, nip,
                new IllegalStateException("refused " + other));
        Path log = Path.of(System.getProperty("karaf.log"), "karaf.log");
        await("the marker in karaf.log", () -> Files.readString(log, StandardCharsets.UTF_8).contains(marker));
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(text.contains(marker + " participant 1970************01"));
        assertTrue(text.contains("java.lang.IllegalStateException: refused 1969************02"));
        assertFalse(text.contains(nip));
        assertFalse(text.contains(other));
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }
}
