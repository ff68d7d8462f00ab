package id.pembina.web.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.Program;
import id.pembina.catalog.api.SessionQuery;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.LevelResults;
import id.pembina.evaluation.data.api.ProgramEvaluation;
import id.pembina.evaluation.data.api.SessionEvaluation;
import id.pembina.platform.api.NotFoundException;

/** Evaluation: choose a session or a programme, then its five levels as charts with their figures. */
@Component(immediate = true, service = Servlet.class)
@HttpWhiteboardServletName("pembina.web.evaluation")
@HttpWhiteboardServletPattern({ "/pembina/evaluation", "/pembina/evaluation/*" })
public class EvaluationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Reference
    private transient Pages pages;
    @Reference
    private transient CatalogService catalog;
    @Reference
    private transient EvaluationDataService evaluation;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo();
        String[] path = info == null || info.equals("/") ? new String[0] : info.substring(1).split("/");
        try {
            if (path.length == 2 && path[0].equals("sessions")) {
                session(request, response, Long.parseLong(path[1]));
            } else if (path.length == 2 && path[0].equals("programs")) {
                program(request, response, path[1]);
            } else if (path.length == 0 && request.getParameter("program") != null && !request.getParameter("program").isBlank()) {
                response.sendRedirect("/pembina/evaluation/programs/" + ParticipantsServlet.enc(request.getParameter("program"))
                        + "?from=" + ParticipantsServlet.enc(request.getParameter("from"))
                        + "&to=" + ParticipantsServlet.enc(request.getParameter("to")));
            } else if (path.length == 0) {
                index(request, response);
            } else {
                response.sendError(404);
            }
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(404);
        }
    }

    private void index(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Pages.locale(request);
        Map<String, Object> model = pages.model(request, "evaluation", "web.eval.title");
        model.put("programs", Options.of(catalog.programs(), Program::code, p -> p.code() + " – " + p.title(), null));
        LocalDate today = Wib.today();
        List<TrainingSession> sessions = new ArrayList<>(catalog.sessions(new SessionQuery(null, today.minusYears(1), today, 0, 500)).items());
        sessions.sort(Comparator.comparing(TrainingSession::start).reversed());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TrainingSession s : sessions.subList(0, Math.min(20, sessions.size()))) {
            rows.add(Map.of("id", s.id(), "program", s.programCode(), "start", Wib.dateTime(s.start(), locale),
                    "missing", EvaluationStatus.missing(evaluation.evaluateSession(s.id()).levels())));
        }
        model.put("sessions", rows);
        model.put("from", today.withDayOfYear(1).toString());
        model.put("to", today.toString());
        pages.render(response, "evaluation", model);
    }

    private void session(HttpServletRequest request, HttpServletResponse response, long id) throws IOException {
        SessionEvaluation e = evaluation.evaluateSession(id);
        Locale locale = Pages.locale(request);
        Map<String, Object> model = pages.model(request, "evaluation", "web.eval.session", id, e.programCode());
        model.put("subtitle", Wib.dateTime(e.start(), locale) + " – " + Wib.dateTime(e.end(), locale) + " · "
                + pages.text(request, "web.eval.seats", e.seats()));
        model.put("back", "/pembina/sessions/" + id);
        levels(request, model, e.levels());
        pages.render(response, "evaluation-levels", model);
    }

    private void program(HttpServletRequest request, HttpServletResponse response, String code) throws IOException {
        Optional<LocalDate> from = date(request.getParameter("from"));
        Optional<LocalDate> to = date(request.getParameter("to"));
        ProgramEvaluation e = evaluation.evaluateProgram(code, from.orElse(null), to.orElse(null));
        Locale locale = Pages.locale(request);
        Map<String, Object> model = pages.model(request, "evaluation", "web.eval.program", code);
        model.put("subtitle", Wib.date(e.from(), locale) + " – " + Wib.date(e.to(), locale) + " · "
                + pages.text(request, "web.eval.sessions", e.sessionIds().size()) + " · "
                + pages.text(request, "web.eval.seats", e.seats()));
        model.put("back", "/pembina/programs/" + ParticipantsServlet.enc(code));
        levels(request, model, e.levels());
        pages.render(response, "evaluation-levels", model);
    }

    private void levels(HttpServletRequest request, Map<String, Object> model, LevelResults results) {
        Locale locale = Pages.locale(request);
        model.put("levels", LevelCharts.levels(results, locale, code -> pages.text(request, code)));
        model.put("charts", Boolean.TRUE);
    }

    private static Optional<LocalDate> date(String s) {
        try {
            return s == null || s.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(s.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
