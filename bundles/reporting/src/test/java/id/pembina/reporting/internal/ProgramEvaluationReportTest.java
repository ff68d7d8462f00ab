package id.pembina.reporting.internal;

import org.junit.Rule;
import id.pembina.persistence.testing.AsCaller;
import static id.pembina.reporting.internal.Docs.fact;
import static id.pembina.reporting.internal.Docs.paragraphs;
import static id.pembina.reporting.internal.Docs.rows;
import static id.pembina.reporting.internal.Docs.section;
import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import id.pembina.catalog.api.AttendanceMark;
import id.pembina.catalog.api.CostCategory;
import id.pembina.catalog.api.CostLine;
import id.pembina.catalog.api.DeliveryMode;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.evaluation.data.api.ActionInput;
import id.pembina.evaluation.data.api.ActionStatus;
import id.pembina.evaluation.data.api.FollowUpPhase;
import id.pembina.evaluation.data.api.FollowUpSubmission;
import id.pembina.evaluation.data.internal.FollowThroughImpl;
import id.pembina.participant.api.Nip;
import id.pembina.platform.api.Languages;
import id.pembina.reporting.api.Cell;
import id.pembina.reporting.api.RenderedReport;
import id.pembina.reporting.api.ReportDocument;

/** The programme report over the real services, every figure computed by hand in the comments. */
public class ProgramEvaluationReportTest {

    /** The services refuse work without a caller: these tests work as training staff. */
    @Rule
    public final AsCaller caller = AsCaller.operator();

    private static final Locale ID = Languages.INDONESIAN;

    private ReportWorld world;
    private ReportsService reports;
    private FollowThroughImpl followThrough;

    @Before
    public void setUp() throws Exception {
        world = new ReportWorld();
        world.answer();
        reports = new ReportsService(Clock.fixed(ReportWorld.NOW, Nip.WIB));
        followThrough = new FollowThroughImpl(world.db.dataSource(), world.evaluation, world.catalog, world.registry);
        reports.addType(new ProgramEvaluationReport(world.catalog, world.evaluation, world.engine, world.registry,
                followThrough));
        reports.addFormat(new Docs.TitleFormat("txt"));
    }

    @After
    public void tearDown() throws Exception {
        world.close();
    }

    private ReportDocument make(Locale l) {
        RenderedReport r = reports.make("program-evaluation", "txt",
                Map.of("program", ReportWorld.PROGRAM, "from", "2026-01-01", "to", "2026-12-31"), l);
        assertEquals(l == ID ? "evaluasi-KOM-PELAYANAN-2026.txt" : "evaluation-KOM-PELAYANAN-2026.txt", r.fileName());
        return r.document();
    }

    @Test
    public void basisAndSummary() {
        ReportDocument doc = make(ID);
        assertEquals("Evaluasi program KOM-PELAYANAN: Komunikasi Efektif dalam Pelayanan", doc.title());
        assertEquals(Cell.text("1 Januari 2026 – 31 Desember 2026"), Docs.basis(doc, "Periode"));
        assertEquals(Cell.timestamp(ReportWorld.NOW), Docs.basis(doc, "Dibuat pada"));
        assertEquals(Cell.text(world.evaluation.ruleSets().forYear(2026).name()), Docs.basis(doc, "Aturan IP ASN"));
        var summary = section(doc, "Ringkasan");
        assertEquals("1", fact(summary, "Sesi", ID));
        assertEquals("2", fact(summary, "Peserta (kursi terisi)", ID)); // Budi, Siti attended; Dewi no-show, Ani cancelled
        assertEquals("2", fact(summary, "Peserta yang memperoleh JP", ID)); // Budi and Siti present
        assertEquals("66,7 %", fact(summary, "Rata-rata kehadiran", ID)); // (1 + 1 + 0) / 3, Dewi expected but absent
        assertEquals("Rp 4.000.000", fact(summary, "Biaya total", ID)); // 3.000.000 + 1.000.000
        var people = section(doc, "Peserta dan kehadiran");
        assertEquals(List.of(List.of("Diundang", "0"), List.of("Terdaftar", "0"), List.of("Daftar tunggu", "0"),
                List.of("Hadir", "2"), List.of("Tidak hadir", "1"), List.of("Batal", "1")), rows(people, 0, ID));
        // Absences: Ani cancelled for WORKLOAD (enrollment); Dewi missed meeting 1 for SICKNESS (attendance).
        assertEquals(List.of(List.of("Beban kerja / tugas pokok unit", "1"), List.of("Cuti", "0"), List.of("Sakit", "1"),
                List.of("Lainnya", "0")), rows(people, 1, ID));
    }

    @Test
    public void levelsWithTheWordingAnswered() {
        ReportDocument doc = make(ID);
        var l1 = section(doc, "Level 1: reaksi");
        assertEquals("2", fact(l1, "Tanggapan", ID));
        assertEquals("3,5", fact(l1, "Rata-rata semua jawaban (1-5)", ID)); // (5 + 2 + 4 + 3) / 4
        assertEquals("50 %", fact(l1, "Jawaban positif (4-5)", ID)); // 5 and 4 of four answers
        assertEquals(List.of("Materi relevan dengan tugas saya", "2", "4,5", "0,71", "100 %"), rows(l1, 0, ID).get(0));
        // r2: (2 + 3) / 2 = 2,5 < 3,5, quoted as version 1.0 put it
        assertEquals(List.of(List.of("1.0", "Fasilitator menguasai materi", "2", "2,5")), rows(l1, 1, ID));
        assertEquals(List.of(List.of("10 Maret 2026", "Ruangan panas")), rows(l1, 2, ID));

        var l2 = section(doc, "Level 2: pembelajaran");
        assertEquals("16,7 %", fact(l2, "Rata-rata nilai pre-test", ID)); // Budi 0/3, Siti 1/3: mean 16,67 %
        assertEquals("33,3 %", fact(l2, "Rata-rata nilai post-test", ID)); // both 1/3
        assertEquals("0,2", fact(l2, "Gain ternormalisasi <g>", ID)); // (33,33 - 16,67) / (100 - 16,67) = 0,2
        assertEquals("rendah", fact(l2, "Kategori gain (Hake)", ID));
        // pre-test: q1 right by Siti only (p 0,5; upper group Siti, lower Budi: D = 1 - 0 = 1); q2 by nobody
        assertEquals(List.of(List.of("q1", "Apa kepanjangan IKM?", "2", "1", "0,5", "1"),
                List.of("q2", "Skala unsur IKM adalah", "2", "0", "0", "0")), rows(l2, 0, ID));
        assertEquals(List.of("q1", "Apa kepanjangan IKM?", "2", "2", "1", "0"), rows(l2, 1, ID).get(0));

        var l3 = section(doc, "Level 3: perilaku");
        assertEquals("100 %", fact(l3, "Tingkat tanggapan atasan", ID)); // 2 rated of 2 seats
        assertEquals("50 %", fact(l3, "Penilaian yang menunjukkan penerapan (3-4)", ID)); // 4 and 3 of 2, 4, 2, 3
        assertEquals("0 %", fact(l3, "Atasan yang ikut serta sendiri", ID)); // Rudi held no seat
        assertEquals(List.of(List.of("Menyapa warga yang datang", "", "2", "", "0 %"),
                List.of("Menyelesaikan layanan tepat waktu", "", "3,5", "", "100 %")), rows(l3, 0, ID));

        var l5 = section(doc, "Level 5: return on investment");
        assertEquals("Rp 5.000.000", fact(l5, "Manfaat yang dinilai dengan uang", ID));
        assertEquals("Rp 1.000.000", fact(l5, "Manfaat bersih", ID));
        assertEquals("25 %", fact(l5, "ROI", ID)); // (5 - 4) / 4
        assertEquals("1,25", fact(l5, "Rasio manfaat-biaya", ID));
        assertEquals("Rp 2.000.000", fact(l5, "Biaya per peserta", ID)); // 4.000.000 / 2 seats
        assertEquals("Rp 166.667", fact(l5, "Biaya per JP peserta", ID)); // 4.000.000 / 24 JP = 166.666,67
        ReportDocument.Chart costs = Docs.blocks(l5, ReportDocument.Chart.class).get(0);
        assertEquals(List.of("Biaya total", "Manfaat yang dinilai dengan uang"), costs.categories());
        assertEquals(List.of(4_000_000.0, 5_000_000.0), costs.series().get(0).values());
        assertEquals(List.of("r1", "r2"), Docs.blocks(l1, ReportDocument.Chart.class).get(0).categories());
        assertEquals(List.of(4.5, 2.5), Docs.blocks(l1, ReportDocument.Chart.class).get(0).series().get(0).values());
    }

    @Test
    public void recommendationsFromTheFigures() {
        assertEquals(List.of("Perbaiki \"Fasilitator menguasai materi\": rata-rata 2,5, di bawah 3,5 (kuesioner versi 1.0).",
                "Gain kelas 0,2 rendah (di bawah 0,3): tinjau materi dan metode pembelajaran.",
                "Sedikit peserta menerapkan \"Menyapa warga yang datang\" (0 % penilaian bernilai 3-4): rencanakan "
                        + "pendampingan di tempat kerja.",
                "Hanya 0 % atasan langsung peserta yang ikut serta: libatkan pimpinan.",
                // Ani cancelled for workload: 1 of 4 enrolments (Budi, Siti attended, Dewi no-show, Ani) >= 0,1
                "25 % pendaftaran tidak hadir pertemuan atau batal karena beban kerja: jadwalkan bersama unit, atau "
                        + "tawarkan blended atau e-learning."),
                paragraphs(section(make(ID), "Rekomendasi")));
        assertEquals("Improve \"Fasilitator menguasai materi\": mean 2.5, below 3.5 (questionnaire version 1.0).",
                paragraphs(section(make(Locale.ENGLISH), "Recommendations")).get(0));
    }

    @Test
    public void selfAssessmentTimeAwayDeliveryAndActions() {
        world.evaluation.submitSelfAssessment(new FollowUpSubmission(world.session, ReportWorld.BUDI, null,
                FollowUpPhase.AFTER, null, null, ReportWorld.map("b1", 4, "b2", 4)));
        world.evaluation.submitSelfAssessment(new FollowUpSubmission(world.session, ReportWorld.SITI, null,
                FollowUpPhase.AFTER, null, null, ReportWorld.map("b1", 3, "b2", 2)));
        // an e-learning run in May: Dewi, present, 08:00-11:00 = 4 JP, Rp 400.000
        long online = world.catalog.createSession(TrainingSession.of(ReportWorld.PROGRAM,
                LocalDateTime.of(2026, 5, 5, 8, 0), LocalDateTime.of(2026, 5, 5, 11, 0), null, "https://elearning.example",
                30, List.of(), List.of(new CostLine(CostCategory.OTHER, "LMS", new BigDecimal("400000"))), List.of())
                .with(DeliveryMode.E_LEARNING, List.of())).id();
        world.catalog.enroll(online, ReportWorld.DEWI, EnrollmentStatus.REGISTERED, null, null);
        world.catalog.recordAttendance(online, List.of(new AttendanceMark(ReportWorld.DEWI, 1, true, null, null)));
        followThrough.addAction(ReportWorld.PROGRAM, new ActionInput("LOW_GAIN", "Ganti studi kasus", ActionStatus.DONE,
                "Kasubbag Umum", LocalDate.of(2027, 3, 31)));
        ReportDocument doc = make(ID);

        var self = section(doc, "Level 3: penilaian diri di samping penilaian atasan");
        assertEquals("75 %", fact(self, "Penilaian diri menerapkan (3-4)", ID)); // 4, 4, 3 of 4, 4, 3, 2
        assertEquals("50 %", fact(self, "Penilaian yang menunjukkan penerapan (3-4)", ID)); // the supervisors, as at L3
        // b1: supervisors 2, 2 -> 2; themselves 4, 3 -> 3,5; b2: 4, 3 -> 3,5; 4, 2 -> 3
        assertEquals(List.of(List.of("Menyapa warga yang datang", "2", "3,5", "0 %", "100 %"),
                List.of("Menyelesaikan layanan tepat waktu", "3,5", "3", "100 %", "50 %")), rows(self, 0, ID));

        var time = section(doc, "Biaya penuh: waktu peserta meninggalkan tugas");
        // seats: Budi, Siti 9 hours each (08:00-17:00) + Dewi 3 hours online = 21 hours, all III/a at Rp 45.000
        assertEquals("21", fact(time, "Jam meninggalkan tugas", ID));
        assertEquals("Rp 945.000", fact(time, "Biaya waktu tersebut", ID)); // 21 x 45.000
        // costs 4.000.000 + 400.000 + 945.000 = 5.345.000; ROI (5.000.000 - 5.345.000) / 5.345.000 = -6,45 %
        assertEquals("Rp 5.345.000", fact(time, "Biaya total, penuh", ID));
        assertEquals(List.of(List.of("III", "3", "21", "Rp 45.000", "Rp 945.000")), rows(time, 0, ID));

        var delivery = section(doc, "Perbandingan cara penyampaian");
        // classroom: 2 seats, pairs 2, <g> 0,2, 2 rated, attendance 2 of 3 (Dewi no-show), 4.000.000 / (2 x 12 JP)
        // e-learning: Dewi, 1 of 1 meetings, 400.000 / (1 x 4 JP) = 100.000
        assertEquals(List.of(List.of("Klasikal", "1", "2", "2", "0,2", "2", "", "66,7 %", "Rp 166.667"),
                List.of("E-learning", "1", "1", "0", "", "0", "", "100 %", "Rp 100.000")), rows(delivery, 0, ID));

        var actions = section(doc, "Tindak lanjut");
        assertEquals(List.of(List.of("Ganti studi kasus", "Kasubbag Umum", "31 Maret 2027", "Selesai")),
                rows(actions, 0, ID));
    }
}
