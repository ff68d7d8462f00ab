package id.pembina.forms.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.ProgramDetail;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.TestAnswers;
import id.pembina.evaluation.data.api.TestPhase;
import id.pembina.participant.api.Nip;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.security.api.CallerContext;
import id.pembina.platform.api.ConflictException;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.ValidationException;

/**
 * A session's form pages ({@code s/<token>/...}): identification with NIP and room code, the menu, the
 * reaction questionnaire, the pre-test and the post-test of the programme's instrument versions in force.
 */
final class ParticipantPages {

    /** The forms of a session, by the last part of their path. */
    enum Form {
        REACTION("reaction"), PRETEST("pretest"), POSTTEST("posttest");

        final String path;

        Form(String path) {
            this.path = path;
        }

        static Optional<Form> of(String path) {
            for (Form f : values()) {
                if (f.path.equals(path)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }

        TestPhase phase() {
            return this == PRETEST ? TestPhase.PRE : TestPhase.POST;
        }
    }

    private final CatalogService catalog;
    private final ParticipantRegistry registry;
    private final EvaluationDataService evaluation;
    private final Messages messages;
    private final Templates templates;
    private final LinkSigner signer;

    ParticipantPages(CatalogService catalog, ParticipantRegistry registry, EvaluationDataService evaluation,
            Messages messages, Templates templates, LinkSigner signer) {
        this.catalog = catalog;
        this.registry = registry;
        this.evaluation = evaluation;
        this.messages = messages;
        this.templates = templates;
        this.signer = signer;
    }

    /** @return false when the path names no page (the caller answers 404) */
    boolean handle(Exchange x, long sessionId, String action, boolean post) throws IOException {
        TrainingSession session = catalog.session(sessionId).orElse(null);
        if (session == null) {
            return false;
        }
        ProgramDetail program = SessionInstruments.of(catalog, session,
                catalog.program(session.programCode()).orElse(null));
        String home = FormPaths.session(signer, sessionId);
        Map<String, Object> m = x.model();
        m.put("session", SessionView.of(session, program, x.locale));
        m.put("home", home);
        if (action.isEmpty() && !post) {
            if (x.state().identifiedFor(sessionId, x.now)) {
                menu(x, m, sessionId, program);
            } else {
                identifyPage(x, m, Fields.NONE, "", 200);
            }
            return true;
        }
        if (action.equals("identify") && post) {
            identify(x, m, sessionId, home);
            return true;
        }
        if (action.equals("leave") && post) {
            x.keep(FormState.fresh(x.now));
            x.redirect(home, null);
            return true;
        }
        Optional<Form> form = Form.of(action);
        if (form.isEmpty()) {
            return false;
        }
        if (!x.state().identifiedFor(sessionId, x.now)) {
            x.redirect(home, null);
            return true;
        }
        String nip = x.state().nip();
        if (post) {
            submit(x, m, sessionId, form.get(), nip, program, home);
        } else {
            formPage(x, m, form.get(), program, Map.of(), Fields.NONE, null, 200);
        }
        return true;
    }

    private void identifyPage(Exchange x, Map<String, Object> m, Fields errors, String nip, int status) throws IOException {
        m.put("nip", nip);
        m.put("errors", errors.byField());
        m.put("general", errors.general());
        x.html(status, templates.render("identify", m, x.locale));
    }

    /**
     * Checks the room code first (so that the page tells nothing about NIPs to someone without it), then that
     * the NIP is a seat holder of the session.
     */
    private void identify(Exchange x, Map<String, Object> m, long sessionId, String home) throws IOException {
        String nip = Nip.normalise(AnswerForms.blankToNull(x.param("nip")));
        String code = Optional.ofNullable(AnswerForms.blankToNull(x.param("code"))).orElse("").replace(" ", "");
        List<FieldError> errors = new ArrayList<>();
        if (nip.isEmpty()) {
            errors.add(FieldError.of("nip", "forms.required"));
        }
        if (code.isEmpty()) {
            errors.add(FieldError.of("code", "forms.required"));
        } else if (!MessageDigest.isEqual(code.getBytes(StandardCharsets.UTF_8),
                signer.roomCode(sessionId).getBytes(StandardCharsets.UTF_8))) {
            errors.add(FieldError.of("code", "forms.roomCodeWrong"));
        } else if (!nip.isEmpty() && !seatHolder(sessionId, nip)) {
            errors.add(FieldError.of("nip", "forms.notEnrolled"));
        }
        if (!errors.isEmpty()) {
            identifyPage(x, m, Fields.of(errors, Set.of("nip", "code"), messages, x.locale), nip, 400);
            return;
        }
        x.keep(FormState.identified(sessionId, nip, x.now));
        x.redirect(home, null);
    }

    private boolean seatHolder(long sessionId, String nip) {
        return catalog.enrollments(sessionId).stream()
                .anyMatch(e -> e.nip().equals(nip) && e.status().takesSeat());
    }

    private void menu(Exchange x, Map<String, Object> m, long sessionId, ProgramDetail program) throws IOException {
        String nip = x.state().nip();
        Participant p = registry.find(nip).orElse(null);
        m.put("name", p == null ? nip : p.name());
        m.put("nip", nip);
        m.put("done", Optional.ofNullable(x.param("done")).flatMap(Form::of).map(f -> f.path).orElse(""));
        List<Map<String, Object>> forms = new ArrayList<>();
        List<TestAnswers> tests = evaluation.testAnswers(sessionId).stream().filter(t -> nip.equals(t.nip())).toList();
        boolean reactionGiven = evaluation.reactionResponses(sessionId).stream().anyMatch(r -> nip.equals(r.nip()));
        for (Form f : Form.values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("path", f.path);
            row.put("available", offered(f, program));
            Optional<TestAnswers> answered = f == Form.REACTION ? Optional.empty()
                    : tests.stream().filter(t -> t.phase() == f.phase()).findFirst();
            row.put("answered", f == Form.REACTION ? reactionGiven : answered.isPresent());
            row.put("score", answered.map(a -> a.score() + "/" + a.maxPoints()).orElse(""));
            forms.add(row);
        }
        m.put("forms", forms);
        x.html(200, templates.render("menu", m, x.locale));
    }

    private void submit(Exchange x, Map<String, Object> m, long sessionId, Form form, String nip, ProgramDetail program,
            String home) throws IOException {
        Map<String, String> posted = new LinkedHashMap<>();
        x.request.getParameterMap().forEach((k, v) -> posted.put(k, v.length == 0 ? null : v[0]));
        if (!offered(form, program)) {
            formPage(x, m, form, program, posted, Fields.NONE, null, 404);
            return;
        }
        try (CallerContext.Scope scope = CallerContext.enter(FormCallers.participant(nip, x.request.getRemoteAddr()))) {
            if (form == Form.REACTION) {
                evaluation.submitReaction(sessionId, AnswerForms.reaction(nip, posted::get, instrumentReaction(program, posted)));
            } else {
                evaluation.submitTest(sessionId, form.phase(), AnswerForms.test(nip, posted::get, instrumentTest(program, posted)));
            }
        } catch (ValidationException e) {
            formPage(x, m, form, program, posted,
                    Fields.of(e.errors(), inputs(form, program), messages, x.locale), null, 400);
            return;
        } catch (ConflictException e) {
            formPage(x, m, form, program, posted, Fields.NONE, "forms.conflict", 409);
            return;
        }
        x.redirect(home, "done=" + form.path);
    }

    /** The questionnaire version the page showed (its hidden {@code version}), else the one in force. */
    private ReactionQuestionnaire instrumentReaction(ProgramDetail program, Map<String, String> posted) {
        String v = posted.get("version");
        return Optional.ofNullable(v).flatMap(version -> catalog.reaction(program.program().code(), version))
                .orElse(program.reaction());
    }

    private KnowledgeTest instrumentTest(ProgramDetail program, Map<String, String> posted) {
        String v = posted.get("version");
        return Optional.ofNullable(v).flatMap(version -> catalog.knowledgeTest(program.program().code(), version))
                .orElse(program.knowledgeTest());
    }

    private static Set<String> inputs(Form form, ProgramDetail program) {
        Set<String> names = new LinkedHashSet<>();
        if (form == Form.REACTION) {
            program.reaction().items().forEach(i -> names.add("values." + i.id()));
            names.add("comment");
        } else {
            program.knowledgeTest().items().forEach(i -> names.add("choices." + i.id()));
        }
        return names;
    }

    private void formPage(Exchange x, Map<String, Object> m, Form form, ProgramDetail program,
            Map<String, String> posted, Fields errors, String notice, int status) throws IOException {
        if (!offered(form, program)) {
            m.put("general", List.of(templates.text(x.locale, "forms.noInstrument")));
            m.put("errors", Map.of());
            m.put("items", List.of());
            m.put("form", form.path);
            x.html(404, templates.render("questions", m, x.locale));
            return;
        }
        m.put("form", form.path);
        m.put("errors", errors.byField());
        m.put("general", errors.general());
        m.put("notice", notice == null ? "" : templates.text(x.locale, notice));
        m.put("comment", posted.getOrDefault("comment", "") == null ? "" : posted.getOrDefault("comment", ""));
        if (form == Form.REACTION) {
            m.put("version", program.reaction().version());
            m.put("items", QuestionModels.reaction(program.reaction(), posted, x.locale, templates));
        } else {
            m.put("version", program.knowledgeTest().version());
            m.put("items", QuestionModels.test(program.knowledgeTest(), posted));
        }
        x.html(status, templates.render("questions", m, x.locale));
    }


    /** @return true when the programme has the instrument of the form */
    private static boolean offered(Form form, ProgramDetail program) {
        return program != null && (form == Form.REACTION ? program.reaction() != null : program.knowledgeTest() != null);
    }
}
