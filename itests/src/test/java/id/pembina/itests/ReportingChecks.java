package id.pembina.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import id.pembina.catalog.api.AttendanceMark;
import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.CostCategory;
import id.pembina.catalog.api.CostLine;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.catalog.api.ProgramDetail;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.ReactionSubmission;
import id.pembina.itests.fixture.FixtureFormat;
import id.pembina.participant.api.Education;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;

/** Reports over real HTTP: the list, a format deployed and removed at run time, a PDF and an XLSX read back. */
@RunWith(PaxExam.class)
// Run by SharedDistributionIT, in one container with the other *Checks classes.
@ExamReactorStrategy(PerSuite.class)
public class ReportingChecks extends PembinaTestSupport {

    private static final String UNIT = "IT-REP";
    private static final String LEADER = "197103032000031004";
    private static final String DEDI = "199104042016031005";
    private static final String EVI = "199205052017032006";
    private static final String FAJAR = "199306062018031007";
    private static final String PROGRAM = "KOM-PELAYANAN";

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private CatalogService catalog;

    @Inject
    private EvaluationDataService evaluation;

    @Inject
    private BundleContext context;

    @Inject
    private SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Test
    public void reportsListedMadeAndReadBack() throws Exception {
        String pw = awaitApi();
        await("the four reports and formats listed", () -> {
            String list = get("reports", pw);
            return List.of("program-evaluation", "unit", "transcript", "budget", "pdf", "xlsx", "csv", "html").stream()
                    .allMatch(id -> list.contains("\"id\":\"" + id + "\""));
        });
        String wording = data();

        // PDF of the programme evaluation: Indonesian by default, the item below 3,5 as the participants saw it
        HttpResponse<byte[]> pdf = file("reports/program-evaluation?program=" + PROGRAM
                + "&from=2026-09-01&to=2026-09-30&format=pdf", pw);
        assertEquals(new String(pdf.body(), StandardCharsets.UTF_8), 200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("")
                .startsWith("attachment; filename=\"evaluasi-KOM-PELAYANAN-2026.pdf\""));
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text, text.contains("Evaluasi program KOM-PELAYANAN"));
            assertTrue(text, text.contains("1 September 2026 – 30 September 2026"));
            // 8 hours scheduled = 480 / 45 = 10 JP; Dedi and Evi hold seats and are credited
            assertTrue(text, text.contains("14 September 2026 Aula Seksi Uji 10 2 2 Rp 1.500.000"));
            assertTrue(text, text.contains(wording + " 2 2,5")); // (2 + 3) / 2
            assertTrue(text, text.contains("Perbaiki \"" + wording + "\": rata-rata 2,5, di bawah 3,5"));
        }

        // XLSX of the unit in English: numbers stay numbers
        HttpResponse<byte[]> xlsx = file("reports/unit?unit=" + UNIT + "&year=2026&format=xlsx&lang=en", pw);
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("filename=\"unit-IT-REP-2026.xlsx\""));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals("Competency development of Seksi Uji Laporan, 2026", rows.get(0).getCellText(0));
            Row members = row(rows, "ASN");
            assertEquals(CellType.NUMBER, members.getCell(1).getType());
            assertEquals(new BigDecimal("4"), members.getCellAsNumber(1).orElseThrow()); // leader, Dedi, Evi, Fajar
            Row dedi = row(rows, DEDI); // in the list below 20 JP: 16 credited, 4 short
            assertEquals(new BigDecimal("16"), dedi.getCellAsNumber(3).orElseThrow());
            assertEquals(new BigDecimal("4"), dedi.getCellAsNumber(4).orElseThrow());
        }

        // a refusal is a problem, in the language asked for
        HttpResponse<String> refused = send(HttpRequest.newBuilder(api("reports/unit?unit=" + UNIT + "&year=20x6&lang=en")),
                "admin", pw);
        assertEquals(400, refused.statusCode());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        assertTrue(refused.body(), refused.body().contains("\"field\":\"year\",\"code\":\"report.yearInvalid\""));

        // the console writes the same report to a file
        Path csv = Path.of(System.getProperty("karaf.data"), "tmp", "unit-report.csv");
        Files.createDirectories(csv.getParent());
        String written = console(sessions, "pembina:report -f csv -o " + csv + " -p unit=" + UNIT + " -p year=2026 unit");
        assertTrue(written, written.contains("unit-IT-REP-2026.csv"));
        assertTrue(Files.readString(csv, StandardCharsets.UTF_8).startsWith("\uFEFF\"Pengembangan kompetensi Seksi Uji Laporan, 2026\"\r\n")); // the comma quotes it

        runtimeFormat(pw);
    }

    /** A second format bundle installed at run time is listed and used; uninstalled, it is gone. */
    private void runtimeFormat(String pw) throws Exception {
        Path jar = Path.of(System.getProperty("pembina.it.fixtures"), "pembina-report-format-fixture.jar");
        Bundle b = context.installBundle(jar.toUri().toString());
        b.start();
        try {
            await("the fixture format listed", () -> get("reports", pw).contains("\"id\":\"" + FixtureFormat.ID + "\""));
            HttpResponse<byte[]> txt = file("reports/unit?unit=" + UNIT + "&year=2026&lang=en&format=" + FixtureFormat.ID, pw);
            assertEquals(200, txt.statusCode());
            assertTrue(new String(txt.body(), StandardCharsets.UTF_8)
                    .startsWith("Competency development of Seksi Uji Laporan, 2026\n# 20 JP compliance\n"));
        } finally {
            b.uninstall();
        }
        await("the fixture format gone", () -> !get("reports", pw).contains("\"id\":\"" + FixtureFormat.ID + "\""));
        assertEquals(404, file("reports/unit?unit=" + UNIT + "&year=2026&format=" + FixtureFormat.ID, pw).statusCode());
    }

    /**
     * A unit with a leader and three staff; a KOM-PELAYANAN session on 14 September 2026 costing Rp 1.500.000 that
     * Dedi and Evi attend (16 JP each) and Fajar misses; Dedi rates the first reaction item 2, Evi 3.
     *
     * @return the first item's wording in the questionnaire version they answered
     */
    private String data() {
        ProgramDetail detail = catalog.program(PROGRAM).orElseThrow();
        registry.createUnit(new OrganizationUnit(UNIT, "Seksi Uji Laporan", null));
        registry.create(person(LEADER, "Kepala Seksi Laporan", PositionType.PENGAWAS, null));
        registry.create(person(DEDI, "Dedi Ginting", PositionType.PELAKSANA, LEADER));
        registry.create(person(EVI, "Evi Sembiring", PositionType.PELAKSANA, LEADER));
        registry.create(person(FAJAR, "Fajar Tarigan", PositionType.PELAKSANA, LEADER));
        long session = catalog.createSession(TrainingSession.of(PROGRAM, LocalDateTime.of(2026, 9, 14, 8, 0),
                LocalDateTime.of(2026, 9, 14, 16, 0), "Aula Seksi Uji", null, 10, List.of(),
                List.of(new CostLine(CostCategory.HONORARIA, "Narasumber", new BigDecimal("1500000"))), List.of())).id();
        for (String nip : List.of(DEDI, EVI, FAJAR)) {
            catalog.enroll(session, nip, EnrollmentStatus.REGISTERED, null, null);
        }
        catalog.recordAttendance(session, List.of(new AttendanceMark(DEDI, 1, true, null, null),
                new AttendanceMark(EVI, 1, true, null, null), new AttendanceMark(FAJAR, 1, false, null, null)));
        ReactionQuestionnaire q = detail.reaction();
        String first = q.items().get(0).id();
        for (String nip : List.of(DEDI, EVI)) {
            Map<String, Integer> values = new LinkedHashMap<>();
            q.items().forEach(i -> values.put(i.id(), i.id().equals(first) ? (nip.equals(DEDI) ? 2 : 3) : 5));
            evaluation.submitReaction(session, new ReactionSubmission(nip, q.version(), values, null));
        }
        return q.items().get(0).text();
    }

    private static Row row(List<Row> rows, String first) {
        return rows.stream().filter(r -> r.getCellCount() > 0 && first.equals(r.getCellText(0))).findFirst()
                .orElseThrow(() -> new AssertionError("no row starting with " + first));
    }

    private static HttpResponse<byte[]> file(String path, String password) throws Exception {
        String token = Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(api(path)).header("Authorization", "Basic " + token)
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Participant person(String nip, String name, PositionType type, String supervisor) {
        return new Participant(nip, name, null, null, UNIT, type == PositionType.PENGAWAS ? "Kepala Seksi" : "Pengadministrasi Umum",
                type, Rank.III_A, Education.S1, supervisor, null);
    }
}
