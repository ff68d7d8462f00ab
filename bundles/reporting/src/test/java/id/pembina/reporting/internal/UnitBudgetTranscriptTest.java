package id.pembina.reporting.internal;

import org.junit.Rule;
import id.pembina.persistence.testing.AsCaller;
import static id.pembina.reporting.internal.Docs.fact;
import static id.pembina.reporting.internal.Docs.paragraphs;
import static id.pembina.reporting.internal.Docs.rows;
import static id.pembina.reporting.internal.Docs.section;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.participant.api.Nip;
import id.pembina.platform.api.Languages;
import id.pembina.platform.api.NotFoundException;
import id.pembina.reporting.api.Cell;
import id.pembina.reporting.api.ReportDocument;

/**
 * The unit, budget and transcript reports over the real services on {@link ReportWorld}: Budi and Siti were
 * credited 12 JP each on 10 March 2026, nobody else has JP in 2026, and nobody has a year's facts yet.
 */
public class UnitBudgetTranscriptTest {

    /** The services refuse work without a caller: these tests work as training staff. */
    @Rule
    public final AsCaller caller = AsCaller.operator();

    private static final Locale ID = Languages.INDONESIAN;

    private ReportWorld world;
    private ReportsService reports;

    @Before
    public void setUp() throws Exception {
        world = new ReportWorld();
        reports = new ReportsService(Clock.fixed(ReportWorld.NOW, Nip.WIB));
        reports.addType(new UnitReport(world.catalog, world.evaluation, world.registry));
        reports.addType(new BudgetReport(world.catalog, world.evaluation, world.registry));
        reports.addType(new TranscriptReport(world.evaluation, world.messages));
        reports.addFormat(new Docs.TitleFormat("txt"));
    }

    @After
    public void tearDown() throws Exception {
        world.close();
    }

    private ReportDocument make(String type, Map<String, String> params) {
        return reports.make(type, "txt", params, ID).document();
    }

    @Test
    public void unitYear() {
        ReportDocument doc = make("unit", Map.of("unit", ReportWorld.KEC, "year", "2026"));
        assertEquals("unit-KEC-MEDAN-MARELAN-2026", doc.fileStem());
        assertEquals("Pengembangan kompetensi Kantor Kecamatan Medan Marelan, 2026", doc.title());
        assertEquals(Cell.text("KEC-MEDAN-MARELAN, KEL-LABUHAN-DELI"), Docs.basis(doc, "Unit yang dicakup"));
        var jp = section(doc, "Pemenuhan 20 JP");
        assertEquals("5", fact(jp, "ASN", ID)); // Rudi, Budi, Siti, Dewi, Ani
        assertEquals("20", fact(jp, "JP minimal", ID));
        assertEquals("0", fact(jp, "ASN memenuhi minimal", ID));
        assertEquals(List.of(List.of("KEC-MEDAN-MARELAN", "1", "0", "0 %"), List.of("KEL-LABUHAN-DELI", "4", "0", "0 %")),
                rows(jp, 0, ID));
        // by unit, then NIP; shortfall = 20 - JP
        assertEquals(List.of(List.of(ReportWorld.RUDI, "Rudi Hartono", "KEC-MEDAN-MARELAN", "0", "20"),
                List.of(ReportWorld.BUDI, "Budi Santoso", "KEL-LABUHAN-DELI", "12", "8"),
                List.of(ReportWorld.SITI, "Siti Aminah", "KEL-LABUHAN-DELI", "12", "8"),
                List.of(ReportWorld.ANI, "Ani Lubis", "KEL-LABUHAN-DELI", "0", "20"),
                List.of(ReportWorld.DEWI, "Dewi Lestari", "KEL-LABUHAN-DELI", "0", "20")), rows(jp, 1, ID));
        var index = section(doc, "Sebaran IP ASN");
        assertEquals(List.of("Sangat Tinggi", "0"), rows(index, 0, ID).get(0));
        assertEquals(List.of("5 ASN belum memiliki indeks (predikat kinerja atau catatan disiplin belum ada)."),
                paragraphs(index));
        var programmes = section(doc, "Pelatihan per program");
        assertEquals(List.of(List.of("KOM-PELAYANAN", "1", "2", "24")), rows(programmes, 0, ID)); // 2 seats x 12 JP
        // Absences: Ani cancelled her seat for WORKLOAD (enrollment); Dewi missed meeting 1 for SICKNESS (attendance).
        assertEquals(List.of(List.of("Beban kerja / tugas pokok unit", "1"), List.of("Cuti", "0"), List.of("Sakit", "1"),
                List.of("Lainnya", "0")), rows(programmes, 1, ID));
        assertEquals("KOM", assertThrows(NotFoundException.class,
                () -> make("unit", Map.of("unit", "KOM", "year", "2026"))).key());
    }

    @Test
    public void budgetWholeAndForAUnit() {
        ReportDocument all = make("budget", Map.of("year", "2026"));
        assertEquals("anggaran-2026", all.fileStem());
        var summary = section(all, "Ringkasan");
        assertEquals("Rp 4.000.000", fact(summary, "Realisasi biaya", ID));
        assertEquals("Rp 2.000.000", fact(summary, "Biaya per peserta", ID)); // 2 seats
        assertEquals("Rp 166.667", fact(summary, "Biaya per JP peserta", ID)); // 4.000.000 / 24 = 166.666,67
        assertTrue(paragraphs(summary).get(0).startsWith("Belum ada rencana untuk dibandingkan"));
        assertEquals(List.of(List.of("Honorarium", "Rp 3.000.000"), List.of("Tempat", "Rp 0"),
                List.of("Konsumsi", "Rp 1.000.000")), rows(section(all, "Per kategori biaya"), 0, ID).subList(0, 3));

        // Rudi (of the kecamatan office) takes a third seat: the kelurahan's two seats count 2/3 of each amount
        world.catalog.enroll(world.session, ReportWorld.RUDI, EnrollmentStatus.REGISTERED, null, null);
        ReportDocument kel = make("budget", Map.of("year", "2026", "unit", ReportWorld.KEL));
        assertEquals("anggaran-2026-KEL-LABUHAN-DELI", kel.fileStem());
        var s = section(kel, "Ringkasan");
        assertEquals("Rp 2.666.667", fact(s, "Realisasi biaya", ID)); // 4.000.000 x 2 / 3 = 2.666.666,67
        assertEquals("Rp 1.333.333", fact(s, "Biaya per peserta", ID)); // 2.666.666,67 / 2
        assertEquals("Rp 111.111", fact(s, "Biaya per JP peserta", ID)); // 2.666.666,67 / 24
        assertEquals(List.of("10 Maret 2026", "KOM-PELAYANAN", "Aula Kantor Camat", "2", "66,7 %", "Rp 2.666.667"),
                rows(section(kel, "Per sesi"), 0, ID).get(0));
        ReportDocument.Table categories = Docs.blocks(section(kel, "Per kategori biaya"), ReportDocument.Table.class).get(0);
        assertEquals(Cell.money(new java.math.BigDecimal("2000000.00")), categories.rows().get(0).get(1)); // 3.000.000 x 2/3
        assertEquals(Cell.money(new java.math.BigDecimal("666666.67")), categories.rows().get(2).get(1));
    }

    @Test
    public void transcriptOfOneAsn() {
        ReportDocument doc = make("transcript", Map.of("nip", ReportWorld.BUDI, "year", "2026"));
        assertEquals("riwayat-198609262015051001-2026", doc.fileStem());
        assertEquals("Riwayat pengembangan kompetensi Budi Santoso, 2026", doc.title());
        // Budi completed the session of 10 March (12 JP credited): the catalog numbers his certificate, the first.
        assertEquals(List.of(List.of("10 Maret 2026", "Komunikasi Efektif dalam Pelayanan", "Teknis", "Pembina", "12",
                "BKPSDM-MEDAN/2026/" + world.session + "/1")),
                rows(section(doc, "Riwayat pelatihan"), 0, ID));
        var year = section(doc, "Tahun 2026");
        assertEquals("12", fact(year, "JP dalam tahun ini", ID));
        assertEquals("tidak", fact(year, "Memenuhi minimal", ID));
        assertEquals("Belum ada IP ASN: Belum ada predikat kinerja dan catatan disiplin untuk tahun tersebut",
                paragraphs(year).get(0));
    }
}
