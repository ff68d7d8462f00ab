package id.pembina.rest.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * For each domain's {@code OpenApiDocumentTest}: compares an OpenAPI document (or fragment) with
 * the JAX-RS resources and records it describes. Shipped in the {@code pembina-rest-common} test jar.
 */
public final class OpenApiCheck {

    private OpenApiCheck() {
    }

    public static JsonNode read(URL document) throws IOException {
        try (InputStream in = document.openStream()) {
            return new ObjectMapper().readTree(in);
        }
    }

    /** @return "verb /path" of every operation the resources implement */
    public static Set<String> implemented(List<Class<?>> resources) {
        Set<String> ops = new TreeSet<>();
        for (Class<?> r : resources) {
            String base = "/" + r.getAnnotation(Path.class).value();
            for (Method m : r.getMethods()) {
                String verb = m.isAnnotationPresent(GET.class) ? "get" : m.isAnnotationPresent(POST.class) ? "post"
                        : m.isAnnotationPresent(PUT.class) ? "put" : m.isAnnotationPresent(DELETE.class) ? "delete" : null;
                if (verb != null) {
                    Path sub = m.getAnnotation(Path.class);
                    ops.add(verb + " " + base + (sub == null ? "" : "/" + sub.value()));
                }
            }
        }
        return ops;
    }

    /** @return "verb /path" of every operation the document describes */
    public static Set<String> documented(JsonNode document) {
        Set<String> documented = new TreeSet<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> p = paths.next();
            p.getValue().fieldNames().forEachRemaining(verb -> documented.add(verb + " " + p.getKey()));
        }
        return documented;
    }

    /** @return the JSON field names of a record */
    public static Set<String> fields(Class<?> record) {
        return new TreeSet<>(Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList());
    }

    /** @return the property names of the document's schema of that name */
    public static Set<String> properties(JsonNode document, String schema) {
        Set<String> names = new TreeSet<>();
        document.get("components").get("schemas").get(schema).get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * Compares a JSON value as the API writes it with the document's schema of that name, field by field and
     * all the way down: through {@code $ref}, array items and map values ({@code additionalProperties}). An
     * object must name exactly the schema's properties; a schema object with neither properties nor
     * additionalProperties describes nothing and is reported; strings, numbers, integers and booleans must
     * have their type. A null value passes (nullability is not checked).
     *
     * @return one line per difference, with its JSON path; empty when the document describes the value
     */
    public static List<String> mismatches(JsonNode document, String schema, JsonNode json) {
        List<String> out = new java.util.ArrayList<>();
        compare(document, document.get("components").get("schemas").get(schema), json, schema, out);
        return out;
    }

    private static void compare(JsonNode document, JsonNode schema, JsonNode json, String path, List<String> out) {
        if (schema == null) {
            out.add(path + ": no schema");
            return;
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            JsonNode target = document.get("components").get("schemas").get(name);
            if (target == null) {
                out.add(path + ": unknown schema " + ref);
            } else {
                compare(document, target, json, path, out);
            }
            return;
        }
        if (json == null || json.isNull()) {
            return;
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> {
                if (!json.isObject()) {
                    out.add(path + ": not an object");
                } else if (schema.has("properties")) {
                    Set<String> documented = new TreeSet<>();
                    schema.get("properties").fieldNames().forEachRemaining(documented::add);
                    Set<String> actual = new TreeSet<>();
                    json.fieldNames().forEachRemaining(actual::add);
                    if (!documented.equals(actual)) {
                        out.add(path + ": fields " + actual + ", documented " + documented);
                    }
                    for (String f : actual) {
                        if (documented.contains(f)) {
                            compare(document, schema.get("properties").get(f), json.get(f), path + "." + f, out);
                        }
                    }
                } else if (schema.get("additionalProperties") != null && schema.get("additionalProperties").isObject()) {
                    json.fields().forEachRemaining(e -> compare(document, schema.get("additionalProperties"),
                            e.getValue(), path + "[" + e.getKey() + "]", out));
                } else {
                    out.add(path + ": an object without documented fields");
                }
            }
            case "array" -> {
                if (!json.isArray()) {
                    out.add(path + ": not an array");
                } else {
                    for (int i = 0; i < json.size(); i++) {
                        compare(document, schema.get("items"), json.get(i), path + "[" + i + "]", out);
                    }
                }
            }
            case "string" -> check(json.isTextual(), path, type, json, out);
            case "integer" -> check(json.isIntegralNumber(), path, type, json, out);
            case "number" -> check(json.isNumber(), path, type, json, out);
            case "boolean" -> check(json.isBoolean(), path, type, json, out);
            default -> out.add(path + ": schema without a type");
        }
    }

    private static void check(boolean ok, String path, String type, JsonNode json, List<String> out) {
        if (!ok) {
            out.add(path + ": " + json + " is not a " + type);
        }
    }
}
