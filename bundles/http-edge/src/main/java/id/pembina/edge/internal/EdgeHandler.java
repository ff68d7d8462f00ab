package id.pembina.edge.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.pembina.platform.api.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Jetty handler that Pax Web runs before every servlet context (a positive service ranking puts it
 * in front): it starts every answer with the security headers, answers 404 problem+json outside the
 * served paths (the CXF service list at /cxf/services included), refuses cross-site form and text
 * writes (403 problem+json), and makes the server's error handler the problem+json one.
 */
@Component(service = Handler.class, property = Constants.SERVICE_RANKING + ":Integer=100")
public class EdgeHandler extends AbstractHandler {

    private static final Logger LOG = LoggerFactory.getLogger(EdgeHandler.class);
    /** Methods that echo the request (cookies, authorization) back: never answered. */
    private static final Set<String> TRACE = Set.of("TRACE", "TRACK");

    private final Messages messages;
    private final EdgeSettings settings;
    private final OriginCheck origins;

    @Activate
    public EdgeHandler(@Reference Messages messages, @Reference EdgeSettings settings) {
        this.messages = messages;
        this.settings = settings;
        this.origins = new OriginCheck(settings.allowedOrigins());
    }

    /** Jetty gives the handler its server when Pax Web adds it (and again after a restart of the server). */
    @Override
    public void setServer(Server server) {
        super.setServer(server);
        if (server == null || server.getErrorHandler() instanceof ProblemErrorHandler) {
            return;
        }
        try {
            // One per server (Pax Web makes a new one when its configuration changes). The server
            // first: a running server starts the new bean at once, and a started handler refuses
            // to change its server.
            ProblemErrorHandler errors = new ProblemErrorHandler(() -> messages, settings.hstsSeconds());
            errors.setServer(server);
            server.setErrorHandler(errors);
        } catch (RuntimeException e) {
            // never stop Jetty from starting: its own error pages stay
            LOG.warn("Could not install the problem+json error handler: {}", e.toString());
        }
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SecurityHeaders.add(response, request.isSecure(), settings.hstsSeconds());
        problemsInEveryContext();
        Locale locale = Problems.locale(request.getHeader("Accept-Language"));
        if (TRACE.contains(request.getMethod())) {
            refuse(baseRequest, request, response, 405, null, locale);
            return;
        }
        if (!knownCharset(request.getContentType())) {
            refuse(baseRequest, request, response, 415, null, locale);
            return;
        }
        String uri = request.getRequestURI();
        if (!settings.served(uri)) {
            // Nothing but the API and the pages: no CXF service list, no other listing or servlet.
            if ("/".equals(uri) && "GET".equals(request.getMethod())) {
                response.sendRedirect(settings.home());
            } else {
                ProblemErrorHandler.write(response, request.isSecure(), Problems.locale(request.getHeader("Accept-Language")),
                        404, settings.hstsSeconds(), messages);
            }
            baseRequest.setHandled(true);
            return;
        }
        if (origins.refuses(request)) {
            refuse(baseRequest, request, response, 403, "edge.crossOrigin", locale);
        }
    }

    private void refuse(Request baseRequest, HttpServletRequest request, HttpServletResponse response, int status,
            String detailCode, Locale locale) throws IOException {
        ProblemErrorHandler.write(response, request.isSecure(), locale, status, detailCode, settings.hstsSeconds(), messages);
        baseRequest.setHandled(true);
    }

    /**
     * Gives every servlet context the problem+json error handler; Pax Web makes contexts (and their
     * error handlers) whenever a bundle registers one, so this looks before each request (a handful of
     * handlers, no allocation once all are replaced).
     */
    private void problemsInEveryContext() {
        Server server = getServer();
        if (server == null) {
            return;
        }
        for (Handler h : server.getChildHandlersByClass(ContextHandler.class)) {
            ContextHandler context = (ContextHandler) h;
            if (!(context.getErrorHandler() instanceof ContextErrorHandler)) {
                context.setErrorHandler(new ContextErrorHandler(() -> messages, settings.hstsSeconds()));
            }
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
