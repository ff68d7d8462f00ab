package id.pembina.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Hostile input: at least 3,000 malformed requests (seeded, {@code -Dpembina.fuzz.seed=N} repeats a
 * run) across every operation of the OpenAPI document, plus raw requests that only a socket can send.
 * No answer is a 5xx, none shows a stack trace, no error names a Java class, every error is
 * problem+json, and every listing of stored data reads the same afterwards.
 */
@RunWith(PaxExam.class)
// Run by SharedDistributionIT, in one container with the other *Checks classes.
@ExamReactorStrategy(PerSuite.class)
public class FuzzChecks extends PembinaTestSupport {

    static final int REQUESTS = 3_000;
    static final int RAW_REQUESTS = 200;

    /** A Java stack frame, e.g. "at a.b.C.m(C.java:1)". */
    private static final Pattern STACK = Pattern.compile("\\bat [\\w$.]+\\((?:[\\w$]+\\.java:\\d+|Unknown Source|Native Method)\\)");
    /** An exception's simple class name, e.g. NullPointerException. */
    private static final Pattern EXCEPTION = Pattern.compile("\\b[A-Z]\\w*(Exception|Error)\\b");
    /** A fully qualified class name of the platform, the JDK or a library (e.g. org.eclipse.jetty.server.Request). */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(java|javax|jakarta|sun|com|org|id|net)\\.[a-z][\\w]*\\.[\\w$.]*[A-Z][\\w$]*");

    /** Listings that change by themselves (health's component states; an audit trail grows with refusals). */
    private static final Set<String> VOLATILE = Set.of("/health", "/openapi.json", "/audit");

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Test
    public void malformedRequestsAreRefusedCleanlyAndChangeNothing() throws Exception {
        String password = awaitApi();
        long seed = Long.parseLong(System.getProperty("pembina.fuzz.seed"));
        String again = " (seed " + seed + "; repeat with -Dpembina.fuzz.seed=" + seed + ")";
        JsonNode openapi = new ObjectMapper().readTree(get("openapi.json", password));
        int port = Integer.parseInt(System.getProperty("pembina.it.port"));
        FuzzRequests fuzz = new FuzzRequests(openapi, seed, "localhost:" + port);
        assertTrue("operations in the document: " + fuzz.operations().size(), fuzz.operations().size() >= 30);

        Map<String, String> before = listings(fuzz.operations(), password);
        List<String> problems = new ArrayList<>();
        String authorization = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password)
                .getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < REQUESTS; i++) {
            FuzzRequests.Request r = fuzz.next();
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + r.target()))
                    .method(r.method(), r.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(r.body()));
            r.headers().forEach(b::header);
            HttpResponse<String> answer;
            try {
                answer = send(b, r.login() ? "admin" : null, password);
            } catch (java.io.IOException e) {
                // The server may refuse a body over its cap before reading it and close the connection
                // while the client is still sending (a broken pipe here): refused, nothing to show.
                if (r.body() != null && r.body().length > 100_000) {
                    continue;
                }
                throw e;
            }
            String type = answer.headers().firstValue("Content-Type").orElse("");
            check(problems, r, answer.statusCode(), type, answer.body());
            if (!"GET".equals(r.method()) && answer.statusCode() < 300) {
                problems.add(r + " -> a malformed write was accepted: " + answer.statusCode() + " " + answer.body());
            }
        }
        for (int i = 0; i < RAW_REQUESTS; i++) {
            FuzzRequests.Request r = fuzz.nextRaw(authorization);
            RawHttps.Answer answer = RawHttps.send(port, r.raw());
            if (answer.status() == 0) {
                continue; // closed without an answer: nothing shown
            }
            // 505 is how HTTP refuses a version it does not speak (HTTP/9.9): the client's protocol, not a failure
            boolean otherVersion = !new String(r.raw(), StandardCharsets.ISO_8859_1).split("\r\n", 2)[0].matches(".* HTTP/1\\.[01]$");
            check(problems, r, answer.status() == 505 && otherVersion ? 400 : answer.status(), answer.contentType(), answer.body());
        }

        Map<String, String> after = listings(fuzz.operations(), password);
        for (String path : before.keySet()) {
            if (!before.get(path).equals(after.get(path))) {
                problems.add("stored data changed: GET " + path);
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " of " + (REQUESTS + RAW_REQUESTS) + " answers broke the rules" + again + ":\n"
                    + String.join("\n", problems.subList(0, Math.min(30, problems.size()))));
        }
        assertEquals(before.keySet(), after.keySet());
    }

    private static void check(List<String> problems, FuzzRequests.Request r, int status, String type, String body) {
        String shown = status + " " + type + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        if (status >= 500) {
            problems.add(r + " -> server error " + shown);
        }
        if (STACK.matcher(body).find()) {
            problems.add(r + " -> stack trace: " + shown);
        }
        if (status >= 400 && EXCEPTION.matcher(body).find()) {
            problems.add(r + " -> error names an exception: " + shown);
        }
        if (status >= 400 && !type.startsWith("application/problem+json")) {
            problems.add(r + " -> error answer not problem+json: " + shown);
        }
        if (status >= 400 && CLASS_NAME.matcher(body).find()) {
            problems.add(r + " -> error names a class: " + shown);
        }
    }

    /** Every listing of the document without a path parameter, as the admin reads it: the stored data. */
    private static Map<String, String> listings(List<FuzzRequests.Operation> ops, String password) throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (FuzzRequests.Operation op : ops) {
            if (op.method().equals("GET") && op.pathParams().isEmpty() && !VOLATILE.contains(op.path())) {
                String query = op.queryParams().containsKey("includeInactive") ? "?includeInactive=true&limit=500" : "";
                HttpResponse<String> r = send(HttpRequest.newBuilder(api(op.path().substring(1) + query)), "admin", password);
                out.put(op.path() + query, r.statusCode() + " " + r.body());
            }
        }
        return out;
    }
}
