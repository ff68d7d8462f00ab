package id.pembina.module.etika.internal;

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
 * Programme ETIKA-ASN: ethics and integrity of civil servants, the seed document's second aim
 * besides technical competence. A seminar; its reaction questionnaire is anonymous so that
 * participants answer frankly on a sensitive topic. Grounded in the BerAKHLAK core values, the
 * gratification rules of UU 31/1999 jo. UU 20/2001 (art. 12B, 12C) and the KPK, PP 94/2021 on PNS
 * discipline and the Zona Integritas (WBK/WBBM) programme.
 */
@Component(immediate = true, service = TrainingModule.class)
public class EtikaIntegritasModule implements TrainingModule {

    static final String CODE = "ETIKA-ASN";

    private static final List<ProgramDefinition> PROGRAMS = List.of(new ProgramDefinition(
            CODE,
            "Etika dan Integritas ASN",
            "Seminar penguatan etika dan integritas ASN: nilai dasar dan core values ASN BerAKHLAK, disiplin "
                    + "PNS menurut PP Nomor 94 Tahun 2021, pengendalian gratifikasi dan pelaporannya kepada KPK "
                    + "atau Unit Pengendalian Gratifikasi (UPG) instansi, penanganan benturan kepentingan, "
                    + "pencegahan pungutan liar dalam pelayanan, netralitas ASN, serta peran setiap pegawai dalam "
                    + "pembangunan Zona Integritas menuju Wilayah Bebas dari Korupsi (WBK) dan Wilayah Birokrasi "
                    + "Bersih dan Melayani (WBBM).",
            CompetencyType.SOSIAL_KULTURAL,
            DeliveryMethod.SEMINAR,
            8,
            List.of(
                    "Menjelaskan core values ASN BerAKHLAK dan penerapannya dalam pelayanan publik sehari-hari.",
                    "Mengenali gratifikasi yang wajib ditolak atau dilaporkan serta menjelaskan tata cara dan batas waktu pelaporannya kepada KPK atau UPG instansi.",
                    "Mengenali situasi benturan kepentingan dan menanganinya sesuai ketentuan.",
                    "Menolak pungutan liar dan melaporkan pelanggaran integritas melalui saluran resmi (whistleblowing system, SP4N-LAPOR!).",
                    "Menjelaskan kewajiban dan larangan dalam disiplin PNS serta peran pegawai dalam pembangunan Zona Integritas."),
            // Anonymous: answers are stored without the participant's NIP.
            new ReactionQuestionnaire("1.0", true, List.of(
                    new LikertItem("R01", "Materi seminar relevan dengan tugas dan tanggung jawab saya sebagai ASN."),
                    new LikertItem("R02", "Tujuan seminar disampaikan dengan jelas sejak awal."),
                    new LikertItem("R03", "Narasumber menguasai materi yang disampaikan."),
                    new LikertItem("R04", "Narasumber menyampaikan materi dengan jelas dan menarik."),
                    new LikertItem("R05", "Sesi tanya jawab memberi kesempatan yang cukup untuk bertanya dan berdiskusi."),
                    new LikertItem("R06", "Contoh kasus (gratifikasi, benturan kepentingan, pungutan liar) dekat dengan situasi yang saya hadapi di tempat kerja."),
                    new LikertItem("R07", "Saya merasa aman menyampaikan pendapat dan pertanyaan secara jujur selama seminar."),
                    new LikertItem("R08", "Seminar ini memperjelas apa yang boleh dan tidak boleh saya terima sebagai ASN."),
                    new LikertItem("R09", "Alokasi waktu seminar memadai untuk materi yang dibahas."),
                    new LikertItem("R10", "Jadwal seminar tidak mengganggu pelaksanaan tugas pokok saya secara berlebihan."),
                    new LikertItem("R11", "Ruang, pengeras suara, dan bahan tayang mendukung jalannya seminar."),
                    new LikertItem("R12", "Bahan seminar bermanfaat sebagai rujukan setelah kegiatan."),
                    new LikertItem("R13", "Saya terdorong untuk menolak dan melaporkan gratifikasi atau pungutan liar yang saya temui."),
                    new LikertItem("R14", "Secara keseluruhan saya puas dengan seminar ini."))),
            new KnowledgeTest("1.0", List.of(
                    item("T01", 1, 3,
                            "Core values ASN \"BerAKHLAK\" merupakan singkatan dari ...",
                            "Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, Kolaboratif",
                            "Bertanggung jawab, Amanah, Kreatif, Handal, Loyal, Aktif, Komunikatif",
                            "Berintegritas, Adil, Kompeten, Hemat, Lugas, Akurat, Konsisten",
                            "Berorientasi Hasil, Akuntabel, Kreatif, Harmonis, Lugas, Adaptif, Kompetitif"),
                    item("T02", 1, 1,
                            "Menurut penjelasan Pasal 12B Undang-Undang Nomor 20 Tahun 2001, gratifikasi adalah ...",
                            "Pemberian dalam arti luas: uang, barang, rabat, komisi, tiket, fasilitas, dan lainnya",
                            "Hanya pemberian berupa uang tunai yang diterima langsung di kantor pada jam kerja dinas",
                            "Hanya pemberian yang nilainya di atas Rp10.000.000 dari satu pemberi",
                            "Hanya pemberian dari atasan kepada bawahan pada hari raya keagamaan"),
                    item("T03", 2, 0,
                            "Gratifikasi yang diterima pegawai negeri wajib dilaporkan kepada KPK paling lambat ...",
                            "30 hari kerja sejak tanggal gratifikasi diterima",
                            "7 hari kalender sejak tanggal gratifikasi diterima",
                            "3 bulan sejak tanggal gratifikasi diterima",
                            "1 tahun sejak tanggal gratifikasi diterima"),
                    item("T04", 2, 2,
                            "Menurut Pasal 12B Undang-Undang Nomor 20 Tahun 2001, gratifikasi kepada pegawai negeri dianggap pemberian suap apabila ...",
                            "Berhubungan dengan jabatannya dan berlawanan dengan kewajiban atau tugasnya",
                            "Diberikan pada hari libur, di luar jam kerja, dan di luar kantor",
                            "Diberikan oleh keluarga inti pada acara keluarga, tanpa kaitan apa pun dengan jabatan",
                            "Berupa makanan yang dibagikan kepada seluruh peserta rapat dinas"),
                    item("T05", 1, 1,
                            "Setelah izin usahanya selesai diproses, seorang pemohon mengantarkan parsel ke rumah Anda sebagai "
                                    + "\"ucapan terima kasih\". Tindakan yang tepat adalah ...",
                            "Menolaknya; bila tidak dapat ditolak, melaporkannya kepada KPK atau UPG",
                            "Menerimanya karena layanan sudah selesai sehingga tidak ada lagi kaitannya",
                            "Menerimanya lalu membagikannya kepada rekan kantor tanpa perlu melapor",
                            "Menerimanya asalkan nilainya kecil dan tidak diketahui oleh atasan"),
                    item("T06", 1, 3,
                            "Pelaporan gratifikasi secara daring kepada KPK dapat dilakukan melalui aplikasi ...",
                            "GOL (Gratifikasi Online)",
                            "SIASN (Sistem Informasi ASN)",
                            "e-Kinerja BKN",
                            "SIPD (Sistem Informasi Pemerintahan Daerah)"),
                    item("T07", 1, 2,
                            "Benturan kepentingan terjadi ketika ...",
                            "Kepentingan pribadi berpotensi memengaruhi objektivitas keputusan dalam jabatan",
                            "Dua unit kerja menjadwalkan rapat koordinasi pada waktu yang sama",
                            "Pegawai berbeda pendapat dengan rekan kerjanya tentang cara kerja",
                            "Pimpinan memberikan tugas tambahan di luar uraian jabatan pegawai tanpa surat perintah tertulis"),
                    item("T08", 2, 0,
                            "Anda ditugaskan memverifikasi berkas permohonan yang diajukan oleh saudara kandung Anda sendiri. Tindakan yang tepat adalah ...",
                            "Melaporkan benturan kepentingan kepada atasan dan meminta pegawai lain memverifikasinya",
                            "Memprosesnya lebih cepat karena sudah mengenal pemohon dan berkasnya",
                            "Memprosesnya seperti biasa tanpa memberi tahu siapa pun, asalkan semua persyaratannya lengkap",
                            "Menolak permohonan itu agar tidak dianggap berpihak kepada keluarga"),
                    item("T09", 1, 1,
                            "Biaya yang boleh dipungut dari pengguna layanan adalah ...",
                            "Tarif yang ditetapkan peraturan dan tercantum dalam standar pelayanan",
                            "Biaya yang disepakati bersama antara petugas dan pemohon layanan",
                            "\"Uang lelah\" yang diberikan pemohon untuk mempercepat proses",
                            "Biaya administrasi sukarela yang besarnya ditentukan oleh petugas"),
                    item("T10", 1, 3,
                            "Dalam pembangunan Zona Integritas, singkatan WBK berarti ...",
                            "Wilayah Bebas dari Korupsi",
                            "Wilayah Birokrasi Kompeten", "Wilayah Bersih dan Kondusif", "Wilayah Berkinerja Khusus"),
                    item("T11", 1, 0,
                            "Peraturan pemerintah yang saat ini mengatur disiplin Pegawai Negeri Sipil adalah ...",
                            "PP Nomor 94 Tahun 2021",
                            "PP Nomor 53 Tahun 2010", "PP Nomor 30 Tahun 1980", "PP Nomor 11 Tahun 2017"),
                    item("T12", 1, 2,
                            "Menurut tingkatnya, hukuman disiplin PNS terdiri atas hukuman disiplin ...",
                            "Ringan, sedang, dan berat",
                            "Lisan dan tertulis", "Administratif dan pidana", "Internal dan eksternal"),
                    item("T13", 1, 1,
                            "Dalam penyelenggaraan pemilihan umum, ASN wajib ...",
                            "Menjaga netralitas dan tidak memihak peserta pemilu, termasuk di media sosial",
                            "Menjadi anggota partai politik yang paling sesuai dengan pilihannya",
                            "Mengajak masyarakat yang dilayaninya memilih calon yang dianggap terbaik",
                            "Memasang atribut kampanye calon tertentu di ruang kerja kantor"),
                    item("T14", 1, 3,
                            "Pegawai yang mengetahui rekan kerjanya meminta imbalan dari pemohon layanan sebaiknya ...",
                            "Melaporkannya melalui whistleblowing system instansi yang merahasiakan pelapor",
                            "Membiarkannya demi menjaga hubungan baik dan suasana kerja yang nyaman",
                            "Menyebarkan kejadian itu di media sosial pribadi agar menjadi perhatian",
                            "Meminta bagian dari imbalan tersebut sebagai syarat untuk diam"),
                    item("T15", 1, 0,
                            "Laporan harta kekayaan yang wajib disampaikan penyelenggara negara kepada KPK disebut ...",
                            "LHKPN",
                            "LKjIP", "SPT Masa PPN", "SKP"),
                    item("T16", 2, 2,
                            "Dalam panduan perilaku core values ASN BerAKHLAK, \"tidak menyalahgunakan kewenangan jabatan\" termasuk nilai ...",
                            "Akuntabel",
                            "Harmonis", "Adaptif", "Kolaboratif"),
                    item("T17", 2, 3,
                            "Manakah penerimaan berikut yang TIDAK wajib dilaporkan sebagai gratifikasi?",
                            "Diskon dari toko yang berlaku umum untuk semua pembeli",
                            "Voucer belanja dari rekanan pengadaan di instansi Anda",
                            "Tiket wisata dari pemohon izin yang berkasnya sedang Anda proses",
                            "Uang \"terima kasih\" dari warga setelah dokumennya selesai"),
                    item("T18", 2, 1,
                            "Jika penerima melaporkan gratifikasi kepada KPK dalam batas waktu yang ditentukan, maka ...",
                            "Ketentuan Pasal 12B tentang gratifikasi yang dianggap suap tidak berlaku baginya",
                            "Penerima tetap dipidana sebagai penerima suap karena pemberian itu telah diterimanya",
                            "Penerima wajib membayar denda sebesar dua kali nilai gratifikasi",
                            "Gratifikasi otomatis menjadi milik penerima tanpa perlu penetapan KPK"))),
            new BehaviourChecklist("1.0", List.of(
                    new BehaviourIndicator("B01", "Menolak pemberian dari pengguna layanan atau rekanan yang berkaitan dengan jabatannya."),
                    new BehaviourIndicator("B02", "Melaporkan gratifikasi yang tidak dapat ditolak kepada UPG instansi atau KPK dalam batas waktu yang ditentukan."),
                    new BehaviourIndicator("B03", "Memungut biaya layanan hanya sesuai tarif resmi dalam standar pelayanan dan tidak meminta imbalan dalam bentuk apa pun."),
                    new BehaviourIndicator("B04", "Menyampaikan kepada atasan bila ada benturan kepentingan dan tidak menangani urusan yang melibatkan kepentingan pribadinya."),
                    new BehaviourIndicator("B05", "Memperlakukan semua pengguna layanan secara adil, tanpa membedakan suku, agama, status sosial, atau hubungan pribadi."),
                    new BehaviourIndicator("B06", "Menggunakan barang milik negara (kendaraan, peralatan, alat tulis kantor) hanya untuk kepentingan dinas."),
                    new BehaviourIndicator("B07", "Mematuhi jam kerja dan ketentuan disiplin PNS, serta jujur dalam melaporkan kehadiran dan hasil kerja."))),
            List.of(
                    new ResultsIndicator("laporan-gratifikasi",
                            "Jumlah laporan gratifikasi (termasuk penolakan) pegawai unit kepada UPG atau KPK; naik berarti kesadaran melapor naik",
                            "laporan/semester", Direction.HIGHER_IS_BETTER),
                    new ResultsIndicator("pengaduan-pungli",
                            "Jumlah pengaduan masyarakat tentang pungutan liar atau perilaku tidak etis petugas",
                            "pengaduan/bulan", Direction.LOWER_IS_BETTER),
                    new ResultsIndicator("skm-perilaku-pelaksana",
                            "Nilai unsur perilaku pelaksana dalam Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017)",
                            "indeks 25-100", Direction.HIGHER_IS_BETTER),
                    new ResultsIndicator("hukuman-disiplin",
                            "Jumlah pegawai unit yang dijatuhi hukuman disiplin",
                            "orang/tahun", Direction.LOWER_IS_BETTER))));

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
        return "etika-integritas";
    }

    @Override
    public String name() {
        return "Etika dan Integritas ASN";
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
        return CODE.equals(programCode) ? List.of("INTEGRITAS", "ETIKA-PUBLIK") : List.of();
    }
}
