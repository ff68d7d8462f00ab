package id.pembina.edge.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The HTTP edge's settings (etc/id.pembina.edge.cfg, all optional). */
@Component(service = EdgeSettings.class, configurationPid = "id.pembina.edge",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = EdgeSettings.Config.class)
public class EdgeSettings {

    @ObjectClassDefinition(name = "Pembina HTTP edge", description = "Security headers and cross-site checks of every answer")
    public @interface Config {
        @AttributeDefinition(description = "max-age of Strict-Transport-Security on HTTPS answers, seconds; 0 sends none")
        long hsts_max_age() default 31_536_000L;

        @AttributeDefinition(description = "Path prefixes the server answers; every other path is 404 "
                + "(the first is where / leads)")
        String[] served_paths() default { "/pembina", "/api/v1" };

        @AttributeDefinition(description = "Origins accepted for form and text/plain writes besides the server's own, "
                + "e.g. https://pembina.example.go.id when a reverse proxy answers under another name", required = false)
        String[] allowed_origins() default {};
    }

    private final long hstsSeconds;
    private final Set<String> allowedOrigins;
    private final List<String> servedPaths;

    @Activate
    public EdgeSettings(Config config) {
        this.hstsSeconds = Math.max(0, config.hsts_max_age());
        this.allowedOrigins = values(config.allowed_origins()).stream().map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.servedPaths = values(config.served_paths()).stream()
                .map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s).filter(s -> s.startsWith("/"))
                .toList();
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
