package id.pembina.module.komunikasi.internal;

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
 * Programme KOM-PELAYANAN: effective communication in public service, the seed document's first
 * example (explaining policies and procedures clearly so that misunderstandings fall and public
 * satisfaction rises). Grounded in UU 25/2009 (Pelayanan Publik), the BerAKHLAK value
 * "Berorientasi Pelayanan", SP4N-LAPOR! and the IKM survey of PermenPAN-RB 14/2017.
 */
@Component(immediate = true, service = TrainingModule.class)
public class KomunikasiEfektifModule implements TrainingModule {

    static final String CODE = "KOM-PELAYANAN";

    private static final List<ProgramDefinition> PROGRAMS = List.of(new ProgramDefinition(
            CODE,
            "Komunikasi Efektif dalam Pelayanan Publik",
            "Pelatihan keterampilan komunikasi lisan dan tulisan bagi ASN di unit pelayanan: menjelaskan "
                    + "persyaratan, prosedur, waktu, dan biaya layanan dengan bahasa yang jelas; mendengarkan "
                    + "secara aktif; menangani keluhan dan pengaduan masyarakat, termasuk melalui SP4N-LAPOR!; "
                    + "serta melayani kelompok rentan tanpa diskriminasi, sesuai Undang-Undang Nomor 25 Tahun "
                    + "2009 tentang Pelayanan Publik dan nilai Berorientasi Pelayanan dalam core values ASN BerAKHLAK.",
            CompetencyType.SOSIAL_KULTURAL,
            DeliveryMethod.PELATIHAN,
            16,
            List.of(
                    "Menjelaskan unsur-unsur proses komunikasi dan hambatan komunikasi yang sering terjadi dalam pelayanan publik.",
                    "Menyampaikan persyaratan, prosedur, waktu penyelesaian, dan biaya layanan sesuai standar pelayanan dengan bahasa yang jelas, ringkas, dan mudah dipahami masyarakat.",
                    "Menerapkan teknik mendengarkan aktif, bertanya, dan memparafrasekan untuk memastikan kebutuhan pengguna layanan dipahami dengan benar.",
                    "Menangani keluhan dan pengaduan masyarakat secara empatik dan menindaklanjutinya melalui kanal resmi, termasuk SP4N-LAPOR!.",
                    "Memberikan pelayanan yang ramah dan tidak diskriminatif, termasuk perlakuan khusus bagi kelompok rentan.",
                    "Menyusun informasi layanan tertulis (pengumuman, balasan pesan, jawaban pengaduan) yang jelas dan santun."),
            new ReactionQuestionnaire("1.0", false, List.of(
                    new LikertItem("R01", "Materi pelatihan relevan dengan tugas saya dalam melayani masyarakat."),
                    new LikertItem("R02", "Tujuan pelatihan disampaikan dengan jelas sejak awal."),
                    new LikertItem("R03", "Materi disusun secara runtut dan mudah dipahami."),
                    new LikertItem("R04", "Fasilitator menguasai materi yang disampaikan."),
                    new LikertItem("R05", "Fasilitator menyampaikan materi dengan jelas dan menarik."),
                    new LikertItem("R06", "Fasilitator memberi kesempatan yang cukup untuk bertanya dan berdiskusi."),
                    new LikertItem("R07", "Simulasi dan bermain peran melayani masyarakat membantu saya melatih keterampilan komunikasi."),
                    new LikertItem("R08", "Contoh dan studi kasus sesuai dengan situasi pelayanan di unit kerja saya."),
                    new LikertItem("R09", "Alokasi waktu pelatihan memadai untuk materi yang dibahas."),
                    new LikertItem("R10", "Jadwal pelatihan tidak mengganggu pelaksanaan tugas pokok saya secara berlebihan."),
                    new LikertItem("R11", "Sarana dan prasarana pelatihan (ruang, perangkat, bahan tayang) mendukung kegiatan belajar."),
                    new LikertItem("R12", "Bahan ajar yang dibagikan bermanfaat sebagai rujukan setelah pelatihan."),
                    new LikertItem("R13", "Saya yakin dapat menerapkan hasil pelatihan ini dalam pekerjaan sehari-hari."),
                    new LikertItem("R14", "Secara keseluruhan saya puas dengan pelatihan ini."))),
            new KnowledgeTest("1.0", List.of(
                    item("T01", 1, 2,
                            "Dalam proses komunikasi, tanggapan penerima yang menunjukkan apakah pesan sudah dipahami disebut ...",
                            "Umpan balik (feedback)",
                            "Saluran (media)", "Gangguan (noise)", "Penyandian pesan (encoding)"),
                    item("T02", 1, 0,
                            "Undang-undang yang menjadi dasar penyelenggaraan pelayanan publik di Indonesia adalah ...",
                            "UU Nomor 25 Tahun 2009",
                            "UU Nomor 14 Tahun 2008", "UU Nomor 23 Tahun 2014", "UU Nomor 30 Tahun 2014"),
                    item("T03", 1, 3,
                            "Mendengarkan secara aktif saat melayani warga ditunjukkan dengan ...",
                            "Memberi perhatian penuh, lalu mengulang inti penjelasan warga untuk memastikan pemahaman",
                            "Menyiapkan jawaban sambil warga masih berbicara agar antrean di belakangnya cepat bergerak",
                            "Memotong penjelasan warga begitu inti masalahnya sudah dapat ditebak",
                            "Mencatat data berkas lain sambil sesekali mengangguk kepada warga"),
                    item("T04", 2, 1,
                            "Seorang warga marah karena berkasnya belum selesai melewati batas waktu yang dijanjikan. "
                                    + "Langkah pertama yang paling tepat adalah ...",
                            "Mendengarkan keluhannya sampai selesai dan menunjukkan empati",
                            "Menjelaskan bahwa keterlambatan itu bukan kesalahan Anda",
                            "Memintanya datang kembali minggu depan",
                            "Menyarankannya langsung melapor ke Ombudsman"),
                    item("T05", 1, 1,
                            "Menurut UU Nomor 25 Tahun 2009, kelompok masyarakat yang berhak mendapat pelayanan dengan perlakuan khusus antara lain ...",
                            "Penyandang disabilitas, lanjut usia, wanita hamil, dan anak-anak",
                            "Pejabat, tokoh masyarakat, dan anggota keluarga pegawai yang bertugas",
                            "Warga yang datang paling awal dan membawa berkas lengkap",
                            "Warga yang bersedia membayar biaya percepatan layanan"),
                    item("T06", 1, 3,
                            "Sistem nasional yang mengintegrasikan pengelolaan pengaduan pelayanan publik dari masyarakat adalah ...",
                            "SP4N-LAPOR!",
                            "SIASN", "SRIKANDI", "e-Kinerja"),
                    item("T07", 2, 0,
                            "Pernyataan kesanggupan penyelenggara untuk melaksanakan pelayanan sesuai standar pelayanan, "
                                    + "yang wajib dipublikasikan menurut UU Nomor 25 Tahun 2009, disebut ...",
                            "Maklumat pelayanan",
                            "Nota dinas", "Laporan kinerja", "Surat keputusan"),
                    item("T08", 1, 2,
                            "Contoh pertanyaan terbuka untuk menggali kebutuhan pengguna layanan adalah ...",
                            "\"Apa yang dapat saya bantu hari ini, Pak?\"",
                            "\"Apakah Bapak sudah membawa KTP dan Kartu Keluarga?\"",
                            "\"Bapak sudah pernah mengurus surat ini sebelumnya?\"",
                            "\"Berkasnya sudah lengkap semua, kan, Pak?\""),
                    item("T09", 1, 3,
                            "Yang termasuk komunikasi nonverbal adalah ...",
                            "Kontak mata, ekspresi wajah, dan sikap tubuh",
                            "Isi surat balasan yang dikirim kepada pemohon",
                            "Isi pengumuman persyaratan di papan informasi",
                            "Pilihan kata yang digunakan dalam percakapan"),
                    item("T10", 2, 1,
                            "Menolak permintaan warga yang tidak sesuai aturan secara asertif berarti ...",
                            "Menolak dengan tegas dan sopan, disertai alasan serta alternatif yang sah",
                            "Mengabulkan permintaan itu sekali ini agar warga tidak kecewa",
                            "Menolak dengan nada tinggi agar warga tidak mengulangi permintaannya",
                            "Menghindar dan meminta rekan lain yang menyampaikan penolakan"),
                    item("T11", 1, 0,
                            "Saat menjelaskan prosedur kepada warga, istilah teknis dan singkatan internal kantor sebaiknya ...",
                            "Dihindari atau dijelaskan dengan bahasa sehari-hari",
                            "Digunakan sebanyak mungkin agar terdengar profesional",
                            "Diganti dengan istilah bahasa asing yang lebih umum",
                            "Dituliskan di papan informasi tanpa penjelasan lisan"),
                    item("T12", 1, 2,
                            "Dalam Survei Kepuasan Masyarakat menurut PermenPAN-RB Nomor 14 Tahun 2017, unsur yang paling "
                                    + "langsung mencerminkan kesopanan dan keramahan petugas adalah ...",
                            "Perilaku pelaksana",
                            "Biaya/tarif", "Sarana dan prasarana", "Produk spesifikasi jenis pelayanan"),
                    item("T13", 2, 1,
                            "Nilai IKM sebuah unit pelayanan adalah 82,50. Menurut PermenPAN-RB Nomor 14 Tahun 2017, mutu "
                                    + "pelayanan unit tersebut termasuk kategori ...",
                            "B (Baik)",
                            "A (Sangat Baik)", "C (Kurang Baik)", "D (Tidak Baik)"),
                    item("T14", 1, 3,
                            "Warga salah memahami penjelasan karena petugas memakai istilah \"legalisir\" dan \"leges\" tanpa "
                                    + "menjelaskan artinya. Hambatan komunikasi ini termasuk hambatan ...",
                            "Semantik (bahasa)",
                            "Fisik", "Psikologis", "Teknis jaringan"),
                    item("T15", 1, 2,
                            "Balasan tertulis atas pengaduan masyarakat sebaiknya memuat ...",
                            "Terima kasih, tindak lanjut yang konkret, dan perkiraan waktu penyelesaian",
                            "Penegasan bahwa pengaduan tidak berdasar, tanpa disertai alasan",
                            "Nama pegawai yang dianggap bersalah beserta sanksi disiplin yang akan dijatuhkan kepadanya",
                            "Permintaan agar pengadu mencabut pengaduan yang telah diajukan"),
                    item("T16", 2, 0,
                            "Dalam panduan perilaku core values ASN BerAKHLAK, perilaku \"ramah, cekatan, solutif, dan dapat "
                                    + "diandalkan\" termasuk nilai ...",
                            "Berorientasi Pelayanan",
                            "Akuntabel", "Harmonis", "Loyal"),
                    item("T17", 1, 3,
                            "Saat menjawab pertanyaan warga melalui akun WhatsApp resmi unit layanan, tindakan yang tepat adalah ...",
                            "Membalas dengan salam dan jawaban lengkap dalam jam layanan yang diumumkan",
                            "Membalas hanya bila sempat, karena pesan WhatsApp bukan kanal layanan utama unit",
                            "Meminta warga datang langsung ke kantor untuk setiap pertanyaan",
                            "Mengirim foto dokumen warga lain sebagai contoh cara pengisian"),
                    item("T18", 1, 0,
                            "Lembaga negara yang berwenang mengawasi penyelenggaraan pelayanan publik dan menerima laporan "
                                    + "maladministrasi adalah ...",
                            "Ombudsman Republik Indonesia",
                            "Badan Pusat Statistik", "Badan Kepegawaian Negara", "Lembaga Administrasi Negara"),
                    item("T19", 1, 2,
                            "Ungkapan yang paling menunjukkan empati kepada warga yang kecewa adalah ...",
                            "\"Saya mengerti Ibu kecewa; mari kita periksa berkasnya bersama sekarang.\"",
                            "\"Itu bukan urusan bagian kami, Bu; silakan tanya ke loket sebelah.\"",
                            "\"Aturannya memang begitu, Bu, kami hanya menjalankan perintah.\"",
                            "\"Silakan tunggu saja di kursi, Bu, nanti nama Ibu dipanggil.\""),
                    item("T20", 1, 1,
                            "Cara paling efektif agar warga tidak bolak-balik karena persyaratan kurang adalah ...",
                            "Menyampaikan persyaratan lengkap sejak awal sesuai standar pelayanan",
                            "Memeriksa kelengkapan berkas hanya ketika warga datang ke loket",
                            "Menambahkan persyaratan sesuai pertimbangan masing-masing petugas",
                            "Menyarankan warga memakai jasa perantara yang sudah berpengalaman"))),
            new BehaviourChecklist("1.0", List.of(
                    new BehaviourIndicator("B01", "Menyapa pengguna layanan dengan ramah dan menanyakan kebutuhannya sebelum memberi penjelasan."),
                    new BehaviourIndicator("B02", "Menjelaskan persyaratan, prosedur, waktu, dan biaya layanan secara lengkap sesuai standar pelayanan, dengan bahasa yang mudah dipahami."),
                    new BehaviourIndicator("B03", "Mendengarkan penjelasan atau keluhan pengguna layanan sampai selesai tanpa memotong, lalu mengulang intinya untuk memastikan pemahaman."),
                    new BehaviourIndicator("B04", "Memastikan pengguna layanan memahami langkah berikutnya sebelum mengakhiri layanan."),
                    new BehaviourIndicator("B05", "Menanggapi keluhan dengan tenang dan empatik, serta mencatat dan meneruskannya melalui kanal pengaduan resmi (termasuk SP4N-LAPOR!)."),
                    new BehaviourIndicator("B06", "Memberikan jawaban tertulis (pesan, surel, balasan pengaduan) yang jelas, santun, dan tepat waktu."),
                    new BehaviourIndicator("B07", "Mendahulukan dan membantu pengguna layanan dari kelompok rentan (penyandang disabilitas, lanjut usia, ibu hamil, anak-anak)."))),
            List.of(
                    new ResultsIndicator("pengaduan-per-bulan",
                            "Jumlah pengaduan masyarakat tentang pelayanan unit", "pengaduan/bulan", Direction.LOWER_IS_BETTER),
                    new ResultsIndicator("ikm-unit",
                            "Indeks Kepuasan Masyarakat (IKM) unit pelayanan", "indeks 25-100", Direction.HIGHER_IS_BETTER),
                    new ResultsIndicator("berkas-dikembalikan",
                            "Persentase permohonan yang dikembalikan karena persyaratan tidak lengkap", "%", Direction.LOWER_IS_BETTER))));

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
        return "komunikasi-efektif";
    }

    @Override
    public String name() {
        return "Komunikasi Efektif dalam Pelayanan Publik";
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
        return CODE.equals(programCode) ? List.of("KOMUNIKASI", "PELAYANAN-PUBLIK") : List.of();
    }
}
