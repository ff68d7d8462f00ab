package id.pembina.edge.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;

import org.junit.Test;

public class OriginCheckTest {

    private final OriginCheck check = new OriginCheck(Set.of("https://pembina.example.go.id"));

    /** A request with only what the check reads (method, scheme, content type, headers). */
    private static HttpServletRequest request(String method, String contentType, Map<String, String> headers) {
        return request(method, "/api/v1/participants/import", contentType, headers);
    }

    private static HttpServletRequest request(String method, String uri, String contentType, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(OriginCheckTest.class.getClassLoader(),
                new Class<?>[] { HttpServletRequest.class }, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getScheme" -> "https";
                    case "getRequestURI" -> uri;
                    case "getContentType" -> contentType;
                    case "getHeader" -> "Host".equals(args[0]) ? "localhost:8443" : headers.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    @Test
    public void refusesTextAndFormWritesFromAnotherSite() {
        assertTrue(check.refuses(request("POST", "text/plain; charset=UTF-8", Map.of("Origin", "https://evil.example"))));
        assertTrue(check.refuses(request("POST", "application/x-www-form-urlencoded", Map.of("Origin", "null"))));
        assertTrue(check.refuses(request("PUT", null, Map.of("Referer", "https://evil.example/page"))));
        assertTrue(check.refuses(request("POST", "multipart/form-data; boundary=x", Map.of("Origin", "http://localhost:8443"))));
        assertTrue(check.refuses(request("POST", "text/plain", Map.of("Referer", "not a url"))));
    }

    @Test
    public void letsThroughOwnOriginProgramsJsonAndReads() {
        assertFalse(check.refuses(request("POST", "text/plain", Map.of("Origin", "https://localhost:8443"))));
        assertFalse(check.refuses(request("POST", "text/plain", Map.of("Origin", "HTTPS://LOCALHOST:8443"))));
        assertFalse(check.refuses(request("POST", "text/plain", Map.of("Referer", "https://localhost:8443/pembina/x"))));
        assertFalse(check.refuses(request("POST", "text/plain", Map.of("Origin", "https://pembina.example.go.id"))));
        assertFalse(check.refuses(request("POST", "text/plain", Map.of())));
        assertFalse(check.refuses(request("POST", "application/json", Map.of("Origin", "https://evil.example"))));
        assertFalse(check.refuses(request("GET", null, Map.of("Origin", "https://evil.example"))));
    }

    @Test
    public void anUnknownOriginPassesOnlyToThePagesWhichHaveTheirOwnTokens() {
        // a phone form (Referrer-Policy no-referrer) posts with Origin: null
        assertFalse(check.refuses(request("POST", "/pembina/forms/s/1.x", "application/x-www-form-urlencoded",
                Map.of("Origin", "null"))));
        assertTrue(check.refuses(request("POST", "/api/v1/participants/import", "text/plain", Map.of("Origin", "null"))));
        // a known foreign origin is refused on the pages too
        assertTrue(check.refuses(request("POST", "/pembina/login", "application/x-www-form-urlencoded",
                Map.of("Origin", "https://evil.example"))));
    }

    @Test
    public void originOfAUrl() {
        assertEquals("https://a.example:8443", OriginCheck.originOf("https://a.example:8443/x?y"));
        assertEquals("http://a.example", OriginCheck.originOf("http://a.example/"));
        assertNull(OriginCheck.originOf("/relative"));
    }
}
