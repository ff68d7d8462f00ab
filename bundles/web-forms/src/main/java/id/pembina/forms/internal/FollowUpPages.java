package id.pembina.forms.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.Enrollment;
import id.pembina.catalog.api.ProgramDetail;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.FollowUp;
import id.pembina.evaluation.data.api.FollowUpPhase;
import id.pembina.participant.api.Nip;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.security.api.CallerContext;
import id.pembina.platform.api.ConflictException;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.ValidationException;

/**
 * A supervisor's follow-up pages ({@code f/<token>/...}): their own staff (the registry's supervisor relation)
 * with the sessions whose baseline or after-training rating is due, and the form of one rating.
 */
final class FollowUpPages {

    private final CatalogService catalog;
    private final ParticipantRegistry registry;
    private final EvaluationDataService evaluation;
    private final Messages messages;
    private final Templates templates;

    FollowUpPages(CatalogService catalog, ParticipantRegistry registry, EvaluationDataService evaluation,
            Messages messages, Templates templates) {
        this.catalog = catalog;
        this.registry = registry;
        this.evaluation = evaluation;
        this.messages = messages;
        this.templates = templates;
    }

    /**
     * @param rest the path after the token: empty for the list, {@code <session>/<nip>/<phase>} for a form
     * @return false when the path names no page
     */
    boolean handle(Exchange x, String supervisorNip, String home, String rest, boolean post, LocalDate today)
            throws IOException {
        Participant supervisor = registry.find(supervisorNip).orElse(null);
        if (supervisor == null) {
            return false;
        }
        Map<String, Object> m = x.model();
        m.put("home", home);
        m.put("supervisor", supervisor.name());
        if (rest.isEmpty() && !post) {
            m.put("rows", rows(supervisor, home, today, x.locale));
            m.put("done", x.param("done") != null);
            x.html(200, templates.render("followups", m, x.locale));
            return true;
        }
        String[] parts = rest.split("/");
        if (parts.length != 3) {
            return false;
        }
        long sessionId;
        FollowUpPhase phase;
        try {
            sessionId = Long.parseLong(parts[0]);
            phase = FollowUpPhase.valueOf(parts[2]);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String nip = Nip.normalise(parts[1]);
        Participant staff = registry.find(nip).orElse(null);
        TrainingSession session = catalog.session(sessionId).orElse(null);
        if (staff == null || session == null || !supervisorNip.equals(staff.supervisorNip())) {
            return false;
        }
        ProgramDetail program = SessionInstruments.of(catalog, session,
                catalog.program(session.programCode()).orElse(null));
        if (program == null || program.behaviour() == null) {
            return false;
        }
        LocalDate end = session.end().toLocalDate();
        int weeks = (int) Math.max(1, Math.min(FollowUpDue.LAST_WEEK, FollowUpDue.weeksAfter(end, today)));
        m.put("session", SessionView.of(session, program, x.locale));
        m.put("staff", staff.name());
        m.put("staffNip", staff.nip());
        m.put("phase", phase.name());
        m.put("weeks", weeks);
        m.put("action", home + "/" + rest);
        Map<String, String> posted = new LinkedHashMap<>();
        String notice = "";
        Fields errors = Fields.NONE;
        int status = 200;
        if (post) {
            x.request.getParameterMap().forEach((k, v) -> posted.put(k, v.length == 0 ? null : v[0]));
            String unit = registry.find(supervisorNip).map(Participant::unitCode).orElse(null);
            try (CallerContext.Scope scope = CallerContext.enter(
                    FormCallers.supervisor(supervisorNip, unit, x.request.getRemoteAddr()))) {
                evaluation.submitFollowUp(AnswerForms.followUp(sessionId, nip, supervisorNip, phase, weeks, posted::get,
                        program.behaviour()));
                x.redirect(home, "done=1");
                return true;
            } catch (ValidationException e) {
                Set<String> inputs = program.behaviour().indicators().stream().map(i -> "ratings." + i.id())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                errors = Fields.of(e.errors(), inputs, messages, x.locale);
                status = 400;
            } catch (ConflictException e) {
                notice = templates.text(x.locale, "forms.followUpConflict");
                status = 409;
            }
        }
        m.put("version", program.behaviour().version());
        m.put("items", QuestionModels.behaviour(program.behaviour(), posted, x.locale, templates));
        m.put("errors", errors.byField());
        m.put("general", errors.general());
        m.put("notice", notice);
        x.html(status, templates.render("followup", m, x.locale));
        return true;
    }

    /**
     * One row per staff member and session in which they hold a seat, from 104 weeks back to a year ahead, that
     * has a phase open now (listed first) or due from a later date; each phase recorded, open now (with the
     * form's path), due from a date, or closed.
     */
    List<Map<String, Object>> rows(Participant supervisor, String home, LocalDate today, java.util.Locale locale) {
        List<Participant> staff = registry.members(supervisor.unitCode(), false).stream()
                .filter(p -> supervisor.nip().equals(p.supervisorNip())).toList();
        Map<String, Participant> byNip = staff.stream().collect(Collectors.toMap(Participant::nip, Function.identity()));
        List<TrainingSession> sessions = catalog.sessionsOf(byNip.keySet(), today.minusWeeks(FollowUpDue.LAST_WEEK),
                today.plusYears(1));
        Map<Long, List<Enrollment>> enrollments = catalog.enrollments(ids(sessions));
        Map<String, ProgramDetail> programs = new LinkedHashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        int openRows = 0; // rows with a phase open now come first, in session order
        for (TrainingSession s : sessions) {
            ProgramDetail program = programs.computeIfAbsent(s.programCode(), c -> catalog.program(c).orElse(null));
            if (program == null || program.behaviour() == null) {
                continue;
            }
            List<FollowUp> recorded = evaluation.followUps(s.id());
            for (Enrollment e : enrollments.getOrDefault(s.id(), List.of())) {
                Participant p = byNip.get(e.nip());
                if (p == null || !e.status().takesSeat()) {
                    continue;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", p.name());
                row.put("nip", p.nip());
                row.put("session", SessionView.of(s, program, locale));
                List<Map<String, Object>> phases = phases(s, p.nip(), recorded, home, today, locale);
                row.put("phases", phases);
                // due: a phase open now or opening later; sessions rated in full or closed are not listed
                boolean open = phases.stream().anyMatch(ph -> (Boolean) ph.get("open"));
                boolean later = phases.stream().anyMatch(ph -> !((String) ph.get("from")).isEmpty());
                if (open) {
                    rows.add(openRows++, row);
                } else if (later) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static List<Map<String, Object>> phases(TrainingSession s, String nip, List<FollowUp> recorded, String home,
            LocalDate today, java.util.Locale locale) {
        LocalDate end = s.end().toLocalDate();
        List<Map<String, Object>> phases = new ArrayList<>();
        for (FollowUpPhase phase : FollowUpPhase.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("phase", phase.name());
            boolean done = recorded.stream().anyMatch(f -> nip.equals(f.nip()) && f.phase() == phase);
            m.put("done", done);
            m.put("open", !done && FollowUpDue.open(phase, end, today));
            m.put("href", home + "/" + s.id() + "/" + nip + "/" + phase.name());
            m.put("from", phase == FollowUpPhase.AFTER && today.isBefore(FollowUpDue.afterFrom(end))
                    ? FollowUpDue.afterFrom(end).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", locale))
                    : "");
            phases.add(m);
        }
        return phases;
    }

    private static Collection<Long> ids(List<TrainingSession> sessions) {
        return sessions.stream().map(TrainingSession::id).toList();
    }
}
