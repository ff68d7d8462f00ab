package id.pembina.module.manajemenwaktu.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.pembina.catalog.spi.BehaviourChecklist;
import id.pembina.catalog.spi.BehaviourChecklist.BehaviourIndicator;
import id.pembina.catalog.spi.CompetencyType;
import id.pembina.catalog.spi.DeliveryMethod;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.KnowledgeTest.TestItem;
import id.pembina.catalog.spi.ProgramDefinition;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.catalog.spi.ReactionQuestionnaire.LikertItem;
import id.pembina.catalog.spi.ResultsIndicator;
import id.pembina.catalog.spi.ResultsIndicator.Direction;
import id.pembina.catalog.spi.TrainingModule;

/**
 * Programme MANWAKTU: time management and productivity, the seed document's evaluation example
 * (participants felt more organised and finished tasks on time). A workshop: participants leave
 * with their own weekly plan. Grounded in the Eisenhower matrix, SMART targets, the SKP of
 * PermenPAN-RB 6/2022 and the working hours of Perpres 21/2023.
 */
@Component(immediate = true, service = TrainingModule.class)
public class ManajemenWaktuModule implements TrainingModule {

    static final String CODE = "MANWAKTU";

    private static final List<ProgramDefinition> PROGRAMS = List.of(new ProgramDefinition(
            CODE,
            "Manajemen Waktu dan Produktivitas",
            "Lokakarya praktik pengelolaan waktu kerja ASN: memetakan penggunaan waktu, menetapkan prioritas "
                    + "dengan matriks Eisenhower, menyusun rencana kerja harian dan mingguan yang selaras dengan "
                    + "Sasaran Kinerja Pegawai (SKP) dan standar waktu layanan, mengendalikan gangguan dan kebiasaan "
                    + "menunda, mendelegasikan tugas, serta menyelenggarakan rapat yang efektif, agar layanan selesai "
                    + "tepat waktu tanpa mengorbankan tugas pokok.",
            CompetencyType.MANAJERIAL,
            DeliveryMethod.LOKAKARYA,
            12,
            List.of(
                    "Memetakan penggunaan waktu kerja sendiri dan mengenali pemboros waktu utama melalui catatan waktu (time log).",
                    "Menentukan prioritas pekerjaan dengan matriks Eisenhower (penting-mendesak).",
                    "Menyusun rencana kerja harian dan mingguan dengan sasaran SMART yang selaras dengan SKP dan standar waktu layanan.",
                    "Menerapkan teknik pengendalian gangguan dan penundaan (time blocking, teknik Pomodoro) serta pendelegasian tugas yang tepat.",
                    "Merencanakan dan memimpin rapat yang efektif dengan agenda, batas waktu, dan tindak lanjut yang jelas."),
            new ReactionQuestionnaire("1.0", false, List.of(
                    new LikertItem("R01", "Materi lokakarya relevan dengan beban kerja dan tugas saya sehari-hari."),
                    new LikertItem("R02", "Tujuan lokakarya disampaikan dengan jelas sejak awal."),
                    new LikertItem("R03", "Materi disusun secara runtut dan mudah dipahami."),
                    new LikertItem("R04", "Fasilitator menguasai materi yang disampaikan."),
                    new LikertItem("R05", "Fasilitator membimbing diskusi kelompok dan latihan dengan baik."),
                    new LikertItem("R06", "Latihan menyusun rencana kerja membantu saya menata pekerjaan saya sendiri."),
                    new LikertItem("R07", "Contoh dan studi kasus sesuai dengan situasi kerja di unit saya."),
                    new LikertItem("R08", "Lembar kerja dan alat bantu yang dibagikan mudah digunakan kembali di kantor."),
                    new LikertItem("R09", "Lokakarya dimulai dan diakhiri sesuai jadwal."),
                    new LikertItem("R10", "Alokasi waktu lokakarya memadai untuk materi dan latihan yang dibahas."),
                    new LikertItem("R11", "Jadwal lokakarya tidak mengganggu pelaksanaan tugas pokok saya secara berlebihan."),
                    new LikertItem("R12", "Sarana dan prasarana lokakarya mendukung kegiatan belajar."),
                    new LikertItem("R13", "Saya yakin dapat menerapkan hasil lokakarya ini dalam pekerjaan sehari-hari."),
                    new LikertItem("R14", "Secara keseluruhan saya puas dengan lokakarya ini."))),
            new KnowledgeTest("1.0", List.of(
                    item("T01", 2, 0,
                            "Dalam matriks Eisenhower, tugas yang penting tetapi tidak mendesak (misalnya menyusun SOP layanan "
                                    + "atau mengikuti pengembangan kompetensi) sebaiknya ...",
                            "Dijadwalkan secara khusus dan dikerjakan secara terencana",
                            "Dikerjakan saat itu juga dengan meninggalkan semua tugas lain",
                            "Diserahkan kepada siapa saja yang sedang tidak sibuk",
                            "Dihapus dari daftar tugas"),
                    item("T02", 1, 2,
                            "Dalam matriks Eisenhower, tugas yang penting dan mendesak, misalnya gangguan aplikasi layanan "
                                    + "yang membuat antrean menumpuk, ditangani dengan cara ...",
                            "Dikerjakan segera",
                            "Dijadwalkan bulan depan", "Dihapus dari daftar tugas", "Ditunda sampai ada waktu luang"),
                    item("T03", 1, 1,
                            "Dalam matriks Eisenhower, tugas yang mendesak tetapi tidak penting sebaiknya ...",
                            "Didelegasikan atau ditangani seminimal mungkin",
                            "Dijadwalkan khusus untuk minggu depan",
                            "Dikerjakan paling awal setiap hari",
                            "Dijadikan prioritas utama dalam rencana kerja minggu ini"),
                    item("T04", 1, 3,
                            "Prinsip Pareto (80/20) dalam manajemen waktu menyatakan bahwa ...",
                            "Sekitar 80% hasil berasal dari sekitar 20% kegiatan",
                            "Sekitar 80% waktu kerja sebaiknya dipakai untuk rapat koordinasi",
                            "Pegawai wajib bekerja minimal 80 jam dalam setiap bulan",
                            "Sekitar 20% tugas boleh tidak diselesaikan bila waktunya kurang"),
                    item("T05", 2, 2,
                            "Hukum Parkinson menyatakan bahwa ...",
                            "Pekerjaan cenderung mengembang mengisi seluruh waktu yang tersedia",
                            "Makin banyak pegawai ditugaskan, makin cepat pekerjaan selalu selesai",
                            "Pekerjaan yang paling sulit sebaiknya dikerjakan paling akhir",
                            "Produktivitas selalu naik jika jam kerja ditambah"),
                    item("T06", 1, 0,
                            "Teknik Pomodoro dilakukan dengan cara ...",
                            "Bekerja fokus sekitar 25 menit, lalu istirahat singkat sekitar 5 menit, berulang",
                            "Mengerjakan beberapa tugas sekaligus secara bergantian setiap beberapa menit",
                            "Bekerja tanpa istirahat sampai semua tugas hari itu selesai dikerjakan",
                            "Menunda tugas sampai mendekati tenggat agar lebih terdorong untuk fokus"),
                    item("T07", 2, 3,
                            "Rumusan sasaran kerja berikut yang memenuhi kriteria SMART (spesifik, terukur, dapat dicapai, "
                                    + "relevan, berbatas waktu) adalah ...",
                            "Menyelesaikan 95% permohonan surat keterangan dalam 1 hari kerja selama triwulan III",
                            "Meningkatkan kualitas pelayanan kepada masyarakat menjadi jauh lebih baik lagi",
                            "Berusaha bekerja lebih keras dan lebih cepat dibandingkan tahun sebelumnya",
                            "Menyelesaikan semua pekerjaan secepat mungkin sesuai arahan pimpinan"),
                    item("T08", 1, 1,
                            "Dokumen yang memuat rencana hasil kerja dan ukuran keberhasilan seorang PNS untuk suatu periode penilaian disebut ...",
                            "Sasaran Kinerja Pegawai (SKP)",
                            "Daftar Riwayat Hidup", "Surat Perintah Perjalanan Dinas", "Laporan Harta Kekayaan"),
                    item("T09", 1, 0,
                            "Menurut Peraturan Presiden Nomor 21 Tahun 2023, jumlah jam kerja instansi pemerintah dalam satu minggu, tidak termasuk jam istirahat, adalah ...",
                            "37 jam 30 menit",
                            "35 jam", "40 jam", "42 jam 30 menit"),
                    item("T10", 1, 2,
                            "Berpindah-pindah di antara banyak tugas dalam waktu singkat (multitasking) biasanya ...",
                            "Menurunkan fokus dan menambah waktu penyelesaian tugas",
                            "Selalu mempercepat penyelesaian semua tugas yang dikerjakan",
                            "Menghilangkan kesalahan kerja karena semua tugas dipantau",
                            "Tidak berpengaruh terhadap kualitas maupun waktu kerja"),
                    item("T11", 1, 1,
                            "Pendelegasian tugas yang efektif dilakukan dengan ...",
                            "Menjelaskan hasil yang diharapkan, tenggat, dan kewenangan, lalu memantau kemajuannya",
                            "Menyerahkan tugas tanpa penjelasan agar staf belajar menyelesaikannya dengan caranya sendiri",
                            "Mengambil alih kembali tugas begitu staf mulai mengerjakannya",
                            "Menyerahkan tugas yang tidak disukai tanpa memperhatikan kemampuan staf"),
                    item("T12", 1, 3,
                            "Langkah awal untuk mengetahui ke mana waktu kerja Anda terpakai adalah ...",
                            "Mencatat kegiatan dan durasinya selama beberapa hari",
                            "Menambah jam lembur sampai semua pekerjaan terkejar",
                            "Membatalkan semua rapat yang dijadwalkan minggu ini",
                            "Memasang aplikasi pengingat baru di ponsel dinas"),
                    item("T13", 1, 3,
                            "Ciri rapat yang efektif adalah ...",
                            "Ada agenda, tepat waktu, dan tindak lanjut yang jelas penanggung jawabnya",
                            "Dihadiri sebanyak mungkin pegawai agar semua mengetahui hasilnya",
                            "Tanpa agenda tertulis agar diskusi dapat berkembang lebih bebas",
                            "Keputusan ditunda ke rapat berikutnya agar semua pihak sempat berpikir"),
                    item("T14", 1, 0,
                            "Salah satu cara mengatasi kebiasaan menunda pekerjaan besar adalah ...",
                            "Memecah pekerjaan menjadi langkah kecil dan segera memulai langkah pertama",
                            "Menunggu suasana hati dan waktu yang benar-benar tepat untuk memulai",
                            "Mengerjakan semuanya sekaligus pada malam sebelum tenggat",
                            "Mendahulukan semua tugas ringan sampai pekerjaan besar terasa mudah"),
                    item("T15", 1, 2,
                            "Time blocking adalah ...",
                            "Menyisihkan blok waktu di kalender khusus untuk pekerjaan tertentu",
                            "Memblokir akses internet dan media sosial sepanjang hari kerja",
                            "Menolak semua undangan rapat yang datang pada minggu berjalan",
                            "Menghitung dan mencatat jam lembur setiap minggu untuk laporan"),
                    item("T16", 2, 1,
                            "Untuk mengurangi gangguan notifikasi pesan saat menyusun laporan yang membutuhkan konsentrasi, cara yang tepat adalah ...",
                            "Mematikan notifikasi sementara dan memeriksa pesan pada waktu yang ditentukan",
                            "Membalas setiap pesan saat itu juga agar tidak ada permintaan pimpinan maupun warga yang terlewat",
                            "Menonaktifkan ponsel dinas selama seminggu sampai laporan selesai",
                            "Menyusun laporan sambil mengikuti rapat agar waktu lebih efisien"),
                    item("T17", 1, 0,
                            "Batas waktu penyelesaian suatu layanan yang harus dipatuhi petugas ditetapkan dalam ...",
                            "Standar pelayanan unit",
                            "Kebiasaan masing-masing petugas",
                            "Permintaan setiap pemohon",
                            "Kalender libur nasional"),
                    item("T18", 1, 3,
                            "Kelemahan daftar tugas (to-do list) yang tidak diberi prioritas adalah ...",
                            "Tugas mudah cenderung didahulukan, sementara tugas penting tertunda",
                            "Semua tugas akan otomatis selesai tepat waktu tanpa perlu dipantau",
                            "Pimpinan tidak dapat lagi memberikan tugas baru kepada pegawai",
                            "Daftar tidak dapat diperbarui setelah ditulis pada pagi hari"))),
            new BehaviourChecklist("1.0", List.of(
                    new BehaviourIndicator("B01", "Menyusun rencana kerja harian atau mingguan tertulis yang memuat prioritas."),
                    new BehaviourIndicator("B02", "Menyelesaikan tugas sesuai tenggat yang ditetapkan pimpinan atau standar pelayanan."),
                    new BehaviourIndicator("B03", "Mendahulukan pekerjaan yang penting, bukan sekadar yang paling mendesak atau paling mudah."),
                    new BehaviourIndicator("B04", "Memberi tahu pimpinan lebih awal bila suatu tugas berisiko terlambat, disertai usulan penyelesaian."),
                    new BehaviourIndicator("B05", "Hadir dan membuka layanan tepat waktu sesuai jam layanan yang diumumkan."),
                    new BehaviourIndicator("B06", "Memulai dan mengakhiri rapat atau kegiatan yang dipimpinnya tepat waktu, dengan agenda dan catatan tindak lanjut."),
                    new BehaviourIndicator("B07", "Tidak membiarkan berkas atau pekerjaan menumpuk melewati batas waktu penyelesaian."))),
            List.of(
                    new ResultsIndicator("layanan-tepat-waktu",
                            "Persentase permohonan layanan yang selesai sesuai standar waktu", "%", Direction.HIGHER_IS_BETTER),
                    new ResultsIndicator("tunggakan-berkas",
                            "Jumlah berkas permohonan yang melewati batas waktu penyelesaian pada akhir bulan", "berkas", Direction.LOWER_IS_BETTER),
                    new ResultsIndicator("waktu-penyelesaian-hari",
                            "Rata-rata waktu penyelesaian permohonan", "hari kerja", Direction.LOWER_IS_BETTER))));

    /**
     * A four-option item: {@code correct} is placed at position {@code answerAt} among the wrong
     * options, in the order given.
     */
    private static TestItem item(String id, int points, int answerAt, String question, String correct, String... wrong) {
        List<String> options = new ArrayList<>(List.of(wrong));
        options.add(answerAt, correct);
        return new TestItem(id, question, options, answerAt, points);
    }

    @Override
    public String id() {
        return "manajemen-waktu";
    }

    @Override
    public String name() {
        return "Manajemen Waktu dan Produktivitas";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public List<ProgramDefinition> programs() {
        return PROGRAMS;
    }

    /** The competencies the needs analysis finds this programme for (SPI 1.2). */
    @Override
    public List<String> competencies(String programCode) {
        return CODE.equals(programCode) ? List.of("ORIENTASI-HASIL", "MANAJEMEN-WAKTU") : List.of();
    }
}
