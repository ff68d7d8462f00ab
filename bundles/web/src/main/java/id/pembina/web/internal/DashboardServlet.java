package id.pembina.web.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.SessionQuery;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.participant.api.ParticipantRegistry;

/**
 * The dashboard: counts, recent sessions and the evaluation levels they lack; the 20 JP compliance by unit
 * and the IP ASN distribution come in a fragment the page asks for once shown (htmx), as they may take
 * seconds to compute for a large agency.
 */
@Component(immediate = true, service = Servlet.class)
@HttpWhiteboardServletName("pembina.web.dashboard")
@HttpWhiteboardServletPattern({ "/pembina", "/pembina/", DashboardServlet.UNITS })
public class DashboardServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int RECENT = 8;
    /** The figures by unit, asked for by the dashboard once it is shown (they may take seconds). */
    static final String UNITS = "/pembina/dashboard/units";

    private final transient UnitFigures figures = new UnitFigures(System::nanoTime);

    @Reference
    private transient Pages pages;
    @Reference
    private transient ParticipantRegistry registry;
    @Reference
    private transient CatalogService catalog;
    @Reference
    private transient EvaluationDataService evaluation;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().equals("/pembina")) {
            response.sendRedirect("/pembina/");
            return;
        }
        Locale locale = Pages.locale(request);
        int year = Wib.year(request.getParameter("year"));
        Map<String, Object> model = pages.model(request, "dashboard", "web.dashboard.title");
        if (request.getServletPath().equals(UNITS)) {
            model.putAll(figures.of(year, registry, evaluation));
            pages.render(response, "dashboard-units", model);
            return;
        }
        model.put("year", year);
        model.put("participants", registry.count());
        model.put("programs", catalog.programs().size());
        model.put("modules", catalog.modules().stream().filter(m -> m.id() != null).count());
        model.put("sessions", catalog.sessions(new SessionQuery(null, null, null, 0, 1)).total());

        model.put("recent", recent(locale));
        pages.render(response, "dashboard", model);
    }

    /** The latest sessions that have started, newest first, with the evaluation levels that still lack data. */
    private List<Map<String, Object>> recent(Locale locale) {
        var today = Wib.today();
        List<TrainingSession> sessions = new ArrayList<>(catalog.sessions(
                new SessionQuery(null, today.minusYears(1), today, 0, 500)).items());
        sessions.sort(Comparator.comparing(TrainingSession::start).reversed());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TrainingSession s : sessions.subList(0, Math.min(RECENT, sessions.size()))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", s.id());
            row.put("program", s.programCode());
            row.put("start", Wib.dateTime(s.start(), locale));
            row.put("registered", s.registered());
            row.put("missing", EvaluationStatus.missing(evaluation.evaluateSession(s.id()).levels()));
            rows.add(row);
        }
        return rows;
    }
}
