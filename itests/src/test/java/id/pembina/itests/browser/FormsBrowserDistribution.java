package id.pembina.itests.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;

import id.pembina.itests.Tls;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The built distribution started as a real server for a browser: unpacked into {@code target/}, given free
 * ports, run with {@code bin/karaf server} as a child process of the test and stopped with it. Pax Exam cannot
 * serve here: its tests run inside the container, a browser driver runs outside.
 */
final class FormsBrowserDistribution implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("pembina.it.timeout", 600));

    private final Path home;
    private final Process karaf;
    final int port;
    final String password;
    private final HttpClient http = Tls.client().build();

    private FormsBrowserDistribution(Path home, Process karaf, int port, String password) {
        this.home = home;
        this.karaf = karaf;
        this.port = port;
        this.password = password;
    }

    /** Unpacks, configures and starts the distribution; returns once the REST API accepts the admin password. */
    static FormsBrowserDistribution start(String name) throws Exception {
        String version = System.getProperty("pembina.version");
        String repo = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
        Path archive = Path.of(repo, "id", "pembina", "pembina-distribution", version,
                "pembina-distribution-" + version + ".tar.gz");
        Path dir = Path.of(System.getProperty("project.build.directory", "target"), name).toAbsolutePath();
        run(new ProcessBuilder("rm", "-rf", dir.toString()));
        Files.createDirectories(dir);
        run(new ProcessBuilder("tar", "xzf", archive.toString(), "-C", dir.toString()));
        Path home = dir.resolve("pembina-distribution-" + version);
        int port = freePort();
        set(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port.secure", String.valueOf(port));
        set(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", String.valueOf(freePort()));
        set(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", String.valueOf(freePort()));
        set(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", String.valueOf(freePort()));
        set(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", String.valueOf(freePort()));
        Process karaf = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("karaf.out").toFile()).start();
        FormsBrowserDistribution d = null;
        try {
            Path pwFile = home.resolve("data/pembina/admin-password");
            await("the generated admin password", () -> Files.isRegularFile(pwFile) && Files.size(pwFile) > 0, karaf);
            d = new FormsBrowserDistribution(home, karaf, port, Files.readString(pwFile, StandardCharsets.UTF_8).strip());
            FormsBrowserDistribution up = d;
            // every component up, and the form links' own refusal (problem+json), not the JAX-RS runtime's
            // "No service was found" page of a resource that has not joined the application yet
            await("every component and the form links' resource", () -> up.api("GET", "health", null).statusCode() == 200
                    && up.api("GET", "units", null).statusCode() == 200
                    && up.api("GET", "sessions/0/form-link", null).headers().firstValue("Content-Type").orElse("")
                            .startsWith("application/problem+json"), karaf);
            return d;
        } catch (Exception | AssertionError e) {
            stop(karaf);
            throw e;
        }
    }

    String base() {
        return "https://localhost:" + port;
    }

    /** A REST call as admin; {@code body} is JSON or null. */
    HttpResponse<String> api(String method, String path, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base() + "/api/v1/" + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + password).getBytes(StandardCharsets.UTF_8)));
        if (body == null) {
            r.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            r.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Stops Karaf (SIGTERM: a clean shutdown), forcibly when it has not ended within a minute. */
    @Override
    public void close() throws InterruptedException {
        stop(karaf);
    }

    /**
     * {@code bin/karaf} is a shell script whose Java child does not end with it: the child (and anything it
     * started) is stopped first, then the script.
     */
    private static void stop(Process karaf) throws InterruptedException {
        List<ProcessHandle> children = karaf.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(60, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                child.destroyForcibly();
            }
        }
        karaf.destroy();
        if (!karaf.waitFor(60, TimeUnit.SECONDS)) {
            karaf.destroyForcibly().waitFor();
        }
    }

    Path home() {
        return home;
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    /** Polls until the condition holds; fails after {@link #TIMEOUT} or when Karaf has ended. */
    static void await(String what, Condition condition, Process karaf) throws Exception {
        long end = System.nanoTime() + TIMEOUT.toNanos();
        Exception last = null;
        while (System.nanoTime() < end) {
            if (karaf != null && !karaf.isAlive()) {
                throw new AssertionError("Karaf ended (exit " + karaf.exitValue() + ") while waiting for " + what);
            }
            try {
                if (condition.holds()) {
                    return;
                }
            } catch (IOException e) {
                last = e; // not listening yet
            }
            synchronized (FormsBrowserDistribution.class) {
                FormsBrowserDistribution.class.wait(200);
            }
        }
        throw new AssertionError("Timed out waiting for " + what, last);
    }

    private static void set(Path cfg, String key, String value) throws IOException {
        String text = Files.readString(cfg, StandardCharsets.UTF_8);
        String changed = text.replaceAll("(?m)^" + java.util.regex.Pattern.quote(key) + "\\s*=.*$",
                java.util.regex.Matcher.quoteReplacement(key + " = " + value));
        Files.writeString(cfg, changed.equals(text) ? text + System.lineSeparator() + key + " = " + value + System.lineSeparator()
                : changed, StandardCharsets.UTF_8);
    }

    private static void run(ProcessBuilder pb) throws IOException, InterruptedException {
        Process p = pb.inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException(pb.command() + " failed with " + p.exitValue());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
