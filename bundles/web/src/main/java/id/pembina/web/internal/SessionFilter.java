package id.pembina.web.internal;

import java.io.IOException;
import java.util.Set;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

import id.pembina.security.api.Authenticator;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;

/**
 * Guards every page under /pembina/: a signed-in session for everything except the login page, the
 * static files and the phone forms (which carry their own signed links); the session's CSRF token on
 * every write; no caching of pages and a few browser protections.
 */
@Component(immediate = true, service = Filter.class, configurationPid = "id.pembina.web")
@HttpWhiteboardFilterPattern("/pembina/*")
public class SessionFilter implements Filter {

    private final Authenticator accounts;
    private final WebLogin rules;

    @Activate
    public SessionFilter(@Reference Authenticator accounts, LoginServlet.Config config) {
        this.accounts = accounts;
        this.rules = new WebLogin(WebLogin.roles(config.allowed_roles()));
    }

    static final String LOGIN = "/pembina/login";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/pembina/static/") || path.startsWith("/pembina/forms/")) {
            chain.doFilter(req, res);
            return;
        }
        request.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!SAFE_METHODS.contains(request.getMethod()) && !Csrf.valid(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean open = path.equals(LOGIN) || path.equals("/pembina/language");
        HttpSession session = request.getSession(false);
        // A pooled thread may still hold the caller of a request that ended abnormally.
        CallerContext.clear();
        // The account as it is now, at every request: a disabled account or a lost role ends the session at once.
        Caller caller = session != null && session.getAttribute(WebUser.ATTRIBUTE) instanceof WebUser user
                ? accounts.caller(user.name(), request.getRemoteAddr()).filter(rules::allowed).orElse(null) : null;
        if (caller == null && session != null && session.getAttribute(WebUser.ATTRIBUTE) != null) {
            session.invalidate();
        }
        if (!open && caller == null) {
            if (request.getHeader("HX-Request") != null) {
                // htmx follows this header with a full page load instead of swapping the login page in.
                response.setHeader("HX-Redirect", LOGIN);
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(LOGIN);
            }
            return;
        }
        if (caller == null) {
            chain.doFilter(req, res);
            return;
        }
        try (CallerContext.Scope scope = CallerContext.enter(caller)) {
            chain.doFilter(req, res);
        }
    }
}
