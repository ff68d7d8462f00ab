package id.pembina.web.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.Transcript;
import id.pembina.participant.api.Education;
import id.pembina.participant.api.Gender;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantChange;
import id.pembina.participant.api.ParticipantQuery;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;
import id.pembina.platform.api.ConflictException;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.Page;
import id.pembina.platform.api.ValidationException;

/** Participants: search, add, edit, deactivate, and one participant's history and transcript. */
@Component(immediate = true, service = Servlet.class)
@HttpWhiteboardServletName("pembina.web.participants")
@HttpWhiteboardServletPattern({ "/pembina/participants", "/pembina/participants/*" })
public class ParticipantsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Reference
    private transient Pages pages;
    @Reference
    private transient ParticipantRegistry registry;
    @Reference
    private transient EvaluationDataService evaluation;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = path(request);
        if (path.isEmpty()) {
            list(request, response);
        } else if (path.equals("new")) {
            form(request, response, null, Map.of(), List.of());
        } else if (path.endsWith("/edit")) {
            Optional<Participant> p = registry.find(path.substring(0, path.length() - 5));
            if (p.isEmpty()) {
                response.sendError(404);
                return;
            }
            form(request, response, p.get().nip(), ParticipantForm.values(p.get()), List.of());
        } else {
            detail(request, response, path);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = path(request);
        try {
            if (path.endsWith("/deactivate")) {
                Participant p = registry.deactivate(path.substring(0, path.length() - "/deactivate".length()));
                response.sendRedirect(link(p.nip()));
                return;
            }
            String nip = path.isEmpty() ? null : path;
            ParticipantForm form = ParticipantForm.read(request);
            if (!form.errors.isEmpty()) {
                throw new ValidationException(form.errors);
            }
            Participant saved = nip == null ? registry.create(form.participant) : registry.update(nip, form.participant);
            response.sendRedirect(link(saved.nip()));
        } catch (ValidationException e) {
            response.setStatus(422);
            form(request, response, path.isEmpty() ? null : path, ParticipantForm.values(request), e.errors());
        } catch (ConflictException e) {
            response.setStatus(409);
            form(request, response, path.isEmpty() ? null : path, ParticipantForm.values(request),
                    List.of(FieldError.of("nip", "web.participant.exists")));
        } catch (NotFoundException e) {
            response.sendError(404);
        }
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = ParticipantForm.value(request, "q");
        String unit = ParticipantForm.value(request, "unit");
        boolean inactive = request.getParameter("inactive") != null;
        int offset = Math.max(0, parseInt(request.getParameter("offset")));
        Map<String, Object> model = pages.model(request, "participants", "web.participants.title");
        List<OrganizationUnit> units = registry.units();
        model.put("units", Options.of(units, OrganizationUnit::code, u -> u.name() + " (" + u.code() + ")", unit));
        model.put("q", q);
        model.put("inactive", inactive);
        try {
            Page<Participant> page = registry.search(new ParticipantQuery(unit, q, null, inactive, offset,
                    ParticipantQuery.DEFAULT_LIMIT));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Participant p : page.items()) {
                rows.add(Map.of("nip", p.nip(), "name", p.name(), "unit", p.unitCode(),
                        "rank", p.rank() == null ? "" : p.rank().code(), "position", nz(p.positionTitle()),
                        "active", p.isActive()));
            }
            model.put("rows", rows);
            model.put("total", page.total());
            String base = "/pembina/participants?q=" + enc(q) + "&unit=" + enc(unit) + (inactive ? "&inactive=on" : "");
            if (offset > 0) {
                model.put("prev", base + "&offset=" + Math.max(0, offset - page.limit()));
            }
            if (offset + page.items().size() < page.total()) {
                model.put("next", base + "&offset=" + (offset + page.limit()));
            }
        } catch (ValidationException | NotFoundException e) {
            model.put("searchError", e instanceof ValidationException v ? pages.errors(request, v.errors()).values()
                    .iterator().next() : pages.text(request, "web.participants.unknownUnit", unit));
        }
        pages.render(response, "participants", model);
    }

    private void form(HttpServletRequest request, HttpServletResponse response, String nip, Map<String, String> values,
            List<FieldError> errors) throws IOException {
        Map<String, Object> model = pages.model(request, "participants",
                nip == null ? "web.participant.add" : "web.participant.edit");
        model.put("action", nip == null ? "/pembina/participants" : link(nip));
        model.put("editing", nip != null);
        model.put("v", values);
        model.put("err", pages.errors(request, errors));
        model.put("hasErrors", !errors.isEmpty());
        model.put("genders", Options.ofEnum(Gender.values(), values.get("gender")));
        model.put("positionTypes", Options.ofEnum(PositionType.values(), values.get("positionType")));
        model.put("educations", Options.ofEnum(Education.values(), values.get("education")));
        model.put("ranks", Options.of(List.of(Rank.values()), Rank::code, r -> r.code() + " " + r.title(),
                values.get("rank")));
        model.put("units", Options.of(registry.units(), OrganizationUnit::code, u -> u.name() + " (" + u.code() + ")",
                values.get("unitCode")));
        pages.render(response, "participant-form", model);
    }

    private void detail(HttpServletRequest request, HttpServletResponse response, String nip) throws IOException {
        Optional<Participant> found = registry.find(nip);
        if (found.isEmpty()) {
            response.sendError(404);
            return;
        }
        Participant p = found.get();
        Locale locale = Pages.locale(request);
        int year = Wib.year(request.getParameter("year"));
        Map<String, Object> model = pages.model(request, "participants", "web.participant.title", p.name());
        model.put("p", ParticipantForm.values(p));
        model.put("active", p.isActive());
        model.put("link", link(p.nip()));
        model.put("year", year);
        List<Map<String, Object>> history = new ArrayList<>();
        for (ParticipantChange c : registry.history(p.nip())) {
            history.add(Map.of("at", Wib.dateTime(c.at().atZone(Wib.ZONE).toLocalDateTime(), locale),
                    "kind", "web.change." + c.kind().name(), "unit", nz(c.state().unitCode()),
                    "rank", c.state().rank() == null ? "" : c.state().rank().code(), "position", nz(c.state().positionTitle())));
        }
        model.put("history", history);
        Transcript t = evaluation.transcript(p.nip(), year);
        List<Map<String, Object>> trainings = new ArrayList<>();
        t.trainings().forEach(e -> trainings.add(Map.of("date", Wib.date(e.date(), locale), "title", nz(e.title()),
                "code", nz(e.programCode()), "jp", e.jp().stripTrailingZeros().toPlainString())));
        model.put("trainings", trainings);
        model.put("jpInYear", t.jpInYear().stripTrailingZeros().toPlainString());
        model.put("minimumJp", t.minimumJp().stripTrailingZeros().toPlainString());
        model.put("jpCompliant", t.jpCompliant());
        pages.render(response, "participant", model);
    }

    static String link(String nip) {
        return "/pembina/participants/" + enc(nip);
    }

    private static String path(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null || info.equals("/") ? "" : info.substring(1);
    }

    static String enc(String s) {
        return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static int parseInt(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
