package id.pembina.module.template.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.pembina.catalog.spi.BehaviourChecklist;
import id.pembina.catalog.spi.BehaviourChecklist.BehaviourIndicator;
import id.pembina.catalog.spi.CompetencyType;
import id.pembina.catalog.spi.DeliveryMethod;
import id.pembina.catalog.spi.IndexTrainingType;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.KnowledgeTest.TestItem;
import id.pembina.catalog.spi.ProgramDefinition;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.catalog.spi.ReactionQuestionnaire.LikertItem;
import id.pembina.catalog.spi.ResultsIndicator;
import id.pembina.catalog.spi.ResultsIndicator.Direction;
import id.pembina.catalog.spi.TrainingModule;

/**
 * TEMPLATE: a minimal but complete training module. Copy this project, rename the package
 * ({@code id.<agency>.module.<name>.internal}), the class and the artifactId, then replace the
 * content. See docs/writing-a-training-module.md.
 * <p>
 * {@code @Component(immediate = true, service = TrainingModule.class)} is all the wiring there is: bnd-maven-plugin
 * turns it into OSGI-INF/...xml and a Service-Component header; when the bundle starts, Declarative
 * Services registers this object as a {@code TrainingModule} service and the Pembina catalog picks
 * it up. When the bundle stops or is uninstalled the programmes leave the catalog, but everything
 * already recorded against them (participants, answers, scores) stays.
 * <p>
 * The class needs a public no-argument constructor and must not keep mutable state: the catalog
 * may call {@link #programs()} at any time from any thread.
 */
@Component(immediate = true, service = TrainingModule.class)
public class TemplateModule implements TrainingModule {

    /*
     * Instrument versions. The catalog stores every instrument version the first time it sees it,
     * and answers are always scored with the version they were given against. So never change the
     * items of a version that has been deployed: ANY change to an item (its text, even a typo, its
     * options, answer key or points, the order, adding or removing items) needs a new version,
     * e.g. "1.0" -> "1.1". A module that brings changed items under a stored version is refused
     * (pembina:module-list shows it INVALID with the reason). Results indicators are not
     * versioned: the catalog keeps the latest list.
     */
    private static final String REACTION_VERSION = "1.0";
    private static final String TEST_VERSION = "1.0";
    private static final String BEHAVIOUR_VERSION = "1.0";

    /*
     * The definitions are built once, when the class loads, and are immutable (the SPI records copy
     * their lists). Building them in Java keeps the module a single class with no resource files to
     * parse and lets the compiler check every constructor call.
     */
    private static final List<ProgramDefinition> PROGRAMS = List.of(new ProgramDefinition(
            // code: unique across ALL modules in the server; upper-case letters, digits and '-'.
            // Never reuse or rename a code once data has been recorded against it.
            "CONTOH-01",
            "Contoh: Pelayanan Prima untuk Petugas Loket",
            "Contoh program untuk disalin. Pelatihan singkat bagi petugas loket tentang standar "
                    + "pelayanan, sikap melayani, dan penyampaian informasi persyaratan yang lengkap.",
            // competency type (PermenPAN-RB 38/2017): TEKNIS, MANAJERIAL or SOSIAL_KULTURAL
            CompetencyType.SOSIAL_KULTURAL,
            // delivery method: PELATIHAN, SEMINAR, LOKAKARYA, KURSUS, E_LEARNING, COACHING, MENTORING
            DeliveryMethod.PELATIHAN,
            // length in JP (jam pelajaran, usually 45 minutes each); counts towards the 20 JP a year
            4,
            // learning objectives: what a participant can do afterwards, one sentence each
            List.of(
                    "Menjelaskan komponen standar pelayanan yang berlaku di unitnya.",
                    "Menyampaikan persyaratan layanan secara lengkap sehingga pemohon tidak perlu datang berulang kali."),

            // Level 1, reaction: statements rated 1 (Sangat Tidak Setuju) .. 5 (Sangat Setuju).
            // anonymous = true stores answers without the participant's NIP (use it for sensitive
            // topics such as integrity, where honest answers matter more than follow-up).
            // Item ids are short and stable: keep an id while the statement keeps its meaning.
            new ReactionQuestionnaire(REACTION_VERSION, false, List.of(
                    new LikertItem("R01", "Materi pelatihan relevan dengan tugas saya sehari-hari."),
                    new LikertItem("R02", "Fasilitator menyampaikan materi dengan jelas."),
                    new LikertItem("R03", "Saya dapat langsung menerapkan hasil pelatihan ini di tempat kerja."))),

            // Level 2, learning: the same test is given before (pre-test) and after (post-test).
            // options: at least two, all different; answerIndex is 0-based (0 = first option);
            // points: at least 1, give 2 to harder items. Exactly one option must be correct.
            // Vary the position of the correct option across items.
            new KnowledgeTest(TEST_VERSION, List.of(
                    new TestItem("T01",
                            "Undang-undang yang menjadi dasar penyelenggaraan pelayanan publik adalah ...",
                            List.of("UU Nomor 14 Tahun 2008",
                                    "UU Nomor 25 Tahun 2009",
                                    "UU Nomor 23 Tahun 2014",
                                    "UU Nomor 30 Tahun 2014"),
                            1, 1),
                    new TestItem("T02",
                            "Pernyataan kesanggupan penyelenggara untuk melaksanakan pelayanan sesuai standar "
                                    + "pelayanan disebut ...",
                            List.of("Nota dinas",
                                    "Laporan kinerja",
                                    "Maklumat pelayanan",
                                    "Surat keputusan"),
                            2, 2),
                    new TestItem("T03",
                            "Cara paling tepat agar pemohon tidak bolak-balik karena persyaratan kurang adalah ...",
                            List.of("Menjelaskan persyaratan lengkap sejak awal sesuai standar pelayanan",
                                    "Memeriksa berkas hanya ketika pemohon datang",
                                    "Menambahkan persyaratan sesuai pertimbangan petugas",
                                    "Meminta pemohon bertanya kepada orang lain"),
                            0, 1))),

            // Level 3, behaviour: observable actions the direct supervisor rates 1..4 before the
            // training and some weeks (often about three months) after it.
            new BehaviourChecklist(BEHAVIOUR_VERSION, List.of(
                    new BehaviourIndicator("B01", "Menyampaikan persyaratan, prosedur, waktu, dan biaya layanan sesuai standar pelayanan."),
                    new BehaviourIndicator("B02", "Melayani pemohon dengan ramah dan sopan sejak awal hingga akhir layanan."))),

            // Level 4, results: unit-level figures measured before and after the training.
            // id: kebab-case and stable; say which direction is better.
            List.of(new ResultsIndicator("berkas-dikembalikan",
                    "Persentase permohonan yang dikembalikan karena persyaratan tidak lengkap",
                    "%", Direction.LOWER_IS_BETTER)),

            // What the programme counts as for the IP ASN index (Peraturan BKN 8/2019 Pasal 8):
            // PKN_I, PKN_II, PKA, PKP (leadership training of that level: counts only for the position it
            // prepares for), FUNGSIONAL, TEKNIS or SEMINAR. Leave it out (SPI 1.0 constructor) and it is TEKNIS,
            // or SEMINAR for seminars, workshops and courses; a managerial course is not leadership training.
            IndexTrainingType.TEKNIS));

    /** Stable module id: lower-case letters, digits and '-'. Usually the artifactId without its prefix. */
    @Override
    public String id() {
        return "template";
    }

    @Override
    public String name() {
        return "Modul Contoh (template)";
    }

    /** The module's own version; raise it with every release of the bundle. */
    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public List<ProgramDefinition> programs() {
        return PROGRAMS;
    }
}
