package id.pembina.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;

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
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.participant.api.Education;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;

/** Evaluation data over real HTTP: answers, tests, follow-ups, indicators, benefits, and the figures. */
@RunWith(PaxExam.class)
// Run by SharedDistributionIT, in one container with the other *Checks classes.
@ExamReactorStrategy(PerSuite.class)
public class EvaluationChecks extends PembinaTestSupport {

    private static final String LEADER = "197001011995031001";
    private static final String ANI = "199001012015032001";
    private static final String BUDI = "199102022016031002";
    private static final String CICI = "199203032017032003";

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private CatalogService catalog;

    @Inject
    private SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Test
    public void aSessionEvaluatedFromAnswersOverHttp() throws Exception {
        String pw = awaitApi();
        await("MANWAKTU offered", () -> get("programs", pw).contains("\"code\":\"MANWAKTU\""));
        ProgramDetail detail = catalog.program("MANWAKTU").orElseThrow();

        registry.createUnit(new OrganizationUnit("IT-EVAL", "Seksi Uji", null));
        registry.create(person(LEADER, "Kepala Seksi Uji", PositionType.PENGAWAS, null));
        registry.create(person(ANI, "Ani Lubis", PositionType.PELAKSANA, LEADER));
        registry.create(person(BUDI, "Budi Nasution", PositionType.PELAKSANA, LEADER));
        registry.create(person(CICI, "Cici Harahap", PositionType.PELAKSANA, LEADER));

        HttpResponse<String> created = send(json("sessions", "{\"programCode\":\"MANWAKTU\",\"start\":\"2026-05-04T08:00:00\","
                + "\"end\":\"2026-05-04T16:00:00\",\"venue\":\"Aula Kecamatan\",\"capacity\":10,"
                + "\"costs\":[{\"category\":\"HONORARIA\",\"description\":\"Narasumber\",\"amount\":2000000.00}]}"), "admin", pw);
        assertEquals(created.body(), 201, created.statusCode());
        String id = created.body().replaceAll("^\\{\"id\":(\\d+),.*$", "$1");
        for (String nip : List.of(ANI, BUDI)) {
            assertEquals(200, send(json("sessions/" + id + "/enrollments", "{\"nip\":\"" + nip + "\"}"), "admin", pw).statusCode());
        }

        // Cici holds no seat; Ani and Budi attended (reaction and post-test need attendance).
        HttpResponse<String> present = send(HttpRequest.newBuilder(api("sessions/" + id + "/attendance"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "[{\"nip\":\"" + ANI + "\",\"meeting\":1,\"present\":true},{\"nip\":\"" + BUDI
                        + "\",\"meeting\":1,\"present\":true}]")), "admin", pw);
        assertEquals(present.body(), 200, present.statusCode());

        // L1: Ani rates every item 5; Budi 4, but 1 for the first item -> that item's mean 3.0 < 3.5.
        String first = detail.reaction().items().get(0).id();
        String rv = detail.reaction().version();
        String aniReaction = reaction(ANI, rv, detail, i -> 5);
        assertEquals(200, send(json("sessions/" + id + "/responses/reaction", aniReaction), "admin", pw).statusCode());
        assertEquals(200, send(json("sessions/" + id + "/responses/reaction", reaction(BUDI, rv, detail,
                i -> i.equals(first) ? 1 : 4)), "admin", pw).statusCode());
        // an identical repeat is accepted, a different one refused, bad answers refused
        assertEquals(200, send(json("sessions/" + id + "/responses/reaction", aniReaction), "admin", pw).statusCode());
        assertEquals(409, send(json("sessions/" + id + "/responses/reaction", reaction(ANI, rv, detail, i -> 4)), "admin", pw).statusCode());
        HttpResponse<String> outOfRange = send(json("sessions/" + id + "/responses/reaction", reaction(CICI, rv, detail, i -> 6)),
                "admin", pw);
        assertEquals(400, outOfRange.statusCode());
        assertEquals("application/problem+json", outOfRange.headers().firstValue("Content-Type").orElse(""));

        // L2: both wrong on every item before, right after -> pre 0 %, post 100 %, <g> = 1.0 (HIGH)
        KnowledgeTest test = detail.knowledgeTest();
        for (String nip : List.of(ANI, BUDI)) {
            assertEquals(200, send(json("sessions/" + id + "/responses/pretest", test(nip, test, false)), "admin", pw).statusCode());
            HttpResponse<String> post = send(json("sessions/" + id + "/responses/posttest", test(nip, test, true)), "admin", pw);
            assertTrue(post.body(), post.body().contains("\"score\":" + test.maxPoints() + ",\"maxPoints\":" + test.maxPoints()));
        }

        // L3: the supervisor rates Ani 2 before and 3 after on every indicator; Budi rating Ani is refused
        assertEquals(200, send(json("followups", followUp(id, ANI, LEADER, "BASELINE", detail, 2)), "admin", pw).statusCode());
        assertEquals(200, send(json("followups", followUp(id, ANI, LEADER, "AFTER", detail, 3)), "admin", pw).statusCode());
        assertEquals(400, send(json("followups", followUp(id, ANI, BUDI, "AFTER", detail, 3)), "admin", pw).statusCode());

        // L4 and L5
        String indicator = detail.results().get(0).id();
        HttpResponse<String> values = send(json("indicators", "[{\"unitCode\":\"IT-EVAL\",\"programCode\":\"MANWAKTU\","
                + "\"indicatorId\":\"" + indicator + "\",\"period\":\"2026-03\",\"value\":10,\"phase\":\"BEFORE\",\"comparison\":false},"
                + "{\"unitCode\":\"IT-EVAL\",\"programCode\":\"MANWAKTU\",\"indicatorId\":\"" + indicator + "\","
                + "\"period\":\"2026-07\",\"value\":6,\"phase\":\"AFTER\",\"comparison\":false}]"), "admin", pw);
        assertEquals(values.body(), 200, values.statusCode());
        assertEquals(200, send(json("sessions/" + id + "/benefits", "{\"description\":\"Waktu layanan lebih singkat\","
                + "\"amount\":3000000.00}"), "admin", pw).statusCode());

        String evaluation = get("evaluations/sessions/" + id, pw);
        assertTrue(evaluation, evaluation.contains("\"improvementPoints\":[{\"itemCode\":\"" + first + "\""));
        assertTrue(evaluation, evaluation.contains("\"meanPrePercent\":0.0,\"meanPostPercent\":100.0,\"classGain\":{\"value\":1.0,\"band\":\"HIGH\""));
        assertTrue(evaluation, evaluation.contains("\"totalCosts\":2000000.00,\"benefits\":3000000.00,\"netBenefits\":1000000.00,"
                + "\"roiPercent\":50.00,\"benefitCostRatio\":1.50"));
        assertTrue(evaluation, evaluation.contains("\"shareApplying\":1.0"));

        HttpResponse<String> marked = send(HttpRequest.newBuilder(api("sessions/" + id + "/attendance"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "[{\"nip\":\"" + ANI + "\",\"meeting\":1,\"present\":true}]")), "admin", pw);
        assertEquals(marked.body(), 200, marked.statusCode());
        String transcript = get("participants/" + ANI + "/transcript?year=2026", pw);
        assertTrue(transcript, transcript.contains("\"programCode\":\"MANWAKTU\""));
        assertTrue(transcript, transcript.contains("\"jpInYear\":12,\"minimumJp\":20,\"jpCompliant\":false"));
        List<String> shown = console(sessions, "pembina:transcript --year 2026 " + ANI).lines().toList();
        assertEquals(List.of(ANI + " Ani Lubis, tahun 2026 / " + ANI + " Ani Lubis, year 2026",
                "12 JP dalam setahun, minimal 20: belum terpenuhi / 12 JP in the year, minimum 20: not met",
                "IP ASN: Belum ada predikat kinerja dan catatan disiplin untuk tahun tersebut / "
                        + "No performance rating and discipline record for the year"),
                List.of(shown.get(0), shown.get(shown.size() - 2), shown.get(shown.size() - 1)));
        // The session has ended and Ani was credited: the catalog's certificate number closes the line.
        assertTrue(shown.toString(), shown.get(1).matches("  2026-05-04  MANWAKTU .*  12 JP  PEMBINA/2026/" + id + "/1"));
        assertEquals("year: Nilai tidak valid: 20x6 / Invalid value: 20x6",
                console(sessions, "pembina:transcript --year 20x6 " + ANI).strip());
        assertEquals("year: Tahun harus 2000 sampai 2100 / The year must be 2000 to 2100",
                console(sessions, "pembina:transcript --year 1999 " + ANI).strip());
        assertEquals("Peserta dengan NIP 199912312020121999 tidak ditemukan / No participant with NIP 199912312020121999",
                console(sessions, "pembina:transcript 199912312020121999").strip());
        assertEquals(ANI + " 2026: kinerja GOOD, disiplin NONE / " + ANI + " 2026: performance GOOD, discipline NONE",
                console(sessions, "pembina:facts-set -p good -d none " + ANI + " 2026").strip());
        assertTrue(console(sessions, "pembina:facts-set -p EXCELLENT -d NONE " + ANI + " 2026").startsWith(
                "performance: Nilai tidak dikenal: EXCELLENT; yang diterima: VERY_GOOD, GOOD, NEEDS_IMPROVEMENT, POOR, VERY_POOR / "));
        List<String> trend = console(sessions, "pembina:transcript-trend --from 2025 --to 2026 " + ANI).lines().toList();
        assertTrue(trend.toString(), trend.stream().anyMatch(l -> l.matches(" *2025 +\\| - +\\| - +\\| 0(\\.0+)? +\\| .+")));
        assertTrue(trend.toString(), trend.stream().anyMatch(l -> l.matches(" *2026 +\\| \\d+ +\\| [A-Z][a-z].* +\\| 12 +\\| .+")));
        assertEquals("from: Nilai tidak valid: 2027 / Invalid value: 2027",
                console(sessions, "pembina:transcript-trend --from 2027 --to 2026 " + ANI).strip());
        List<String> unitTrend = console(sessions, "pembina:unit-trend --from 2026 --to 2026 IT-EVAL").lines().toList();
        assertTrue(unitTrend.toString(), unitTrend.stream().anyMatch(l -> l.matches(" *2026 +\\| \\d+ +\\| .*")));
        assertEquals("Unit tidak ditemukan: IT-NONE / Unknown unit: IT-NONE",
                console(sessions, "pembina:unit-trend IT-NONE").strip());
        // The unit in figures, and Ani (12 JP) among those below 20 JP, over REST and in the console.
        String unitSummary = get("evaluations/units/IT-EVAL?year=2026", pw);
        assertTrue(unitSummary, unitSummary.contains("\"belowMinimum\":") && !unitSummary.contains("\"participants\":[{"));
        String below = get("evaluations/units/IT-EVAL/jp-below-minimum?year=2026&limit=1000", pw);
        assertTrue(below, below.contains("{\"nip\":\"" + ANI + "\",\"unitCode\":\"IT-EVAL\",\"jp\":12,\"compliant\":false,"
                + "\"shortfall\":8}"));
        List<String> belowShown = console(sessions, "pembina:unit-below-jp --year 2026 --limit 1000 IT-EVAL").lines().toList();
        assertTrue(belowShown.toString(), belowShown.stream().anyMatch(l -> l.matches(" *" + ANI + " +\\| IT-EVAL +\\| 12 +\\| 8 *")));
        assertEquals("limit: 0 di luar 1..1000 / 0 is outside 1..1000",
                console(sessions, "pembina:unit-below-jp --limit 0 IT-EVAL").strip());
        assertEquals("IT-EVAL " + indicator + " 2026-03 BEFORE sudah punya nilai lain / IT-EVAL " + indicator
                + " 2026-03 BEFORE already has another value", console(sessions, "pembina:indicator-add -u IT-EVAL -p MANWAKTU -i "
                + indicator + " --phase BEFORE 2026-03 11").strip());
        assertEquals("value: Nilai tidak valid: sepuluh / Invalid value: sepuluh", console(sessions,
                "pembina:indicator-add -u IT-EVAL -p MANWAKTU -i " + indicator + " --phase BEFORE 2026-03 sepuluh").strip());

        // CSV import over HTTP (all or nothing, bad rows with their lines) and in the console
        assertEquals(200, send(json("sessions/" + id + "/enrollments", "{\"nip\":\"" + CICI + "\"}"), "admin", pw).statusCode());
        // Cici attended too: only participants who attended answer the reaction questionnaire
        HttpResponse<String> ciciPresent = send(HttpRequest.newBuilder(api("sessions/" + id + "/attendance"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "[{\"nip\":\"" + CICI + "\",\"meeting\":1,\"present\":true}]")), "admin", pw);
        assertEquals(ciciPresent.body(), 200, ciciPresent.statusCode());
        StringBuilder header = new StringBuilder("nip,version");
        StringBuilder good = new StringBuilder(CICI + "," + rv);
        detail.reaction().items().forEach(i -> { header.append(',').append(i.id()); good.append(",4"); });
        String badRow = LEADER + "," + rv + good.substring((CICI + "," + rv).length());
        HttpResponse<String> refused = send(HttpRequest.newBuilder(api("sessions/" + id + "/responses/reaction/import"))
                .header("Content-Type", "text/csv").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(header + "\n" + good + "\n" + badRow + "\n")), "admin", pw);
        assertEquals(refused.body(), 400, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("\"errors\":[{\"line\":3,\"field\":\"nip\""));
        HttpResponse<String> imported = send(HttpRequest.newBuilder(api("sessions/" + id + "/responses/reaction/import"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(header + "\n" + good + "\n")),
                "admin", pw);
        assertEquals(imported.body(), "{\"rows\":1,\"imported\":1}", imported.body());
        java.nio.file.Path pre = java.nio.file.Path.of(System.getProperty("karaf.data"), "tmp", "pretest.csv");
        java.nio.file.Files.createDirectories(pre.getParent());
        StringBuilder preCsv = new StringBuilder("nip,version");
        test.items().forEach(i -> preCsv.append(',').append(i.id()));
        preCsv.append('\n').append(CICI).append(',').append(test.version());
        test.items().forEach(i -> preCsv.append(",a"));
        java.nio.file.Files.writeString(pre, preCsv.append('\n').toString());
        String preImported = console(sessions, "pembina:responses-import pretest " + pre + " " + id);
        assertTrue(preImported, preImported.contains("1 dari 1 baris diimpor / 1 of 1 rows imported"));

        String console = console(sessions, "pembina:evaluate " + id);
        assertTrue(console, console.contains("ROI 50.00%, BCR 1.50"));

        // after the ROI above: one more benefit, an external training
        String benefit = console(sessions, "pembina:benefit-add " + id + " 500000.50 \"Lembur berkurang\"").strip();
        assertTrue(benefit, benefit.matches("Manfaat \\d+ sesi " + id + ": Rp 500000.50, Lembur berkurang / Benefit \\d+ of session "
                + id + ": Rp 500000.50, Lembur berkurang"));
        assertEquals("amount: Nilai tidak valid: 1.000.000 / Invalid value: 1.000.000",
                console(sessions, "pembina:benefit-add " + id + " 1.000.000 Lain").strip());
        List<String> benefits = console(sessions, "pembina:benefit-list " + id).lines().toList();
        assertEquals("2 manfaat, seluruhnya Rp 3500000.50 / 2 benefits, Rp 3500000.50 in all", benefits.get(benefits.size() - 1));
        assertEquals("Sesi 987654321 tidak ditemukan / No session 987654321",
                console(sessions, "pembina:benefit-list 987654321").strip());
        String external = console(sessions, "pembina:external-training-add -t technical -j 8 -d 2026-02-10 -c SERT-1 " + BUDI
                + " \"Bimtek SAKIP\"").strip();
        assertTrue(external, external.matches("Pelatihan luar \\d+ milik " + BUDI + ": Bimtek SAKIP, 8(\\.0+)? JP / External training \\d+ of "
                + BUDI + ": Bimtek SAKIP, 8(\\.0+)? JP"));
        assertEquals("date: Tanggal tidak valid (format YYYY-MM-DD): 10-02-2026 / Not a valid date (format YYYY-MM-DD): 10-02-2026",
                console(sessions, "pembina:external-training-add -t TECHNICAL -j 8 -d 10-02-2026 " + BUDI + " Lain").strip());
        List<String> externals = console(sessions, "pembina:external-training-list " + BUDI).lines().toList();
        assertTrue(externals.toString(), externals.stream().anyMatch(l -> l.contains("Bimtek SAKIP") && l.contains("SERT-1")));
        assertEquals("1 pelatihan luar / 1 external trainings", externals.get(externals.size() - 1));
    }

    @Test
    public void seedFiguresOverHttpAndConsole() throws Exception {
        String pw = awaitApi();
        await("MANWAKTU offered", () -> get("programs", pw).contains("\"code\":\"MANWAKTU\""));
        registry.createUnit(new OrganizationUnit("IT-IKM", "Seksi Pelayanan Uji", null));

        // IKM: every element (4 + 3) / 2 = 3.5 -> 3.5 x 25 = 87.50, grade B; shown again on the console
        String nine4 = "[4,4,4,4,4,4,4,4,4]";
        String nine3 = "[3,3,3,3,3,3,3,3,3]";
        HttpResponse<String> ikm = send(json("ikm/IT-IKM/2026-01", "[{\"respondentId\":\"R1\",\"ratings\":" + nine4
                + "},{\"respondentId\":\"R2\",\"ratings\":" + nine3 + "}]"), "admin", pw);
        assertEquals(ikm.body(), 200, ikm.statusCode());
        assertTrue(ikm.body(), ikm.body().contains("\"index\":87.50,\"grade\":\"B\""));
        assertEquals(400, send(json("ikm/IT-IKM/2026-13", "[{\"respondentId\":\"R9\",\"ratings\":" + nine4 + "}]"),
                "admin", pw).statusCode());
        assertEquals("IT-IKM 2026-01 n=2 IKM 87.50 B", console(sessions, "pembina:ikm IT-IKM 2026-01").strip());

        // an e-learning run of the programme: the delivery comparison names it
        HttpResponse<String> online = send(json("sessions", "{\"programCode\":\"MANWAKTU\",\"start\":\"2026-08-03T08:00:00\","
                + "\"end\":\"2026-08-03T11:00:00\",\"onlineLink\":\"https://elearning.example/manwaktu\",\"capacity\":10,"
                + "\"deliveryMode\":\"E_LEARNING\",\"roles\":[{\"nip\":\"" + LEADER + "\",\"role\":\"MENTOR\"}]}"), "admin", pw);
        assertEquals(online.body(), 201, online.statusCode());
        assertTrue(online.body(), online.body().contains("\"deliveryMode\":\"E_LEARNING\",\"roles\":[{\"nip\":\"" + LEADER
                + "\",\"role\":\"MENTOR\"}]"));
        String delivery = get("evaluations/programs/MANWAKTU/delivery?from=2026-08-01&to=2026-08-31", pw);
        assertTrue(delivery, delivery.contains("\"groups\":[{\"mode\":\"E_LEARNING\",\"sessions\":1,\"seats\":0"));
        String loaded = get("evaluations/programs/MANWAKTU?fullyLoaded=true&from=2026-08-01&to=2026-08-31", pw);
        assertTrue(loaded, loaded.contains("\"fullyLoaded\":true"));
        assertEquals(400, send(HttpRequest.newBuilder(api("evaluations/programs/MANWAKTU?fullyLoaded=maybe")), "admin", pw)
                .statusCode());

        // an action followed through: added over HTTP, done on the console, read back over HTTP
        HttpResponse<String> action = send(json("follow-through/programs/MANWAKTU/actions", "{\"text\":\"Undang kepala seksi "
                + "sebagai mentor\",\"owner\":\"Kasubbag Umum\",\"due\":\"2027-03-31\",\"recommendation\":\"LEADERS_ABSENT\"}"),
                "admin", pw);
        assertEquals(action.body(), 200, action.statusCode());
        assertTrue(action.body(), action.body().contains("\"status\":\"OPEN\""));
        String actionId = action.body().replaceAll("^\\{\"id\":(\\d+),.*$", "$1");
        String done = console(sessions, "pembina:action --id " + actionId + " -s DONE MANWAKTU").strip();
        assertTrue(done, done.startsWith("#" + actionId + " [DONE] Kasubbag Umum, 2027-03-31 (LEADERS_ABSENT)"));
        assertTrue(get("follow-through/programs/MANWAKTU/actions", pw).contains("\"status\":\"DONE\""));
        assertEquals(200, send(HttpRequest.newBuilder(api("follow-through/programs/MANWAKTU/recommendations")), "admin", pw)
                .statusCode());
    }

    private static Participant person(String nip, String name, PositionType type, String supervisor) {
        return new Participant(nip, name, null, null, "IT-EVAL", type == PositionType.PENGAWAS ? "Kepala Seksi" : "Pengadministrasi Umum",
                type, Rank.III_A, Education.S1, supervisor, null);
    }

    private static String reaction(String nip, String version, ProgramDetail d, Function<String, Integer> value) {
        StringJoiner values = new StringJoiner(",", "{", "}");
        d.reaction().items().forEach(i -> values.add("\"" + i.id() + "\":" + value.apply(i.id())));
        return "{\"nip\":\"" + nip + "\",\"version\":\"" + version + "\",\"values\":" + values + "}";
    }

    private static String test(String nip, KnowledgeTest t, boolean right) {
        StringJoiner choices = new StringJoiner(",", "{", "}");
        t.items().forEach(i -> choices.add("\"" + i.id() + "\":" + (right ? i.answerIndex() : (i.answerIndex() + 1) % i.options().size())));
        return "{\"nip\":\"" + nip + "\",\"version\":\"" + t.version() + "\",\"choices\":" + choices + "}";
    }

    private static String followUp(String session, String nip, String supervisor, String phase, ProgramDetail d, int rating) {
        StringJoiner ratings = new StringJoiner(",", "{", "}");
        d.behaviour().indicators().forEach(i -> ratings.add("\"" + i.id() + "\":" + rating));
        return "{\"sessionId\":" + session + ",\"nip\":\"" + nip + "\",\"supervisorNip\":\"" + supervisor + "\",\"phase\":\""
                + phase + "\",\"version\":\"" + d.behaviour().version() + "\",\"ratings\":" + ratings + "}";
    }
}
