package id.pembina.itests;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Callable;

import org.apache.karaf.shell.api.console.Session;
import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * Boots the project's own built distribution (the tar.gz of module pembina-distribution) with
 * free ports, and offers HTTP and console helpers that run inside the container.
 */
public abstract class PembinaTestSupport {

    /**
     * The services refuse work without a caller (issue 9): what the checks ask the services directly (injected
     * in the container), they ask as training staff. HTTP requests carry their own login.
     */
    @org.junit.Rule
    public final org.junit.rules.ExternalResource asStaff = new org.junit.rules.ExternalResource() {
        private id.pembina.security.api.CallerContext.Scope scope;

        @Override
        protected void before() {
            scope = id.pembina.security.api.CallerContext.enter(new id.pembina.security.api.Caller("itest",
                    java.util.Set.of(id.pembina.security.api.Role.OPERATOR), null, null, "itest"));
        }

        @Override
        protected void after() {
            scope.close();
        }
    };

    /**
     * How long a wait on a condition may take before it fails. Waits end as soon as their condition
     * holds, so a long bound costs nothing on an idle machine and keeps the suite passing on a busy
     * one (CI with a load of 20 on 2 cores). {@code -Dpembina.it.timeout=<seconds>} changes it.
     */
    static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("pembina.it.timeout", 600));

    /** The seed of {@link FuzzChecks}: random unless {@code -Dpembina.fuzz.seed=N} repeats a run. */
    static final long FUZZ_SEED = Long.getLong("pembina.fuzz.seed", new java.security.SecureRandom().nextLong());

    public static Option[] distribution() {
        String localRepo = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
        // Fresh ports for every container: the previous test class's Karaf may still be releasing its own.
        String https = freePort();
        System.out.println("Fuzz seed: " + FUZZ_SEED + " (repeat with -Dpembina.fuzz.seed=" + FUZZ_SEED + ")");
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(maven("id.pembina", "pembina-distribution").type("tar.gz")
                            .version(System.getProperty("pembina.version")))
                    .name("Pembina")
                    .unpackDirectory(new File(System.getProperty("project.build.directory", "target"), "exam"))
                    .useDeployFolder(false),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.INFO),
            // HTTPS only, as shipped (plain HTTP stays off; its port is moved off the default all the same)
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port.secure", https),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", freePort()),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", freePort()),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", freePort()),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", freePort()),
            // Pax Exam installs its own probe support from the build's local Maven repository.
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", localRepo),
            vmOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"), // as bin/setenv does
            systemProperty("pembina.it.port").value(https),
            systemProperty("pembina.fuzz.seed").value(String.valueOf(FUZZ_SEED)),
            systemProperty("pembina.it.timeout").value(String.valueOf(TIMEOUT.toSeconds())),
            // Service injection (@Inject) and the probe's remote invoker wait as long as the tests do.
            systemProperty("pax.exam.service.timeout").value(String.valueOf(TIMEOUT.toMillis())),
            systemTimeout(TIMEOUT.toMillis()),
            // The probe bundle can start before the features that bring Pax Exam's JUnit invoker are installed
            // (a busy machine installs the boot features slowly): its extender waits 10 s by default, then gives up
            // and the test waits forever. Both waits are bounded by the tests' timeout instead.
            systemProperty("org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT")
                    .value(String.valueOf(TIMEOUT.toMillis())),
            systemProperty("org.ops4j.pax.swissbox.tracker.ServiceLookup.DEFAULT_TIMEOUT")
                    .value(String.valueOf(TIMEOUT.toMillis())),
            // The JUnit invoker then looks up Pax Exam's Injector, which another exam bundle registers when the
            // feature installer gets to it: 10 s by default ("gave up waiting for service ... Injector" on a
            // busy machine, seen with the planning bundles). Its own property, read by JUnitProbeInvokerFactory.
            systemProperty("org.ops4j.pax.exam.invoker.junit.internal.JUnitProbeInvokerFactory.DEFAULT_TIMEOUT")
                    .value(String.valueOf(TIMEOUT.toMillis())),
            systemProperty("pembina.it.fixtures").value(fixtures()),
            // To read XLSX reports back inside the container (ReportingChecks); fastexcel-reader has no OSGi headers.
            mavenBundle("org.codehaus.woodstox", "stax2-api", System.getProperty("stax2-api.version")),
            mavenBundle("com.fasterxml", "aalto-xml", System.getProperty("aalto-xml.version")),
            mavenBundle("org.apache.commons", "commons-compress", System.getProperty("commons-compress.version")),
            bundle(fastexcelReader(localRepo)),
        };
    }

    /** Builds the fixture module jars (versions 1.0.0 and 1.1.0) and returns their folder. */
    private static String fixtures() {
        Path dir = Path.of(System.getProperty("project.build.directory", "target"), "fixtures").toAbsolutePath();
        try {
            FixtureJars.build(dir, "1.0.0");
            FixtureJars.build(dir, "1.1.0");
            FixtureJars.buildChangedComponent(dir);
            FixtureJars.buildFormat(dir);
            FixtureJars.buildBroken(dir.resolve("broken"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return dir.toString();
    }

    /** @return the URL of fastexcel-reader as a bundle (see {@link FixtureJars#bundleFastexcelReader}) */
    private static String fastexcelReader(String localRepo) {
        Path dir = Path.of(System.getProperty("project.build.directory", "target"), "fixtures").toAbsolutePath();
        try {
            return FixtureJars.bundleFastexcelReader(dir, Path.of(localRepo), System.getProperty("fastexcel.version"))
                    .toUri().toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path fixture(String version) {
        return Path.of(System.getProperty("pembina.it.fixtures"), FixtureJars.SYMBOLIC_NAME + "-" + version + ".jar");
    }

    private static String freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return String.valueOf(s.getLocalPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- inside the container ----

    /** @return {@code https://localhost:<port>} of the server under test */
    static String base() {
        return "https://localhost:" + System.getProperty("pembina.it.port");
    }

    static URI api(String path) {
        return URI.create(base() + "/api/v1/" + path);
    }

    /** @return an address of the server outside the API, e.g. {@code /pembina/login} */
    static URI site(String path) {
        return URI.create(base() + path);
    }

    /** Waits until the condition holds, polling; fails with the message after {@link #TIMEOUT}. */
    static void await(String what, Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TIMEOUT.toNanos();
        Exception last = null;
        while (System.nanoTime() < end) {
            try {
                if (Boolean.TRUE.equals(condition.call())) {
                    return;
                }
            } catch (Exception e) {
                last = e;
            }
            Thread.onSpinWait();
            synchronized (PembinaTestSupport.class) {
                PembinaTestSupport.class.wait(200);
            }
        }
        throw new AssertionError("Timed out waiting for " + what, last);
    }

    /** The admin password that the security bundle generated on first start. */
    static String adminPassword() throws Exception {
        Path file = Path.of(System.getProperty("karaf.data"), "pembina", "admin-password");
        await("the generated admin password", () -> Files.isRegularFile(file) && Files.size(file) > 0);
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }

    /** Over HTTPS, accepting the server's self-signed certificate ({@link Tls}). */
    static final HttpClient HTTP = Tls.client().build();

    static HttpResponse<String> send(HttpRequest.Builder request, String user, String password) throws Exception {
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Waits until the REST API accepts the generated admin password; returns it. */
    static String awaitApi() throws Exception {
        String pw = adminPassword();
        String[] last = { "" };
        try {
            await("login accepted and every component up", () -> {
                HttpResponse<String> health = send(HttpRequest.newBuilder(api("health")), null, null);
                last[0] = health.statusCode() + " " + health.body();
                return health.statusCode() == 200
                        && send(HttpRequest.newBuilder(api("units")), "admin", pw).statusCode() == 200;
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; last health: " + last[0], e);
        }
        return pw;
    }

    static HttpRequest.Builder json(String path, String body) {
        return HttpRequest.newBuilder(api(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    static String get(String path, String password) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(api(path)), "admin", password);
        if (r.statusCode() != 200) {
            // An exception, not an error: await() keeps waiting while a resource is still being registered.
            throw new IllegalStateException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    /**
     * Runs a console command in an in-process Karaf shell session, logged in as the admin (as SSH and the local
     * console run commands inside {@code Subject.doAs}), and returns what it printed.
     */
    static String console(SessionFactory sessions, String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessions.create(System.in, out, out);
        Subject admin = new Subject();
        admin.getPrincipals().add(new UserPrincipal("admin"));
        admin.getPrincipals().add(new RolePrincipal("admin"));
        try {
            Subject.doAs(admin, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
        } catch (PrivilegedActionException e) {
            throw e.getException();
        } finally {
            out.flush();
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
