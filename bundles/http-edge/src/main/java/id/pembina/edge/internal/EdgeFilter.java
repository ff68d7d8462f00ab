package id.pembina.edge.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHandler;
import org.eclipse.jetty.servlet.ServletMapping;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.pembina.platform.api.Messages;

/**
 * In front of every servlet context (an HTTP whiteboard filter on all of them, ranked first): starts
 * every answer with the security headers, answers 404 problem+json outside the served paths (the CXF
 * service list at /cxf/services included), 405 to TRACE, 415 to an unknown charset, refuses cross-site
 * form and text writes (403 problem+json), and gives Jetty's server and every servlet context the
 * problem+json error handlers (from the first request on: Pax Web restarts its whole server for a
 * Jetty handler service, and its server is not reachable otherwise). Settings: configuration PID
 * {@code id.pembina.edge} ({@link EdgeSettings}).
 */
@Component(service = Filter.class, immediate = true, configurationPid = EdgeSettings.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = { "osgi.http.whiteboard.filter.name=pembina-edge", "osgi.http.whiteboard.filter.pattern=/*",
            "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=*)",
            "service.ranking:Integer=1000000" })
public class EdgeFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(EdgeFilter.class);
    /** Methods that echo the request (cookies, authorization) back: never answered. */
    private static final Set<String> TRACE = Set.of("TRACE", "TRACK");

    @Reference
    private Messages messages;

    private volatile EdgeSettings settings = EdgeSettings.DEFAULTS;

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        settings = EdgeSettings.of(properties);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        EdgeSettings settings = this.settings;
        SecurityHeaders.add(response, request.isSecure(), settings.hstsSeconds());
        Request base = Request.getBaseRequest(request);
        if (base != null && base.getHttpChannel() != null) {
            problemsEverywhere(base.getHttpChannel().getServer(), settings);
        }
        Locale locale = Problems.locale(request.getHeader("Accept-Language"));
        String uri = request.getRequestURI();
        if (TRACE.contains(request.getMethod())) {
            refuse(request, response, 405, null, locale, settings);
        } else if (!knownCharset(request.getContentType())) {
            refuse(request, response, 415, null, locale, settings);
        } else if (!settings.served(uri)) {
            // Nothing but the API and the pages: no CXF service list, no other listing or servlet.
            if ("/".equals(uri) && "GET".equals(request.getMethod())) {
                response.sendRedirect(settings.home());
            } else {
                refuse(request, response, 404, null, locale, settings);
            }
        } else if (new OriginCheck(settings.allowedOrigins()).refuses(request)) {
            refuse(request, response, 403, "edge.crossOrigin", locale, settings);
        } else {
            chain.doFilter(req, res);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String detailCode,
            Locale locale, EdgeSettings settings) throws IOException {
        ProblemErrorHandler.write(response, request.isSecure(), locale, status, detailCode, settings.hstsSeconds(), messages);
    }

    /**
     * The server's error handler (requests Jetty refuses while parsing them) and every context's (errors
     * of servlets) become the problem+json ones; Pax Web makes contexts whenever a bundle registers one,
     * so this looks on each request (a handful of handlers, nothing allocated once all are replaced).
     */
    private void problemsEverywhere(Server server, EdgeSettings settings) {
        if (server == null) {
            return;
        }
        try {
            if (!(server.getErrorHandler() instanceof ProblemErrorHandler)) {
                ProblemErrorHandler errors = new ProblemErrorHandler(() -> messages, settings.hstsSeconds());
                // the server first: a running server starts the new bean at once, and a started handler
                // refuses to change its server
                errors.setServer(server);
                server.setErrorHandler(errors);
            }
            for (Handler h : server.getChildHandlersByClass(ContextHandler.class)) {
                ContextHandler context = (ContextHandler) h;
                if (context instanceof ServletContextHandler servlets && "/".equals(context.getContextPath())) {
                    closeUnservedMappings(servlets.getServletHandler(), settings);
                }
                if (!(context.getErrorHandler() instanceof ContextErrorHandler)) {
                    context.setErrorHandler(new ContextErrorHandler(() -> messages, settings.hstsSeconds()));
                }
            }
        } catch (Exception e) {
            // never fail a request for this: Jetty's own error pages stay
            LOG.warn("Could not install the problem+json error handlers: {}", e.toString());
        }
    }

    /**
     * Takes servlets of the root context off paths outside the served ones: CXF's own servlet at
     * {@code /cxf/*} (registered through the HTTP service, where no whiteboard filter reaches) lists
     * every service and serves the API a second time without this filter. Its requests then find no
     * servlet and end as a 404 problem.
     */
    private static void closeUnservedMappings(ServletHandler handler, EdgeSettings settings) {
        ServletMapping[] mappings = handler.getServletMappings();
        if (mappings == null) {
            return;
        }
        List<ServletMapping> kept = new ArrayList<>();
        boolean changed = false;
        for (ServletMapping m : mappings) {
            List<String> specs = new ArrayList<>();
            for (String spec : m.getPathSpecs()) {
                String prefix = spec.endsWith("/*") ? spec.substring(0, spec.length() - 2) : spec;
                if (spec.equals("/") || prefix.isEmpty() || settings.served(prefix)) {
                    specs.add(spec);
                }
            }
            if (specs.size() == m.getPathSpecs().length) {
                kept.add(m);
                continue;
            }
            changed = true;
            LOG.info("Closing {} of servlet {}: outside the served paths", List.of(m.getPathSpecs()), m.getServletName());
            if (!specs.isEmpty()) {
                m.setPathSpecs(specs.toArray(String[]::new));
                kept.add(m);
            }
        }
        if (changed) {
            handler.setServletMappings(kept.toArray(ServletMapping[]::new));
        }
    }

    /** @return false for a body whose charset this JVM does not know (the JAX-RS runtime would fail with a 500) */
    static boolean knownCharset(String contentType) {
        if (contentType == null) {
            return true;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String name = p.substring(8).strip().replace("\"", "");
                try {
                    return Charset.isSupported(name);
                } catch (IllegalArgumentException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
