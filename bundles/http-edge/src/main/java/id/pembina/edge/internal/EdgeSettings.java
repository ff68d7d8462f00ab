package id.pembina.edge.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The HTTP edge's settings, configuration PID {@code id.pembina.edge} (etc/id.pembina.edge.cfg, all
 * optional): {@code hsts.max.age} (seconds, 0 sends no Strict-Transport-Security), {@code served.paths}
 * (path prefixes the server answers, the first is where {@code /} leads), {@code allowed.origins}
 * (origins accepted for form and text/plain writes besides the server's own, e.g. behind a reverse
 * proxy with another name). Lists are comma-separated.
 */
final class EdgeSettings {

    static final String PID = "id.pembina.edge";
    static final EdgeSettings DEFAULTS = new EdgeSettings(31_536_000L, new String[] { "/pembina", "/api/v1" },
            new String[0]);

    private final long hstsSeconds;
    private final Set<String> allowedOrigins;
    private final List<String> servedPaths;

    EdgeSettings(long hstsSeconds, String[] servedPaths, String[] allowedOrigins) {
        this.hstsSeconds = Math.max(0, hstsSeconds);
        this.allowedOrigins = values(allowedOrigins).stream().map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.servedPaths = values(servedPaths).stream()
                .map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s).filter(s -> s.startsWith("/"))
                .toList();
    }

    /** @return the settings of a configuration; the defaults for what it leaves out (or for no configuration) */
    static EdgeSettings of(Map<String, ?> config) {
        if (config == null) {
            return DEFAULTS;
        }
        Object hsts = config.get("hsts.max.age");
        long seconds = DEFAULTS.hstsSeconds;
        if (hsts != null) {
            try {
                seconds = Long.parseLong(String.valueOf(hsts).strip());
            } catch (NumberFormatException e) {
                seconds = DEFAULTS.hstsSeconds;
            }
        }
        return new EdgeSettings(seconds, strings(config.get("served.paths"), DEFAULTS.servedPaths.toArray(String[]::new)),
                strings(config.get("allowed.origins"), new String[0]));
    }

    private static String[] strings(Object value, String[] fallback) {
        if (value == null) {
            return fallback;
        }
        if (value instanceof String[] a) {
            return a;
        }
        if (value instanceof java.util.Collection<?> c) {
            return c.stream().map(String::valueOf).toArray(String[]::new);
        }
        return new String[] { String.valueOf(value) };
    }

    /** @return the values, each also split at commas (a .cfg file gives one string: {@code a, b}) */
    static List<String> values(String[] given) {
        return Arrays.stream(given).flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).toList();
    }

    /** @return whether a request URI lies under one of the served paths ({@code /api/v1}, {@code /api/v1/...}) */
    boolean served(String uri) {
        for (String p : servedPaths) {
            if (uri.equals(p) || uri.startsWith(p + "/")) {
                return true;
            }
        }
        return false;
    }

    /** @return where {@code /} leads: the first served path */
    String home() {
        return servedPaths.isEmpty() ? "/" : servedPaths.get(0) + "/";
    }

    long hstsSeconds() {
        return hstsSeconds;
    }

    Set<String> allowedOrigins() {
        return allowedOrigins;
    }
}
