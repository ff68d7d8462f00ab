package id.pembina.bench.city;

import java.io.IOException;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.pembina.platform.api.Page;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantQuery;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.security.api.Authenticator;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;
import id.pembina.security.api.Role;

/**
 * The baseline of the participant list: {@code GET /bench/participants?unit=&offset=&limit=} runs the same
 * login (checked once, then remembered as the REST edge does) and the same registry query as
 * {@code GET /api/v1/participants}, and writes the page as JSON by hand, without JAX-RS.
 * {@code /bench/participants-nologin} skips the login, to show what the login costs.
 */
@Component(service = Servlet.class, property = {"osgi.http.whiteboard.servlet.name=pembina-bench-baseline",
    "osgi.http.whiteboard.servlet.pattern=/bench/participants",
    "osgi.http.whiteboard.servlet.pattern=/bench/participants-nologin"})
public class BaselineServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Who the servlet without login acts as: an administrator, as the REST calls of the benchmark are. */
    private static final Caller NO_LOGIN = new Caller("admin", java.util.Set.of(Role.ADMIN), null, null, "bench");

    @Reference
    private transient ParticipantRegistry registry;
    @Reference
    private transient Authenticator accounts;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Caller caller = req.getRequestURI().endsWith("-nologin") ? NO_LOGIN
                : Login.cached(accounts, req.getHeader("Authorization"), req.getRemoteAddr()).orElse(null);
        if (caller == null) {
            resp.setHeader("WWW-Authenticate", "Basic realm=\"Pembina\"");
            resp.sendError(401);
            return;
        }
        try (CallerContext.Scope scope = CallerContext.enter(caller)) {
            page(req, resp);
        }
    }

    private void page(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String unit = req.getParameter("unit");
        int offset = req.getParameter("offset") == null ? 0 : Integer.parseInt(req.getParameter("offset"));
        int limit = req.getParameter("limit") == null ? 50 : Integer.parseInt(req.getParameter("limit"));
        Page<Participant> page = registry.search(new ParticipantQuery(unit == null || unit.isBlank() ? null : unit,
                null, null, false, offset, limit));
        StringBuilder json = new StringBuilder(8192).append("{\"items\":[");
        for (int i = 0; i < page.items().size(); i++) {
            Participant p = page.items().get(i);
            json.append(i == 0 ? "{" : ",{");
            field(json, "nip", p.nip()).append(',');
            field(json, "name", p.name()).append(',');
            field(json, "gender", String.valueOf(p.gender())).append(',');
            field(json, "birthDate", String.valueOf(p.birthDate())).append(',');
            field(json, "unitCode", p.unitCode()).append(',');
            field(json, "positionTitle", p.positionTitle()).append(',');
            field(json, "positionType", String.valueOf(p.positionType())).append(',');
            field(json, "rank", p.rank().code()).append(',');
            field(json, "education", String.valueOf(p.education())).append(',');
            field(json, "supervisorNip", p.supervisorNip()).append(",\"active\":").append(p.isActive()).append('}');
        }
        json.append("],\"total\":").append(page.total()).append(",\"offset\":").append(page.offset())
                .append(",\"limit\":").append(page.limit()).append('}');
        resp.setContentType("application/json;charset=UTF-8");
        resp.getWriter().write(json.toString());
    }

    private static StringBuilder field(StringBuilder b, String name, String value) {
        b.append('"').append(name).append("\":");
        if (value == null) {
            return b.append("null");
        }
        b.append('"');
        for (char ch : value.toCharArray()) {
            if (ch == '"' || ch == '\\') {
                b.append('\\').append(ch);
            } else if (ch < 0x20) {
                b.append(String.format("\\u%04x", (int) ch));
            } else {
                b.append(ch);
            }
        }
        return b.append('"');
    }
}
