package id.pembina.reporting.formats.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.pembina.catalog.api.AttendanceMark;
import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.CostCategory;
import id.pembina.catalog.api.CostLine;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.catalog.spi.BehaviourChecklist;
import id.pembina.catalog.spi.CompetencyType;
import id.pembina.catalog.spi.DeliveryMethod;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.ProgramDefinition;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.catalog.spi.ResultsIndicator;
import id.pembina.catalog.spi.TrainingModule;
import id.pembina.catalog.testkit.CatalogTestKit;
import id.pembina.evaluation.api.EvaluationEngine;
import id.pembina.evaluation.api.Evaluations;
import id.pembina.evaluation.data.api.ReactionSubmission;
import id.pembina.evaluation.data.api.TestPhase;
import id.pembina.evaluation.data.api.TestSubmission;
import id.pembina.evaluation.data.internal.EvaluationDataServiceImpl;
import id.pembina.participant.api.Education;
import id.pembina.participant.api.Nip;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;
import id.pembina.participant.internal.RegistryService;
import id.pembina.persistence.internal.LiquibaseSchemaMigrator;
import id.pembina.persistence.testing.TestDatabase;
import id.pembina.platform.api.Languages;
import id.pembina.reporting.api.RenderedReport;
import id.pembina.reporting.formats.internal.CsvFormat;
import id.pembina.reporting.formats.internal.HtmlFormat;
import id.pembina.reporting.formats.internal.PdfFormat;
import id.pembina.reporting.formats.internal.XlsxFormat;
import id.pembina.reporting.internal.ProgramEvaluationReport;
import id.pembina.reporting.internal.ReportsService;
import id.pembina.reporting.internal.UnitReport;

/**
 * Time and memory to make reports on embedded H2 through the real services (run by scripts/bench-reports.sh, not
 * by the build): program-evaluation of a programme with 1,000 participants in 40 sessions, and unit for a unit of
 * 10,000 ASN, in each format. Prints, per report and format, the best of the timed runs (after one warm-up), the
 * bytes allocated by the making thread in that run, and the file size.
 */
public final class ReportBench {

    static final int ASN = 10_000;
    static final int SESSIONS = 40;
    static final int PER_SESSION = 25;
    static final String UNIT = "BENCH-KOTA";
    static final String PROGRAM = "BENCH-PELAYANAN";

    record Module(String id, String name, String version, List<ProgramDefinition> programs) implements TrainingModule {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        long t0 = System.nanoTime();
        // The services refuse work without a caller; the benchmark is Pembina's own work.
        try (TestDatabase db = TestDatabase.open("H2");
                var caller = id.pembina.security.api.CallerContext.enter(id.pembina.security.api.Caller.system("bench"))) {
            Clock clock = Clock.system(Nip.WIB);
            LiquibaseSchemaMigrator migrator = new LiquibaseSchemaMigrator();
            RegistryService registry = new RegistryService(db.dataSource(), migrator, clock);
            List<String> nips = people(registry);
            CatalogTestKit kit = new CatalogTestKit(db.dataSource(), migrator, registry, clock);
            kit.add(new Module("bench", "Bench", "1.0.0", List.of(program())), 1);
            CatalogService catalog = kit.service();
            EvaluationEngine engine = Evaluations.engine();
            EvaluationDataServiceImpl evaluation = new EvaluationDataServiceImpl(db.dataSource(), migrator, registry,
                    catalog, engine, clock);
            sessions(catalog, evaluation, nips);
            System.out.printf("data: %,d ASN, %d sessions x %d participants, made in %.1f s%n", ASN, SESSIONS,
                    PER_SESSION, (System.nanoTime() - t0) / 1e9);

            ReportsService reports = new ReportsService(clock);
            reports.addType(new ProgramEvaluationReport(catalog, evaluation, engine, registry,
                    new id.pembina.evaluation.data.internal.FollowThroughImpl(db.dataSource(), evaluation, catalog,
                            registry)));
            reports.addType(new UnitReport(catalog, evaluation, registry));
            reports.addFormat(new PdfFormat());
            reports.addFormat(new XlsxFormat());
            reports.addFormat(new CsvFormat());
            reports.addFormat(new HtmlFormat());
            System.out.printf("%-20s %-5s %10s %14s %12s%n", "report", "fmt", "best ms", "allocated MB", "file KB");
            for (String format : List.of("pdf", "xlsx", "csv", "html")) {
                measure(reports, "program-evaluation", format, Map.of("program", PROGRAM, "from", "2026-01-01",
                        "to", "2026-12-31"), runs);
            }
            for (String format : List.of("pdf", "xlsx", "csv", "html")) {
                measure(reports, "unit", format, Map.of("unit", UNIT, "year", "2026"), runs);
            }
            Runtime rt = Runtime.getRuntime();
            System.out.printf("heap: max %,d MB, in use at the end %,d MB%n", rt.maxMemory() >> 20,
                    (rt.totalMemory() - rt.freeMemory()) >> 20);
        }
    }

    private static void measure(ReportsService reports, String type, String format, Map<String, String> params,
            int runs) throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long allocated = 0;
        int size = 0;
        for (int i = 0; i <= runs; i++) {
            long a0 = threads.getCurrentThreadAllocatedBytes();
            long t0 = System.nanoTime();
            RenderedReport r = reports.make(type, format, params, Languages.INDONESIAN);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            r.writeTo(out);
            long t = System.nanoTime() - t0;
            if (i > 0 && t < best) { // run 0 warms up
                best = t;
                allocated = threads.getCurrentThreadAllocatedBytes() - a0;
                size = out.size();
            }
        }
        System.out.printf("%-20s %-5s %,10d %,14d %,12d%n", type, format, best / 1_000_000, allocated >> 20, size >> 10);
    }

    /** 10,000 ASN in ten kelurahan under one city unit; each kelurahan's first ASN leads and supervises it. */
    private static List<String> people(RegistryService registry) {
        List<OrganizationUnit> units = new ArrayList<>(List.of(new OrganizationUnit(UNIT, "Kota Bench", null)));
        for (int u = 0; u < 10; u++) {
            units.add(new OrganizationUnit(UNIT + "-" + u, "Kelurahan Bench " + u, UNIT));
        }
        List<Participant> people = new ArrayList<>();
        List<String> nips = new ArrayList<>();
        DateTimeFormatter ymd = DateTimeFormatter.BASIC_ISO_DATE;
        for (int i = 0; i < ASN; i++) {
            String nip = LocalDate.of(1975, 1, 1).plusDays(i / 900).format(ymd) + "201501" + (1 + i % 2)
                    + String.format(Locale.ROOT, "%03d", i % 900 / 2 + 1);
            int unit = i % 10;
            String leader = nips.size() > unit ? nips.get(unit) : null;
            boolean isLeader = i < 10;
            people.add(new Participant(nip, "ASN " + i, null, null, UNIT + "-" + unit, isLeader ? "Lurah" : "Staf",
                    isLeader ? PositionType.PENGAWAS : PositionType.PELAKSANA, Rank.III_A, Education.S1,
                    isLeader ? null : leader, null));
            nips.add(nip);
        }
        var result = registry.loadIntoEmpty(units, people);
        if (result.imported() != units.size() + people.size()) {
            throw new IllegalStateException("bench data refused: " + result.errors().subList(0, Math.min(3, result.errors().size())));
        }
        return nips;
    }

    /** 40 sessions of 25 different staff each (1,000 participants): present, a reaction, a pre- and a post-test. */
    private static void sessions(CatalogService catalog, EvaluationDataServiceImpl evaluation, List<String> nips) {
        for (int s = 0; s < SESSIONS; s++) {
            LocalDateTime start = LocalDateTime.of(2026, 2, 2, 8, 0).plusDays(7L * s);
            long id = catalog.createSession(TrainingSession.of(PROGRAM, start, start.plusHours(8), "Aula " + s, null,
                    PER_SESSION, List.of("Narasumber " + s), List.of(
                            new CostLine(CostCategory.HONORARIA, "Honor", new BigDecimal("2500000")),
                            new CostLine(CostCategory.CONSUMPTION, "Konsumsi", new BigDecimal("1250000"))), List.of())).id();
            List<AttendanceMark> marks = new ArrayList<>();
            for (int p = 0; p < PER_SESSION; p++) {
                String nip = nips.get(10 + s * PER_SESSION + p);
                catalog.enroll(id, nip, EnrollmentStatus.REGISTERED, null, null);
                marks.add(new AttendanceMark(nip, 1, true, null, null));
            }
            catalog.recordAttendance(id, marks);
            for (int p = 0; p < PER_SESSION; p++) {
                String nip = nips.get(10 + s * PER_SESSION + p);
                evaluation.submitReaction(id, new ReactionSubmission(nip, "1.0",
                        values("r1", 1 + p % 5, "r2", 3 + p % 3, "r3", 2 + p % 4), p % 5 == 0 ? "Komentar " + p : null));
                evaluation.submitTest(id, TestPhase.PRE, new TestSubmission(nip, "1.0", values("q1", p % 2, "q2", 1)));
                evaluation.submitTest(id, TestPhase.POST, new TestSubmission(nip, "1.0", values("q1", 0, "q2", p % 2)));
            }
        }
    }

    private static Map<String, Integer> values(Object... kv) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Integer) kv[i + 1]);
        }
        return m;
    }

    private static ProgramDefinition program() {
        return new ProgramDefinition(PROGRAM, "Pelayanan Prima (bench)", "Uraian", CompetencyType.TEKNIS,
                DeliveryMethod.PELATIHAN, 16, List.of("Melayani warga"),
                new ReactionQuestionnaire("1.0", false, List.of(new ReactionQuestionnaire.LikertItem("r1", "Materi relevan"),
                        new ReactionQuestionnaire.LikertItem("r2", "Fasilitator menguasai materi"),
                        new ReactionQuestionnaire.LikertItem("r3", "Waktu cukup"))),
                new KnowledgeTest("1.0", List.of(
                        new KnowledgeTest.TestItem("q1", "Apa kepanjangan IKM?", List.of("Indeks Kepuasan Masyarakat", "Lain"), 0, 1),
                        new KnowledgeTest.TestItem("q2", "Skala unsur IKM", List.of("1-4", "1-5"), 0, 2))),
                new BehaviourChecklist("1.0", List.of(new BehaviourChecklist.BehaviourIndicator("b1", "Menyapa warga"))),
                List.of(new ResultsIndicator("complaints", "Pengaduan per bulan", "pengaduan/bulan",
                        ResultsIndicator.Direction.LOWER_IS_BETTER)));
    }

    private ReportBench() {
    }
}
