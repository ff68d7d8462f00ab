package id.pembina.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.ProgramDetail;
import id.pembina.catalog.spi.BehaviourChecklist;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.FollowUp;
import id.pembina.evaluation.data.api.FollowUpPhase;
import id.pembina.evaluation.data.api.ReactionResponse;
import id.pembina.evaluation.data.api.TestAnswers;
import id.pembina.evaluation.data.api.TestPhase;
import id.pembina.participant.api.Education;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;

/**
 * The forms on phones as a participant's browser uses them, over plain HTTP: a link from the REST API, the
 * identification, a reaction questionnaire and a pre-test, and what the evaluation service then holds.
 */
@RunWith(PaxExam.class)
// Run by SharedDistributionIT, in one container with the other *Checks classes.
@ExamReactorStrategy(PerSuite.class)
public class FormsChecks extends PembinaTestSupport {

    private static final String NIP = "198503152010011001";
    private static final String OTHER = "198604162011012002";
    private static final String CHIEF = "197205202000031004";

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private CatalogService catalog;

    @Inject
    private EvaluationDataService evaluation;

    @Inject
    private SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    /** A browser: keeps the cookies, does not follow redirects (the test checks them). */
    private final HttpClient browser = Tls.client().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> page(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(site(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        StringJoiner body = new StringJoiner("&");
        form.forEach((k, v) -> body.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return browser.send(HttpRequest.newBuilder(site(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertTrue(html, m.find());
        return m.group(1);
    }

    /** The unit, the chief, the participant and the session both tests use, made by whichever runs first. */
    private static Long session;

    private long session(String pw) throws Exception {
        if (session != null) {
            return session;
        }
        await("MANWAKTU offered", () -> get("programs", pw).contains("\"code\":\"MANWAKTU\""));
        registry.createUnit(new OrganizationUnit("IT-FORMS", "Seksi Uji Formulir", null));
        registry.create(new Participant(CHIEF, "Kepala Seksi Uji Formulir", null, null, "IT-FORMS", "Kepala Seksi",
                PositionType.PENGAWAS, Rank.III_D, Education.S1, null, null));
        registry.create(new Participant(NIP, "Rudi Siregar", null, null, "IT-FORMS", "Pengadministrasi Umum",
                PositionType.PELAKSANA, Rank.III_A, Education.S1, CHIEF, null));
        registry.create(new Participant(OTHER, "Sari Lubis", null, null, "IT-FORMS", "Pengadministrasi Umum",
                PositionType.PELAKSANA, Rank.III_A, Education.S1, null, null));
        // 100 days ago: the supervisor's rating after the training is due (from 12 weeks), 14 whole weeks after it
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(100);
        HttpResponse<String> created = send(json("sessions", "{\"programCode\":\"MANWAKTU\",\"start\":\"" + day + "T08:00:00\","
                + "\"end\":\"" + day + "T16:00:00\",\"venue\":\"Ruang Rapat\",\"capacity\":5}"), "admin", pw);
        assertEquals(created.body(), 201, created.statusCode());
        session = Long.parseLong(created.body().replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
        assertEquals(200, send(json("sessions/" + session + "/enrollments", "{\"nip\":\"" + NIP + "\"}"), "admin", pw).statusCode());
        // he was there: only participants who attended answer the reaction questionnaire
        assertEquals(200, send(HttpRequest.newBuilder(api("sessions/" + session + "/attendance"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "[{\"nip\":\"" + NIP + "\",\"meeting\":1,\"present\":true}]")), "admin", pw).statusCode());
        return session;
    }

    @Test
    public void aParticipantAnswersOnThePhoneAndTheServiceHoldsExactlyThoseAnswers() throws Exception {
        String pw = awaitApi();
        long session = session(pw);
        ProgramDetail detail = catalog.program("MANWAKTU").orElseThrow();

        // the link as staff get it; the REST resource and the forms' servlet may register a moment after the rest
        String link = formLink(session, pw);
        String path = field(link, "path");
        String room = field(link, "roomCode");
        assertTrue(link, path.matches("/pembina/forms/s/" + session + "\\.[A-Za-z0-9_-]{22}"));
        assertTrue(link, room.matches("[0-9]{6}"));
        assertTrue(link, link.contains("\"qrSvg\":\"<svg xmlns="));
        await("the form page", () -> page(path).statusCode() == 200);

        // a changed link is refused with a page in both languages
        HttpResponse<String> forged = page(path.replace("/s/" + session + ".", "/s/" + (session + 1) + "."));
        assertEquals(404, forged.statusCode());
        assertTrue(forged.body(), forged.body().contains("Tautan ini tidak berlaku") && forged.body().contains("This link is not valid"));

        HttpResponse<String> identify = page(path);
        assertEquals("nosniff", identify.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-store", identify.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(identify.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        String token = csrf(identify.body());
        // no CSRF token: refused; a wrong room code or someone without a seat: the identification page again
        assertEquals(403, post(path + "/identify", Map.of("nip", NIP, "code", room)).statusCode());
        HttpResponse<String> wrongRoom = post(path + "/identify", Map.of("csrf", token, "nip", NIP, "code", "000000".equals(room) ? "111111" : "000000"));
        assertEquals(400, wrongRoom.statusCode());
        assertTrue(wrongRoom.body(), wrongRoom.body().contains("<p class=\"error\" id=\"code-error\">Ini bukan kode ruang sesi ini</p>"));
        HttpResponse<String> noSeat = post(path + "/identify", Map.of("csrf", token, "nip", OTHER, "code", room));
        assertTrue(noSeat.body(), noSeat.body().contains("<p class=\"error\" id=\"nip-error\">NIP ini tidak memegang kursi"));

        HttpResponse<String> in = post(path + "/identify", Map.of("csrf", token, "nip", NIP, "code", room));
        assertEquals(in.body(), 303, in.statusCode());
        assertEquals(path, in.headers().firstValue("Location").orElse(""));
        assertTrue(page(path).body().contains("Selamat datang, Rudi Siregar (" + NIP + ")."));

        // the reaction questionnaire as the version in force defines it: item i (from 0) rated (i mod 5) + 1
        ReactionQuestionnaire q = detail.reaction();
        String reactionPage = page(path + "/reaction").body();
        Map<String, String> reaction = new LinkedHashMap<>();
        Map<String, Integer> expected = new LinkedHashMap<>();
        reaction.put("csrf", csrf(reactionPage));
        reaction.put("version", q.version());
        for (int i = 0; i < q.items().size(); i++) {
            ReactionQuestionnaire.LikertItem item = q.items().get(i);
            assertTrue(item.id(), reactionPage.contains("<legend>" + html(item.text()) + "</legend>"));
            reaction.put("values." + item.id(), String.valueOf(i % 5 + 1));
            expected.put(item.id(), i % 5 + 1);
        }
        // one answer missing: refused beside that question, nothing stored
        Map<String, String> incomplete = new LinkedHashMap<>(reaction);
        String first = q.items().get(0).id();
        incomplete.remove("values." + first);
        HttpResponse<String> refused = post(path + "/reaction", incomplete);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("<p class=\"error\" id=\"values-" + first + "-error\">Pilih salah satu jawaban</p>"));
        assertEquals(List.of(), evaluation.reactionResponses(session));

        reaction.put("comment", "Sangat bermanfaat");
        HttpResponse<String> sent = post(path + "/reaction", reaction);
        assertEquals(sent.body(), 303, sent.statusCode());
        assertEquals(path + "?done=reaction", sent.headers().firstValue("Location").orElse(""));
        List<ReactionResponse> responses = evaluation.reactionResponses(session);
        assertEquals(1, responses.size());
        assertEquals(expected, responses.get(0).values());
        assertEquals("Sangat bermanfaat", responses.get(0).comment());
        assertEquals(q.version(), responses.get(0).version());
        assertEquals(q.anonymous() ? null : NIP, responses.get(0).nip());

        // a different second questionnaire: the service's conflict, the stored answers kept
        Map<String, String> changed = new LinkedHashMap<>(reaction);
        changed.put("values." + first, expected.get(first) == 5 ? "4" : "5");
        changed.put("csrf", csrf(page(path + "/reaction").body()));
        HttpResponse<String> conflict = post(path + "/reaction", changed);
        assertEquals(409, conflict.statusCode());
        assertTrue(conflict.body(), conflict.body().contains("Anda sudah mengirim jawaban lain untuk formulir ini."));
        assertEquals(expected, evaluation.reactionResponses(session).get(0).values());

        // the pre-test: item i answered with option (i mod options); the last item left open (scored wrong)
        KnowledgeTest test = detail.knowledgeTest();
        Map<String, String> pretest = new LinkedHashMap<>();
        pretest.put("csrf", csrf(page(path + "/pretest").body()));
        pretest.put("version", test.version());
        Map<String, Integer> choices = new LinkedHashMap<>();
        int score = 0;
        for (int i = 0; i < test.items().size(); i++) {
            KnowledgeTest.TestItem item = test.items().get(i);
            Integer choice = i == test.items().size() - 1 ? null : i % item.options().size();
            choices.put(item.id(), choice);
            if (choice != null) {
                pretest.put("choices." + item.id(), choice.toString());
                score += choice == item.answerIndex() ? item.points() : 0;
            }
        }
        HttpResponse<String> pre = post(path + "/pretest", pretest);
        assertEquals(pre.body(), 303, pre.statusCode());
        List<TestAnswers> answers = evaluation.testAnswers(session);
        assertEquals(1, answers.size());
        assertEquals(TestPhase.PRE, answers.get(0).phase());
        assertEquals(NIP, answers.get(0).nip());
        assertEquals(choices, answers.get(0).choices());
        assertEquals(score, answers.get(0).score());
        assertEquals(test.maxPoints(), answers.get(0).maxPoints());
        assertTrue(page(path + "?done=pretest").body().contains("nilai " + score + "/" + test.maxPoints()));
        // the English switch, then back
        assertTrue(page(path + "?lang=en").body().contains("Welcome, Rudi Siregar (" + NIP + ")."));
        assertTrue(page(path + "?lang=id").body().contains("Selamat datang, Rudi Siregar (" + NIP + ")."));
    }

    @Test
    public void theConsoleHandsOutTheSameLinks() throws Exception {
        String pw = awaitApi();
        long session = session(pw);
        String link = formLink(session, pw);
        await("the form-link command", () -> console(sessions, "pembina:form-link 999999").contains("Session 999999 not found"));
        List<String> shown = console(sessions, "pembina:form-link --base http://192.168.1.10:8181/ " + session).lines().toList();
        assertEquals(List.of(
                "Tautan formulir sesi " + session + ": http://192.168.1.10:8181" + field(link, "path")
                        + " / Form link of session " + session + ": http://192.168.1.10:8181" + field(link, "path"),
                "Kode ruang: " + field(link, "roomCode") + " / Room code: " + field(link, "roomCode"),
                "Lembar cetak: http://192.168.1.10:8181" + field(link, "printPath")
                        + " / Print sheet: http://192.168.1.10:8181" + field(link, "printPath")), shown);
        String chief = get("participants/" + CHIEF + "/follow-up-link", pw);
        assertEquals("Tautan tindak lanjut " + CHIEF + ": https://localhost:8443" + field(chief, "path") + " / Follow-up link of "
                + CHIEF + ": https://localhost:8443" + field(chief, "path"), console(sessions, "pembina:form-link --supervisor " + CHIEF).strip());
        assertEquals("Sesi 999999 tidak ditemukan / Session 999999 not found",
                console(sessions, "pembina:form-link 999999").strip());
        assertEquals("Beri ID sesi atau --supervisor NIP / Give a session id or --supervisor NIP",
                console(sessions, "pembina:form-link").strip());
    }

    @Test
    public void aSupervisorRatesTheirStaffAfterTheTraining() throws Exception {
        String pw = awaitApi();
        long session = session(pw);
        String[] holder = new String[1];
        await("the follow-up link", () -> (holder[0] = get("participants/" + CHIEF + "/follow-up-link", pw)) != null);
        String link = holder[0];
        String path = field(link, "path");
        assertTrue(link, path.matches("/pembina/forms/f/" + CHIEF + "\\.[A-Za-z0-9_-]{22}"));
        assertEquals(404, send(java.net.http.HttpRequest.newBuilder(api("participants/199999999999999999/follow-up-link")),
                "admin", pw).statusCode());

        HttpResponse<String> list = page(path);
        assertEquals(200, list.statusCode());
        String form = path + "/" + session + "/" + NIP + "/AFTER";
        assertTrue(list.body(), list.body().contains("<p class=\"who\">Rudi Siregar <span class=\"meta\">" + NIP + "</span></p>"));
        assertTrue(list.body(), list.body().contains("<a class=\"form-link\" href=\"" + form + "\">Sesudah pelatihan: nilai sekarang</a>"));
        // somebody else's staff cannot be rated through this link
        assertEquals(404, page(path + "/" + session + "/" + OTHER + "/AFTER").statusCode());

        BehaviourChecklist checklist = catalog.program("MANWAKTU").orElseThrow().behaviour();
        String formPage = page(form).body();
        assertTrue(formPage, formPage.contains("14 minggu sesudah pelatihan"));
        Map<String, String> ratings = new LinkedHashMap<>();
        Map<String, Integer> expected = new LinkedHashMap<>();
        ratings.put("csrf", csrf(formPage));
        ratings.put("version", checklist.version());
        // indicator i (from 0) rated (i mod 4) + 1
        for (int i = 0; i < checklist.indicators().size(); i++) {
            String id = checklist.indicators().get(i).id();
            ratings.put("ratings." + id, String.valueOf(i % 4 + 1));
            expected.put(id, i % 4 + 1);
        }
        HttpResponse<String> sent = post(form, ratings);
        assertEquals(sent.body(), 303, sent.statusCode());
        List<FollowUp> followUps = evaluation.followUps(session);
        assertEquals(1, followUps.size());
        FollowUp f = followUps.get(0);
        assertEquals(List.of(NIP, CHIEF, FollowUpPhase.AFTER, 14, checklist.version(), expected),
                List.of(f.nip(), f.supervisorNip(), f.phase(), f.weeksAfterSession(), f.version(), f.ratings()));
        String after = page(path + "?done=1").body();
        assertTrue(after, after.contains("Terima kasih: penilaian telah tersimpan."));
    }

    /** @return the JSON of the session's form link, once the REST resource answers */
    private static String formLink(long session, String pw) throws Exception {
        String[] link = new String[1];
        await("the form link", () -> (link[0] = get("sessions/" + session + "/form-link", pw)) != null);
        return link[0];
    }

    /** @return the text as the pages' templates escape it */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** @return the value of a string field of a flat JSON object */
    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertTrue(json, m.find());
        return m.group(1);
    }
}
