package id.pembina.web.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.Part;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.planning.schedule.api.CandidateSession;
import id.pembina.planning.schedule.api.ConstraintOutcome;
import id.pembina.planning.schedule.api.Figures;
import id.pembina.planning.schedule.api.Proposal;
import id.pembina.planning.schedule.api.ProposedSession;
import id.pembina.planning.schedule.api.SavedPlan;
import id.pembina.planning.schedule.api.ScheduleJob;
import id.pembina.planning.schedule.api.ScheduleRequest;
import id.pembina.planning.schedule.api.Scheduler;
import id.pembina.platform.api.ConflictException;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ImportRefusedException;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.PembinaException;
import id.pembina.platform.api.ValidationException;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.CallerContext;
import id.pembina.security.api.Caller;

/**
 * The scheduling page: jobs of the duty-aware scheduler, a form to start one from a CSV of candidate sessions,
 * and per job its progress, the solver's and the first-come-first-served baseline's figures side by side, the
 * explanation of each, their sessions, and buttons to stop it, start it again from its stored input, or save a
 * proposal as a plan draft.
 * {@link OptionalParts} registers it while the scheduler is there, so it is the only class of this bundle
 * that touches the scheduling package.
 */
public class SchedulesServlet extends HttpServlet implements SchedulesPage {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/pembina/planning/schedules";
    static final long MAX_BYTES = 2L * 1024 * 1024;

    private final transient Pages pages;
    private final transient Scheduler scheduler;
    private final transient ParticipantRegistry registry;

    SchedulesServlet(Pages pages, Scheduler scheduler, ParticipantRegistry registry) {
        this.pages = pages;
        this.scheduler = scheduler;
        this.registry = registry;
    }

    /** Registers the page for the given scheduler; typed {@code Object} so callers never load its package. */
    static ServiceRegistration<?> register(BundleContext context, Object scheduler, Pages pages,
            ParticipantRegistry registry) {
        return context.registerService(new String[] { Servlet.class.getName(), SchedulesPage.class.getName() },
                new SchedulesServlet(pages, (Scheduler) scheduler, registry),
                OptionalParts.servlet("pembina.web.schedules", MAX_BYTES, PATH, PATH + "/*"));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = jobId(request);
        if (id == null) {
            list(request, response, new HashMap<>(), 200);
            return;
        }
        try {
            job(request, response, scheduler.job(id), null);
        } catch (NotFoundException | AccessDeniedException e) {
            response.sendError(404);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String info = request.getPathInfo();
        try {
            if (info == null || "/".equals(info)) {
                start(request, response);
            } else if (info.endsWith("/stop")) {
                scheduler.stop(info.substring(1, info.length() - "/stop".length()));
                response.sendRedirect(PATH + info.substring(0, info.length() - "/stop".length()));
            } else if (info.endsWith("/restart")) {
                restart(request, response, info.substring(1, info.length() - "/restart".length()));
            } else if (info.endsWith("/plan")) {
                save(request, response, info.substring(1, info.length() - "/plan".length()));
            } else {
                response.sendError(404);
            }
        } catch (NotFoundException e) {
            response.sendError(404);
        } catch (AccessDeniedException e) {
            response.sendError(403);
        }
    }

    /** A new job from a stored one's input; refused while it is still solving (another request or node started it). */
    private void restart(HttpServletRequest request, HttpServletResponse response, String id) throws IOException {
        try {
            ScheduleJob again = scheduler.restart(id);
            response.sendRedirect(PATH + "/" + again.id());
        } catch (ConflictException e) {
            response.setStatus(409);
            job(request, response, scheduler.job(id), pages.text(request, "web.schedules.stillSolving"));
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Map<String, Object> form = new HashMap<>();
        String unit = request.getParameter("unit");
        String year = request.getParameter("year");
        String budget = request.getParameter("budget");
        String seconds = request.getParameter("seconds");
        form.put("formYear", year);
        form.put("formBudget", budget);
        form.put("formSeconds", seconds);
        form.put("formUnit", unit);
        Part file = request.getPart("file");
        if (file == null || file.getSize() == 0) {
            form.put("startError", pages.text(request, "web.schedules.noFile"));
            list(request, response, form, 422);
            return;
        }
        List<CandidateSession> candidates;
        try (java.io.Reader in = XlsxToCsv.csv(file.getInputStream())) {
            candidates = scheduler.readCandidates(in);
        } catch (ImportRefusedException e) {
            form.put("startError", pages.text(request, "web.schedules.badFile"));
            form.put("lineErrors", lineErrors(request, e.result()));
            form.put("hasLineErrors", !e.result().errors().isEmpty());
            list(request, response, form, 422);
            return;
        } catch (PembinaException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // a damaged workbook: said to the user, never a stack trace
            form.put("startError", pages.text(request, "web.import.unreadable"));
            list(request, response, form, 422);
            return;
        }
        try {
            ScheduleJob job = scheduler.start(new ScheduleRequest(integer(year), blank(unit) ? null : unit, candidates,
                    List.of(), blank(budget) ? null : new BigDecimal(budget.strip()), integer(seconds), null));
            response.sendRedirect(PATH + "/" + job.id());
        } catch (NumberFormatException e) {
            form.put("startError", pages.text(request, "web.schedules.badNumber"));
            list(request, response, form, 422);
        } catch (ValidationException e) {
            form.put("startError", String.join("; ", pages.errors(request, e.errors()).values()));
            list(request, response, form, 422);
        }
    }

    private void save(HttpServletRequest request, HttpServletResponse response, String id) throws IOException {
        ScheduleJob job = scheduler.job(id);
        String source = Proposal.GREEDY.equals(request.getParameter("source")) ? Proposal.GREEDY : Proposal.SOLVER;
        String name = request.getParameter("name");
        try {
            SavedPlan plan = scheduler.saveAsPlan(id, source, blank(name) ? null : name.strip());
            job(request, response, job, pages.text(request, "web.schedules.saved", String.valueOf(plan.planId()),
                    String.valueOf(plan.version())));
        } catch (ValidationException e) {
            response.setStatus(422);
            job(request, response, job, String.join("; ", pages.errors(request, e.errors()).values()));
        } catch (ConflictException e) {
            response.setStatus(409);
            job(request, response, job, pages.text(request, "web.schedules.stillSolving"));
        } catch (IllegalStateException e) {
            response.setStatus(503);
            job(request, response, job, pages.text(request, "web.schedules.noPlanning"));
        }
    }

    private void list(HttpServletRequest request, HttpServletResponse response, Map<String, Object> form, int status)
            throws IOException {
        Map<String, Object> model = pages.model(request, "planning", "web.schedules.title");
        model.putAll(form);
        List<Map<String, Object>> rows = new ArrayList<>();
        try {
            for (ScheduleJob j : scheduler.jobs()) {
                rows.add(Map.of("id", j.id(), "year", j.year(), "unit", j.unitCode(), "by", j.startedBy(),
                        "state", pages.text(request, "web.schedules.state." + j.state().name()), "percent", j.percent(),
                        "started", Wib.dateTime(j.started(), Pages.locale(request))));
            }
        } catch (AccessDeniedException e) {
            model.put("listError", pages.text(request, "web.schedules.refused"));
        }
        model.put("jobs", rows);
        model.put("noJobs", rows.isEmpty());
        if (staff()) {
            List<OrganizationUnit> units = registry.units();
            Object chosen = form.get("formUnit");
            model.put("units", Options.of(units, OrganizationUnit::code, u -> u.name() + " (" + u.code() + ")",
                    chosen instanceof String s ? s : null));
            if (!form.containsKey("formYear") || form.get("formYear") == null) {
                model.put("formYear", String.valueOf(Wib.today().getYear() + 1));
            }
            model.put("canStart", Boolean.TRUE);
        }
        response.setStatus(status);
        pages.render(response, "schedules", model);
    }

    private void job(HttpServletRequest request, HttpServletResponse response, ScheduleJob job, String message)
            throws IOException {
        Locale locale = Pages.locale(request);
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        Map<String, Object> model = pages.model(request, "planning", "web.schedules.title");
        model.put("id", job.id());
        model.put("year", job.year());
        model.put("unit", job.unitCode());
        model.put("by", job.startedBy());
        model.put("state", pages.text(request, "web.schedules.state." + job.state().name()));
        model.put("percent", job.percent());
        model.put("solving", !job.state().finished());
        model.put("finished", job.state().finished() && job.solver() != null);
        model.put("canRestart", job.state().finished());
        model.put("canAct", staff());
        model.put("message", message);
        if (job.error() != null) {
            model.put("error", pages.text(request, job.error()));
        }
        model.put("hasSteps", !job.progress().isEmpty());
        model.put("steps", job.progress().stream().map(s -> Map.<String, Object>of("seconds",
                String.format(Locale.ROOT, "%.1f", s.millis() / 1000.0), "hard", s.hardViolations(), "score", s.score()))
                .toList());
        if (job.solver() != null || job.greedy() != null) {
            model.put("figures", figures(request, job.solver(), job.greedy(), locale));
            model.put("hasFigures", Boolean.TRUE);
        }
        List<Map<String, Object>> proposals = new ArrayList<>();
        for (Proposal p : new Proposal[] { job.solver(), job.greedy() }) {
            if (p != null) {
                proposals.add(proposal(request, p, english, locale));
            }
        }
        model.put("proposals", proposals);
        pages.render(response, "schedule", model);
    }

    /** The figures as rows of label, solver, baseline. */
    private List<Map<String, Object>> figures(HttpServletRequest request, Proposal solver, Proposal greedy, Locale locale) {
        Figures s = solver == null ? null : solver.figures();
        Figures g = greedy == null ? null : greedy.figures();
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row(request, "people", s == null ? null : s.people(), g == null ? null : g.people()));
        rows.add(row(request, "reaching", s == null ? null : s.reaching20Jp(), g == null ? null : g.reaching20Jp()));
        rows.add(row(request, "jpNeeded", s == null ? null : s.jpNeeded(), g == null ? null : g.jpNeeded()));
        rows.add(row(request, "jpDelivered", s == null ? null : s.jpDelivered(), g == null ? null : g.jpDelivered()));
        rows.add(row(request, "cost", s == null ? null : Wib.rupiah(s.cost(), locale),
                g == null ? null : Wib.rupiah(g.cost(), locale)));
        rows.add(row(request, "budget", s == null ? null : Wib.rupiah(s.budget(), locale),
                g == null ? null : Wib.rupiah(g.budget(), locale)));
        rows.add(row(request, "hard", s == null ? null : s.hardViolations(), g == null ? null : g.hardViolations()));
        rows.add(row(request, "staffing", s == null ? null : s.staffingShortUnitDays(),
                g == null ? null : g.staffingShortUnitDays()));
        rows.add(row(request, "score", s == null ? null : s.score(), g == null ? null : g.score()));
        return rows;
    }

    private Map<String, Object> row(HttpServletRequest request, String figure, Object solver, Object greedy) {
        return Map.of("label", pages.text(request, "web.schedules.figure." + figure),
                "solver", solver == null ? "–" : solver.toString(), "greedy", greedy == null ? "–" : greedy.toString());
    }

    private Map<String, Object> proposal(HttpServletRequest request, Proposal p, boolean english, Locale locale) {
        Map<String, Object> m = new HashMap<>();
        m.put("source", p.source());
        m.put("title", pages.text(request, "web.schedules.proposal." + p.source()));
        List<Map<String, Object>> constraints = new ArrayList<>();
        for (ConstraintOutcome c : p.explanation()) {
            String text = english && c.textEn() != null ? c.textEn() : c.text();
            constraints.add(Map.of("constraint", c.constraint(),
                    "kind", pages.text(request, c.hard() ? "web.schedules.hard" : "web.schedules.soft"),
                    "held", pages.text(request, c.held() ? "web.schedules.held" : "web.schedules.broken"),
                    "broken", !c.held(), "matches", c.matches(), "score", c.score(), "text", text == null ? "" : text));
        }
        m.put("constraints", constraints);
        List<Map<String, Object>> sessions = new ArrayList<>();
        for (ProposedSession s : p.sessions()) {
            sessions.add(Map.of("id", s.sessionId(), "program", s.programCode(), "start", s.start().toString(),
                    "end", s.end().toString(), "mode", s.mode().name(), "seats", s.nips().size() + " / " + s.capacity(),
                    "cost", Wib.rupiah(s.cost(), locale), "jp", s.jp()));
        }
        m.put("sessions", sessions);
        m.put("noSessions", sessions.isEmpty());
        return m;
    }

    private List<Map<String, Object>> lineErrors(HttpServletRequest request, ImportResult result) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ImportResult.RowError e : result.errors()) {
            FieldError error = e.error();
            rows.add(Map.of("line", e.line(), "field", error.field() == null ? "" : error.field(),
                    "message", pages.errors(request, List.of(error)).values().stream().findFirst().orElse("")));
        }
        return rows;
    }

    private static boolean staff() {
        return CallerContext.current().map(Caller::isStaff).orElse(false);
    }

    /** The job id of {@code /schedules/{id}}, or null for the list. */
    private static String jobId(HttpServletRequest request) {
        String info = request.getPathInfo();
        if (info == null || info.length() <= 1) {
            return null;
        }
        return info.substring(1);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Integer integer(String value) {
        return blank(value) ? null : Integer.valueOf(value.strip());
    }
}
