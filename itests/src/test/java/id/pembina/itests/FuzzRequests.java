package id.pembina.itests;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Malformed requests for every operation of the OpenAPI document, drawn from a seeded random source
 * (the same seed gives the same requests). Every request is meant to be refused: path parameters are
 * never a real id, JSON bodies are broken or carry an unknown field, CSV bodies have no header row,
 * content types are wrong. Nothing valid is written, so the stored data must not change.
 */
final class FuzzRequests {

    /** One request: over the HTTP client unless {@code raw} (the bytes go over a TLS socket as they are). */
    record Request(String method, String target, Map<String, String> headers, byte[] body, boolean login,
            byte[] raw, String what) {

        @Override
        public String toString() {
            return what + ": " + (raw != null ? new String(raw, 0, Math.min(raw.length, 200), StandardCharsets.ISO_8859_1)
                    : method + " " + (target.length() > 200 ? target.substring(0, 200) + "..." : target));
        }
    }

    /** An operation of the document: its method, path template, parameters and body types. */
    record Operation(String method, String path, List<String> pathParams, Map<String, String> queryParams,
            List<String> bodyTypes) {
    }

    /** Values no path parameter of the API accepts: never a real NIP, id, code or year. */
    private static final String[] BAD_SEGMENTS = { "-1", "0", "99999999999999999999", "1.5", "abc", "%00", "%2e%2e",
        "%2F", "%25", "%FF", "%C0%AE", "%E2%80%AE", "%F0%9F%98%80", "'%20OR%201=1--", "%3Cscript%3E", "null",
        "true", "1e309", "0x1F", "%20", "-0", "NaN", "%0d%0aX-Injected:%201", "~", "%5C..%5C" };

    private static final String[] BAD_QUERY_VALUES = { "abc", "-1", "-99999999999", "99999999999999999999", "1.5",
        "1e309", "2026-13-45", "2026-02-30", "31/12/2026", "", "%00", "%FF", "%C3%28", "true", "null", "%5B%5D",
        "0x10", "NaN", "Infinity", "%E2%80%AE" };

    private static final String[] BAD_JSON = { "{", "}", "[", "{\"a\":", "{\"a\" 1}", "{'a':1}", "nul", "tru",
        "{\"__fuzz__\":1}", "[{\"__fuzz__\":1}]", "{\"__fuzz__\":{\"__fuzz__\":[]}}", "\"\\u0000\"",
        "{\"__fuzz__\":\"\\ud800\"}", "{\"__fuzz__\":1e999999}", "{\"__fuzz__\":-0.0e-99999}", ",", "{}{}",
        "{\"__fuzz__\":1,\"__fuzz__\":2}", "\uFEFF{\"__fuzz__\":1}", "/* */{\"__fuzz__\":1}", "{\"__fuzz__\":01}" };

    /** Fields the API's bodies have, given a value of the wrong type next to an unknown field. */
    private static final String[] FIELDS = { "nip", "name", "code", "unitCode", "programCode", "sessionId", "year",
        "start", "end", "capacity", "answers", "score", "birthDate", "rank", "active", "meetings", "value" };
    private static final String[] WRONG_VALUES = { "[]", "{}", "true", "-1", "1e400", "\"\"", "\"2026-99-99\"",
        "[[[]]]", "\"\\u0000\"", "12345678901234567890123" };

    private static final String[] CONTENT_TYPES = { "text/plain", "application/xml", "text/html", "multipart/form-data",
        "application/x-www-form-urlencoded", "application/json; charset=nonsense", "application/json; charset=UTF-16",
        "garbage", "//", "application/", "text/csv; charset=ISO-8859-99", "image/png", "application/json;;;" };

    private static final String[] ACCEPTS = { "text/html", "application/xml", "image/*", "x/y;q=abc", ";;;", "*/*",
        "application/json;q=0", "text/csv" };

    private final Random random;
    private final List<Operation> operations;
    private final String host;

    FuzzRequests(JsonNode openapi, long seed, String host) {
        this.random = new Random(seed);
        this.operations = operations(openapi);
        this.host = host;
    }

    List<Operation> operations() {
        return operations;
    }

    static List<Operation> operations(JsonNode openapi) {
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openapi.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> m = methods.next();
                if (!List.of("get", "post", "put", "delete", "patch").contains(m.getKey())) {
                    continue;
                }
                List<String> pathParams = new ArrayList<>();
                Map<String, String> query = new LinkedHashMap<>();
                List<JsonNode> params = new ArrayList<>();
                path.getValue().path("parameters").forEach(params::add);
                m.getValue().path("parameters").forEach(params::add);
                for (JsonNode p : params) {
                    String type = p.path("schema").path("type").asText("string");
                    if ("path".equals(p.path("in").asText())) {
                        pathParams.add(p.path("name").asText());
                    } else if ("query".equals(p.path("in").asText())) {
                        query.put(p.path("name").asText(), type);
                    }
                }
                List<String> bodyTypes = new ArrayList<>();
                m.getValue().path("requestBody").path("content").fieldNames().forEachRemaining(bodyTypes::add);
                ops.add(new Operation(m.getKey().toUpperCase(), path.getKey(), pathParams, query, bodyTypes));
            }
        }
        return ops;
    }

    /** @return the next request on an operation of the document, drawn at random */
    Request next() {
        Operation op = operations.get(random.nextInt(operations.size()));
        int kind = random.nextInt(op.bodyTypes().isEmpty() ? 3 : 7);
        String target = target(op, kind == 0 || !op.pathParams().isEmpty() && random.nextInt(4) > 0);
        Map<String, String> headers = new LinkedHashMap<>();
        byte[] body = null;
        String what;
        switch (kind) {
            case 0 -> what = "bad path parameter";
            case 1 -> {
                what = "bad query values";
                target = withBadQuery(op, target);
            }
            case 2 -> {
                what = "unacceptable Accept";
                headers.put("Accept", pick(ACCEPTS));
            }
            case 3 -> {
                what = "broken JSON";
                headers.put("Content-Type", "application/json");
                body = brokenJson().getBytes(StandardCharsets.UTF_8);
            }
            case 4 -> {
                what = "wrong types";
                headers.put("Content-Type", "application/json");
                body = wrongTypes().getBytes(StandardCharsets.UTF_8);
            }
            case 5 -> {
                what = "wrong content type";
                headers.put("Content-Type", pick(CONTENT_TYPES));
                body = (random.nextBoolean() ? "{\"__fuzz__\":1}" : "__fuzz__,x\n1,2\n").getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                what = "broken encoding";
                String type = op.bodyTypes().get(random.nextInt(op.bodyTypes().size()));
                headers.put("Content-Type", type);
                body = brokenEncoding(type);
            }
        }
        if (body != null && random.nextInt(10) == 0) {
            what += ", huge body";
            body = huge(headers.getOrDefault("Content-Type", "application/json"));
        }
        // Mostly as admin, so that requests reach the resources; some without login (never a wrong
        // password: a login throttle must not lock the admin out of the other tests).
        boolean login = random.nextInt(8) > 0;
        return new Request(op.method(), target, headers, body, login, null, what + " on " + op.method() + " " + op.path());
    }

    /** @return a request whose bytes no HTTP client would send: bad request lines, URIs and headers */
    Request nextRaw(String authorization) {
        String path = "/api/v1/" + pick(new String[] { "units", "participants", "health", "sessions/1", "nowhere" });
        String auth = "Authorization: " + authorization + "\r\n";
        String[] lines = {
            "GET " + path + "%00 HTTP/1.1\r\nHost: " + host + "\r\n" + auth,
            "GET " + path + "/%zz HTTP/1.1\r\nHost: " + host + "\r\n" + auth,
            "GET " + path + "/%c0%ae%c0%ae/ HTTP/1.1\r\nHost: " + host + "\r\n" + auth,
            "GET /api/v1/../../../etc/passwd HTTP/1.1\r\nHost: " + host + "\r\n",
            "GET /api/v1/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: " + host + "\r\n",
            "GET " + path + "?x=\u00ff\u00fe HTTP/1.1\r\nHost: " + host + "\r\n" + auth,
            "GET " + path + " x HTTP/1.1\r\nHost: " + host + "\r\n",
            "GET " + path + "\tHTTP/1.1\r\nHost: " + host + "\r\n",
            "GARBAGE\r\n",
            "GET\r\n",
            " / HTTP/1.1\r\nHost: " + host + "\r\n",
            "GET " + path + " HTTP/9.9\r\nHost: " + host + "\r\n",
            "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nBroken header line\r\n",
            "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nX-Ctl: a\u0001b\r\n",
            "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nX-Big: " + "a".repeat(20_000) + "\r\n",
            "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: " + host + "\r\n",
            "POST /api/v1/units HTTP/1.1\r\nHost: " + host + "\r\n" + auth + "Content-Type: application/json\r\nContent-Length: -1\r\n",
            "POST /api/v1/units HTTP/1.1\r\nHost: " + host + "\r\n" + auth + "Content-Type: application/json\r\nContent-Length: abc\r\n",
            "POST /api/v1/units HTTP/1.1\r\nHost: " + host + "\r\n" + auth
                    + "Content-Type: application/json\r\nContent-Length: 3\r\nContent-Length: 4\r\n",
            "POST /api/v1/units HTTP/1.1\r\nHost: " + host + "\r\n" + auth
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\n{\r\n0\r\n\r\n",
            "POST /api/v1/participants/import HTTP/1.1\r\nHost: " + host + "\r\n" + auth
                    + "Content-Type: text/csv\r\nTransfer-Encoding: gzip, chunked\r\nConnection: close\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
            "GET http://evil.example/api/v1/units HTTP/1.1\r\nHost: " + host + "\r\n",
            "GET " + path + " HTTP/1.1\r\n",
            "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nHost: evil.example\r\n",
            "GET /cxf/services HTTP/1.1\r\nHost: " + host + "\r\n",
            "GET /pembina/%00 HTTP/1.1\r\nHost: " + host + "\r\n",
            "GET /" + pick(BAD_SEGMENTS) + " HTTP/1.1\r\nHost: " + host + "\r\n",
            "TRACE " + path + " HTTP/1.1\r\nHost: " + host + "\r\n",
            "DELETE /api/v1/units/%00 HTTP/1.1\r\nHost: " + host + "\r\n" + auth,
            "PROPFIND " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + auth,
            "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept-Charset: nonsense\r\nAccept-Language: \u00ff\r\n" + auth,
            "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Basic !!!notbase64\r\n",
            "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Basic " + "QQ".repeat(3000) + "\r\n",
        };
        int i = random.nextInt(lines.length);
        String text = lines[i];
        if (!text.contains("\r\n\r\n")) {
            text += "Connection: close\r\n\r\n";
        }
        return new Request(null, null, Map.of(), null, false, text.getBytes(StandardCharsets.ISO_8859_1), "raw #" + i);
    }

    private String target(Operation op, boolean badPath) {
        String path = op.path();
        for (String p : op.pathParams()) {
            path = path.replace("{" + p + "}", badPath ? pick(BAD_SEGMENTS) : "0");
        }
        return "/api/v1" + path;
    }

    private String withBadQuery(Operation op, String target) {
        StringBuilder q = new StringBuilder();
        List<String> names = new ArrayList<>(op.queryParams().keySet());
        names.add("__fuzz__");
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            String name = names.get(random.nextInt(names.size()));
            q.append(q.length() == 0 ? "?" : "&").append(name).append('=').append(pick(BAD_QUERY_VALUES));
        }
        if (random.nextInt(5) == 0) {
            q.append("&").append(names.get(0)).append("=").append(URLEncoder.encode("x".repeat(3000), StandardCharsets.UTF_8));
        }
        return target + q;
    }

    private String brokenJson() {
        if (random.nextInt(12) == 0) {
            // deep nesting: a parser that recurses without bound would overflow its stack
            int depth = 5_000 + random.nextInt(20_000);
            return "[".repeat(depth) + "]".repeat(depth - 1);
        }
        return pick(BAD_JSON);
    }

    private String wrongTypes() {
        StringBuilder b = new StringBuilder("{\"__fuzz__\":true");
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            b.append(",\"").append(pick(FIELDS)).append("\":").append(pick(WRONG_VALUES));
        }
        String object = b.append('}').toString();
        return random.nextBoolean() ? object : "[" + object + "]";
    }

    private byte[] brokenEncoding(String type) {
        byte[][] bad = { { (byte) 0xC3, 0x28 }, { (byte) 0xFF, (byte) 0xFE }, { (byte) 0xC0, (byte) 0xAF },
            { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, { (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80 }, { 0 } };
        byte[] b = bad[random.nextInt(bad.length)];
        String before = type.contains("json") ? "{\"__fuzz__\":\"" : type.contains("csv") ? "nip,na" : "PK\u0003\u0004";
        String after = type.contains("json") ? "\"}" : type.contains("csv") ? "me\n1,2\n" : "";
        byte[] head = before.getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = after.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[head.length + b.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(b, 0, out, head.length, b.length);
        System.arraycopy(tail, 0, out, head.length + b.length, tail.length);
        return out;
    }

    /** A body above the size caps (1 MB JSON, 20 MB CSV and jars are checked by their own limits). */
    private byte[] huge(String type) {
        int size = type.contains("json") ? 1_100_000 + random.nextInt(500_000) : 300_000 + random.nextInt(300_000);
        String fill = type.contains("json") ? "{\"__fuzz__\":\"" + "x".repeat(size) + "\"}" : "__fuzz__\n" + "y,".repeat(size / 2);
        return fill.getBytes(StandardCharsets.UTF_8);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
