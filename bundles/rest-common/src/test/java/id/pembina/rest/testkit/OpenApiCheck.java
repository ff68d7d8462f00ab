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
}
