package id.pembina.web.internal;

import java.io.IOException;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import id.pembina.security.api.Authenticator;

/**
 * The login page (user name and password checked with Pembina's accounts, as the REST API does, then a
 * session holding the user name), logout, and the language switch.
 */
@Component(immediate = true, service = Servlet.class, configurationPid = "id.pembina.web", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = LoginServlet.Config.class)
@HttpWhiteboardServletName("pembina.web.login")
@HttpWhiteboardServletPattern({ SessionFilter.LOGIN, "/pembina/logout", "/pembina/language" })
public class LoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @ObjectClassDefinition(name = "Pembina web login", description = "Who may sign in to the web pages at /pembina/")
    public @interface Config {
        @AttributeDefinition(description = "Roles of which a user needs at least one (participants use the "
                + "phone forms instead)")
        String[] allowed_roles() default { "admin", "operator", "pimpinan" };
    }

    @Reference
    private transient Pages pages;

    @Reference
    private transient Authenticator accounts;

    private final transient WebLogin login;

    @Activate
    public LoginServlet(Config config) {
        this.login = new WebLogin(WebLogin.roles(config.allowed_roles()));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getServletPath() + nullToEmpty(request.getPathInfo())) {
            case "/pembina/language" -> {
                request.getSession(true).setAttribute(Pages.LANGUAGE, "en".equals(request.getParameter("l")) ? "en" : "id");
                String back = request.getParameter("back");
                // only a path of this site, never another host
                response.sendRedirect(back != null && back.startsWith("/pembina/") && !back.startsWith("//") ? back : "/pembina/");
            }
            case "/pembina/logout" -> response.sendRedirect(SessionFilter.LOGIN);
            default -> showLogin(request, response, null, "");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().equals("/pembina/logout")) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(SessionFilter.LOGIN);
            return;
        }
        String user = request.getParameter("username");
        WebLogin.Result result = login.login(accounts, user, request.getParameter("password"), request.getRemoteAddr());
        switch (result.outcome()) {
            case SIGNED_IN -> { }
            case THROTTLED -> {
                response.setStatus(429);
                response.setHeader("Retry-After", Long.toString(result.retryAfterSeconds()));
                showLogin(request, response, "web.login.throttled", user, result.retryAfterSeconds());
                return;
            }
            default -> {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                showLogin(request, response, result.outcome() == WebLogin.Outcome.FORBIDDEN ? "web.login.forbidden"
                        : "web.login.wrong", user);
                return;
            }
        }
        // A new session id at login: an id planted before the login is worth nothing after it.
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setAttribute(WebUser.ATTRIBUTE, result.user());
        session.removeAttribute(Csrf.ATTRIBUTE);
        response.sendRedirect("/pembina/");
    }

    private void showLogin(HttpServletRequest request, HttpServletResponse response, String error, String user,
            Object... args) throws IOException {
        Map<String, Object> model = pages.model(request, "login", "web.login.title");
        model.put("username", user == null ? "" : user);
        if (error != null) {
            model.put("error", pages.text(request, error, args));
        }
        pages.render(response, "login", model);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
