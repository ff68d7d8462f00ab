package id.pembina.web.internal;

import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import id.pembina.catalog.api.AbsenceReason;
import id.pembina.catalog.api.AttendanceMark;
import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.Enrollment;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.catalog.api.Program;
import id.pembina.catalog.api.SessionQuery;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.ConflictException;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.ValidationException;

/** Sessions: a month calendar, create and edit, enrollment (with the waitlist) and attendance by meeting. */
@Component(immediate = true, service = Servlet.class)
@HttpWhiteboardServletName("pembina.web.sessions")
@HttpWhiteboardServletPattern({ "/pembina/sessions", "/pembina/sessions/*" })
public class SessionsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Reference
    private transient Pages pages;
    @Reference
    private transient CatalogService catalog;
    @Reference
    private transient ParticipantRegistry registry;
    /** The phone forms' link and QR code, when the forms are installed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private transient volatile SessionExtras extras;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = path(request);
        if (path.length == 0) {
            calendar(request, response);
        } else if (path[0].equals("new")) {
            form(request, response, null, Map.of("programCode", nz(request.getParameter("program"))), List.of());
        } else {
            Optional<TrainingSession> s = session(path[0]);
            if (s.isEmpty()) {
                response.sendError(404);
            } else if (path.length == 2 && path[1].equals("edit")) {
                form(request, response, s.get().id(), SessionForm.values(s.get()), List.of());
            } else {
                detail(request, response, s.get(), List.of(), null);
            }
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = path(request);
        Optional<TrainingSession> existing = path.length == 0 ? Optional.empty() : session(path[0]);
        if (path.length > 0 && existing.isEmpty()) {
            response.sendError(404);
            return;
        }
        if (path.length == 2 && existing.isPresent()) {
            action(request, response, existing.get(), path[1]);
            return;
        }
        SessionForm form = SessionForm.read(request, existing.orElse(null));
        try {
            if (!form.errors.isEmpty()) {
                throw new ValidationException(form.errors);
            }
            TrainingSession saved = existing.isEmpty() ? catalog.createSession(form.session)
                    : catalog.updateSession(existing.get().id(), form.session);
            response.sendRedirect("/pembina/sessions/" + saved.id());
        } catch (ValidationException e) {
            response.setStatus(422);
            form(request, response, existing.map(TrainingSession::id).orElse(null), SessionForm.values(request), e.errors());
        } catch (NotFoundException e) {
            response.setStatus(422);
            form(request, response, existing.map(TrainingSession::id).orElse(null), SessionForm.values(request),
                    List.of(FieldError.of("programCode", "web.session.unknownProgram", nz(form.session.programCode()))));
        }
    }

    /** Enrollment and attendance: the page again, with the errors beside the form that caused them. */
    private void action(HttpServletRequest request, HttpServletResponse response, TrainingSession s, String what)
            throws IOException {
        try {
            if (what.equals("enroll")) {
                String nip = ParticipantForm.value(request, "nip");
                EnrollmentStatus status = EnrollmentStatus.valueOf(nzOr(request.getParameter("status"), "REGISTERED"));
                AbsenceReason reason = request.getParameter("reason") == null || request.getParameter("reason").isBlank()
                        ? null : AbsenceReason.valueOf(request.getParameter("reason"));
                catalog.enroll(s.id(), nip, status, reason, ParticipantForm.value(request, "note"));
            } else if (what.equals("attendance")) {
                int meeting = ParticipantsServlet.parseInt(request.getParameter("meeting"));
                List<AttendanceMark> marks = new ArrayList<>();
                for (Enrollment e : catalog.enrollments(s.id())) {
                    if (!e.status().takesSeat()) {
                        continue;
                    }
                    boolean present = request.getParameter("present_" + e.nip()) != null;
                    String reason = request.getParameter("reason_" + e.nip());
                    marks.add(new AttendanceMark(e.nip(), meeting, present,
                            present || reason == null || reason.isBlank() ? null : AbsenceReason.valueOf(reason), null));
                }
                catalog.recordAttendance(s.id(), marks);
            } else {
                response.sendError(404);
                return;
            }
            response.sendRedirect("/pembina/sessions/" + s.id() + "#" + what);
        } catch (ValidationException e) {
            response.setStatus(422);
            detail(request, response, s, e.errors(), what);
        } catch (NotFoundException | ConflictException e) {
            response.setStatus(422);
            detail(request, response, s, List.of(FieldError.of("nip", "web.session.cannotEnroll")), what);
        } catch (IllegalArgumentException e) {
            response.setStatus(422);
            detail(request, response, s, List.of(FieldError.of("status", "web.session.badChoice")), what);
        }
    }

    private void calendar(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Pages.locale(request);
        YearMonth month = month(request.getParameter("month"));
        String program = ParticipantForm.value(request, "program");
        List<TrainingSession> sessions = catalog.sessions(new SessionQuery(program, month.atDay(1).minusDays(31),
                month.atEndOfMonth(), 0, 500)).items().stream()
                .filter(s -> !s.end().toLocalDate().isBefore(month.atDay(1))).toList();
        Map<String, Object> model = pages.model(request, "sessions", "web.sessions.title");
        model.put("month", month.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", locale)));
        model.put("monthValue", month.toString());
        model.put("prev", month.minusMonths(1).toString());
        model.put("next", month.plusMonths(1).toString());
        model.put("program", nz(program));
        model.put("programs", Options.of(catalog.programs(), Program::code, p -> p.code() + " – " + p.title(), program));
        model.put("dayNames", SessionCalendar.dayNames(locale));
        model.put("weeks", SessionCalendar.weeks(month, sessions, locale));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TrainingSession s : sessions) {
            rows.add(Map.of("id", s.id(), "program", s.programCode(), "start", Wib.dateTime(s.start(), locale),
                    "end", Wib.dateTime(s.end(), locale), "venue", nz(s.venue()),
                    "seats", s.registered() + " / " + s.capacity(), "waitlisted", s.waitlisted() == null ? 0 : s.waitlisted()));
        }
        model.put("rows", rows);
        pages.render(response, "sessions", model);
    }

    private void form(HttpServletRequest request, HttpServletResponse response, Long id, Map<String, String> values,
            List<FieldError> errors) throws IOException {
        Map<String, Object> model = pages.model(request, "sessions", id == null ? "web.session.add" : "web.session.edit");
        model.put("action", id == null ? "/pembina/sessions" : "/pembina/sessions/" + id);
        model.put("v", values);
        model.put("err", pages.errors(request, errors));
        model.put("hasErrors", !errors.isEmpty());
        model.put("programs", Options.of(catalog.programs(), Program::code, p -> p.code() + " – " + p.title(),
                values.get("programCode")));
        pages.render(response, "session-form", model);
    }

    private void detail(HttpServletRequest request, HttpServletResponse response, TrainingSession s,
            List<FieldError> errors, String failed) throws IOException {
        Map<String, Object> model = pages.model(request, "sessions", "web.session.title", s.id(), s.programCode());
        SessionDetail.fill(model, s, catalog, registry, Pages.locale(request));
        Map<String, String> err = pages.errors(request, errors);
        model.put(failed == null ? "none" : failed + "Errors", err);
        model.put(failed == null ? "none" : failed + "Failed", !errors.isEmpty());
        model.put("meeting", Math.max(1, ParticipantsServlet.parseInt(request.getParameter("meeting"))));
        SessionExtras x = extras;
        if (x != null) {
            String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
            try {
                model.put("extras", x.html(s.id(), base, Pages.locale(request)));
            } catch (RuntimeException e) {
                // the forms bundle is going away or failing: the session page stays usable without it
                model.remove("extras");
            }
        }
        pages.render(response, "session", model);
    }

    private static YearMonth month(String given) {
        try {
            return given == null || given.isBlank() ? YearMonth.from(Wib.today()) : YearMonth.parse(given.trim());
        } catch (DateTimeParseException e) {
            return YearMonth.from(Wib.today());
        }
    }

    private Optional<TrainingSession> session(String id) {
        try {
            return catalog.session(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String[] path(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null || info.equals("/") ? new String[0] : info.substring(1).split("/");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String nzOr(String s, String or) {
        return s == null || s.isBlank() ? or : s;
    }
}
