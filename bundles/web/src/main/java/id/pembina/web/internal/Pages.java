package id.pembina.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.Languages;
import id.pembina.platform.api.Messages;

/**
 * Renders pages: the Mustache templates of this bundle with the model every page shares (texts in the
 * session's language, the CSRF token, the user, the navigation).
 */
@Component(immediate = true, service = Pages.class)
public class Pages {

    static final String LANGUAGE = "pembina.web.lang";
    private static final String TEMPLATES = "id/pembina/web/internal/templates/";

    @Reference
    private Messages messages;

    /** Present when the reporting service is: the navigation then offers the reports page. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ReportsPage reports;

    /** Present when the planning services are: the navigation then offers the planning page. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PlanningPage planning;

    /** Present when the scheduler is: the planning page then links to the scheduling page. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SchedulesPage schedules;

    private final Map<String, Template> templates = new ConcurrentHashMap<>();
    private final Mustache.Compiler compiler = Mustache.compiler().defaultValue("").emptyStringIsFalse(true)
            .withLoader(this::source);

    private Reader source(String name) throws IOException {
        InputStream in = Pages.class.getClassLoader().getResourceAsStream(TEMPLATES + name + ".mustache");
        if (in == null) {
            throw new IOException("no template " + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private Template template(String name) {
        return templates.computeIfAbsent(name, n -> {
            try (Reader r = source(n)) {
                return compiler.compile(r);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static Locale locale(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object lang = session == null ? null : session.getAttribute(LANGUAGE);
        return "en".equals(lang) ? Locale.ENGLISH : Languages.INDONESIAN;
    }

    String text(HttpServletRequest request, String code, Object... args) {
        return messages.text(locale(request), code, args);
    }

    Messages messages() {
        return messages;
    }

    boolean reportsAvailable() {
        return reports != null;
    }

    /** Field errors as texts by field name, for showing beside the fields. */
    Map<String, String> errors(HttpServletRequest request, List<FieldError> errors) {
        Map<String, String> out = new HashMap<>();
        Locale locale = locale(request);
        for (FieldError e : errors) {
            String field = e.field() == null || e.field().isEmpty() ? "form" : e.field();
            out.merge(field, messages.text(locale, e), (a, b) -> a + "; " + b);
        }
        return out;
    }

    /** The model shared by every page; {@code active} names the navigation entry to mark. */
    Map<String, Object> model(HttpServletRequest request, String active, String titleCode, Object... titleArgs) {
        Locale locale = locale(request);
        Map<String, Object> model = new HashMap<>();
        model.put("title", messages.text(locale, titleCode, titleArgs));
        model.put("t", (Mustache.Lambda) (frag, out) -> out.write(escape(messages.text(locale, frag.execute().trim()))));
        boolean english = Locale.ENGLISH.equals(locale);
        model.put("lang", english ? "en" : "id");
        model.put("otherLang", english ? "id" : "en");
        model.put("otherLangName", english ? "Bahasa Indonesia" : "English");
        HttpSession session = request.getSession(true);
        model.put("csrf", Csrf.token(session));
        if (session.getAttribute(WebUser.ATTRIBUTE) instanceof WebUser user) {
            model.put("user", user.name());
        }
        model.put("nav_" + active, Boolean.TRUE);
        model.put("reportsAvailable", reportsAvailable());
        model.put("planningAvailable", planning != null);
        model.put("schedulesAvailable", schedules != null);
        String query = request.getQueryString();
        model.put("here", java.net.URLEncoder.encode(request.getRequestURI() + (query == null ? "" : "?" + query),
                StandardCharsets.UTF_8));
        return model;
    }

    void render(HttpServletResponse response, String name, Map<String, Object> model) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        try (Writer w = response.getWriter()) {
            template(name).execute(model, w);
        }
    }

    String renderToString(String name, Map<String, Object> model) {
        return template(name).execute(model);
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
