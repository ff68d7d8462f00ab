package id.pembina.module.teknologi.internal;

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
 * Programme TI-PELAYANAN: information technology and information systems for faster and more
 * accurate service (the seed document's training-session example). Grounded in SPBE (Perpres
 * 95/2018), Satu Data Indonesia (Perpres 39/2019), SRIKANDI, certified electronic signatures and
 * the personal-data protection law (UU 27/2022).
 */
@Component(immediate = true, service = TrainingModule.class)
public class TeknologiInformasiModule implements TrainingModule {

    static final String CODE = "TI-PELAYANAN";

    private static final List<ProgramDefinition> PROGRAMS = List.of(new ProgramDefinition(
            CODE,
            "Teknologi Informasi untuk Pelayanan Publik",
            "Pelatihan praktik pemanfaatan teknologi dan sistem informasi agar pelayanan lebih cepat dan "
                    + "akurat: prinsip Sistem Pemerintahan Berbasis Elektronik (SPBE, Perpres Nomor 95 Tahun 2018), "
                    + "pengolahan dan penyajian data layanan dengan lembar kerja (spreadsheet), naskah dinas dan "
                    + "arsip elektronik, tanda tangan elektronik tersertifikasi, keamanan informasi, serta "
                    + "pelindungan data pribadi pengguna layanan sesuai UU Nomor 27 Tahun 2022.",
            CompetencyType.TEKNIS,
            DeliveryMethod.PELATIHAN,
            24,
            List.of(
                    "Menjelaskan prinsip dan manfaat SPBE bagi pelayanan publik serta peran aplikasi yang digunakan di unit kerja.",
                    "Mengolah, merangkum, dan menyajikan data layanan (permohonan, antrean, waktu penyelesaian) dengan aplikasi lembar kerja secara akurat.",
                    "Mengelola naskah dinas dan arsip secara elektronik serta memahami penggunaan tanda tangan elektronik tersertifikasi.",
                    "Menerapkan praktik keamanan informasi dasar: kata sandi yang kuat, autentikasi dua faktor, mengenali phishing, dan pencadangan data.",
                    "Melindungi data pribadi pengguna layanan sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi."),
            new ReactionQuestionnaire("1.0", false, List.of(
                    new LikertItem("R01", "Materi pelatihan relevan dengan pekerjaan saya di unit pelayanan."),
                    new LikertItem("R02", "Tujuan pelatihan disampaikan dengan jelas sejak awal."),
                    new LikertItem("R03", "Materi disusun bertahap dari yang mudah ke yang lebih sulit."),
                    new LikertItem("R04", "Fasilitator menguasai materi dan aplikasi yang diajarkan."),
                    new LikertItem("R05", "Fasilitator menjelaskan langkah-langkah praktik dengan jelas."),
                    new LikertItem("R06", "Fasilitator sigap membantu peserta yang mengalami kesulitan saat praktik."),
                    new LikertItem("R07", "Porsi latihan praktik langsung pada komputer dan aplikasi sudah memadai."),
                    new LikertItem("R08", "Contoh kasus dan data latihan mirip dengan pekerjaan di unit kerja saya."),
                    new LikertItem("R09", "Perangkat komputer dan jaringan internet selama pelatihan berfungsi dengan baik."),
                    new LikertItem("R10", "Alokasi waktu pelatihan memadai untuk materi dan praktik yang dibahas."),
                    new LikertItem("R11", "Jadwal pelatihan tidak mengganggu pelaksanaan tugas pokok saya secara berlebihan."),
                    new LikertItem("R12", "Panduan langkah demi langkah yang dibagikan mudah diikuti setelah pelatihan."),
                    new LikertItem("R13", "Saya yakin dapat menerapkan hasil pelatihan ini dalam pekerjaan sehari-hari."),
                    new LikertItem("R14", "Secara keseluruhan saya puas dengan pelatihan ini."))),
            new KnowledgeTest("1.0", List.of(
                    item("T01", 1, 1,
                            "Peraturan Presiden yang mengatur Sistem Pemerintahan Berbasis Elektronik (SPBE) adalah ...",
                            "Perpres Nomor 95 Tahun 2018",
                            "Perpres Nomor 76 Tahun 2013", "Perpres Nomor 21 Tahun 2023", "Perpres Nomor 87 Tahun 2016"),
                    item("T02", 1, 3,
                            "Fungsi lembar kerja untuk menghitung banyaknya sel yang memenuhi satu kriteria, misalnya jumlah "
                                    + "permohonan berstatus \"Selesai\", adalah ...",
                            "COUNTIF",
                            "SUMIF", "VLOOKUP", "AVERAGE"),
                    item("T03", 1, 2,
                            "Rumus untuk menghitung rata-rata waktu layanan (dalam menit) yang tercatat pada sel B2 sampai B101 adalah ...",
                            "=AVERAGE(B2:B101)",
                            "=SUM(B2:B101)", "=COUNT(B2:B101)", "=MAX(B2:B101)"),
                    item("T04", 2, 0,
                            "Anda menerima surel yang mengatasnamakan tim TI dan meminta Anda mengeklik tautan untuk "
                                    + "\"memverifikasi\" kata sandi akun dinas dalam 24 jam. Tindakan yang tepat adalah ...",
                            "Tidak mengeklik tautan dan melaporkan surel itu kepada pengelola TI instansi",
                            "Segera mengeklik tautan agar akun dinas tidak diblokir oleh sistem",
                            "Membalas surel dengan kata sandi agar tim TI dapat memeriksanya",
                            "Meneruskan surel ke semua rekan agar mereka juga memverifikasi akun"),
                    item("T05", 1, 3,
                            "Kata sandi berikut yang paling kuat adalah ...",
                            "Kopi-Pagi*Terjun#58",
                            "marelan2024",
                            "198609262015051001 (NIP sendiri)",
                            "Password!"),
                    item("T06", 1, 1,
                            "Autentikasi dua faktor (2FA) meningkatkan keamanan akun karena ...",
                            "Selain kata sandi, diperlukan faktor kedua, misalnya kode sekali pakai",
                            "Kata sandi tidak perlu diganti lagi selama akun masih aktif",
                            "Akun dapat dipakai bersama oleh beberapa pegawai dengan aman",
                            "Komputer yang dipakai menjadi kebal terhadap virus dan peretasan"),
                    item("T07", 2, 0,
                            "Prinsip pencadangan data 3-2-1 berarti ...",
                            "Menyimpan 3 salinan data, pada 2 jenis media yang berbeda, dengan 1 salinan di lokasi lain",
                            "Mencadangkan data 3 kali sehari, memeriksanya 2 hari sekali, dan menunjuk 1 petugas pencadangan",
                            "Menyimpan data di 3 folder, 2 komputer, dan 1 flashdisk di meja yang sama",
                            "Memakai 3 kata sandi, 2 pengguna, dan 1 server"),
                    item("T08", 1, 2,
                            "Undang-undang yang khusus mengatur pelindungan data pribadi di Indonesia adalah ...",
                            "UU Nomor 27 Tahun 2022",
                            "UU Nomor 25 Tahun 2009", "UU Nomor 14 Tahun 2008", "UU Nomor 43 Tahun 2009"),
                    item("T09", 1, 1,
                            "Seorang warga meminta salinan foto KTP tetangganya yang pernah diunggah untuk pengurusan layanan. "
                                    + "Sikap petugas yang benar adalah ...",
                            "Menolak, karena data pribadi orang lain hanya boleh diberikan dengan dasar yang sah",
                            "Memberikannya karena mereka bertetangga dan data itu sudah pernah diserahkan ke kantor",
                            "Memberikannya jika warga membayar biaya salinan sesuai tarif layanan",
                            "Mengirimkannya lewat grup WhatsApp kantor agar arsipnya mudah dicari"),
                    item("T10", 1, 3,
                            "Sertifikat elektronik untuk tanda tangan elektronik pada naskah dinas instansi pemerintah umumnya diterbitkan oleh ...",
                            "BSrE pada Badan Siber dan Sandi Negara (BSSN)",
                            "Badan Pusat Statistik (BPS)",
                            "Arsip Nasional Republik Indonesia (ANRI)",
                            "Badan Kepegawaian Negara (BKN)"),
                    item("T11", 1, 0,
                            "Aplikasi umum bidang kearsipan dinamis dari ANRI yang digunakan instansi pemerintah untuk mengelola "
                                    + "naskah dinas secara elektronik adalah ...",
                            "SRIKANDI",
                            "SIPD", "SIASN", "SP4N-LAPOR!"),
                    item("T12", 2, 2,
                            "Menurut Perpres Nomor 95 Tahun 2018, layanan SPBE terdiri atas ...",
                            "Layanan administrasi pemerintahan berbasis elektronik dan layanan publik berbasis elektronik",
                            "Layanan internet pemerintah dan layanan telepon pemerintah berbasis elektronik",
                            "Layanan perangkat keras berbasis elektronik dan layanan perangkat lunak berbasis elektronik",
                            "Layanan pemerintah pusat berbasis elektronik dan layanan pemerintah daerah berbasis elektronik"),
                    item("T13", 1, 3,
                            "Untuk mencegah salah ketik NIK pada kolom isian lembar kerja, fitur yang paling tepat digunakan adalah ...",
                            "Validasi data yang hanya menerima 16 digit angka",
                            "Pemformatan bersyarat yang mewarnai sel NIK",
                            "Lebar kolom yang disesuaikan dengan 16 karakter",
                            "Perlindungan lembar kerja dengan kata sandi"),
                    item("T14", 1, 1,
                            "Fitur lembar kerja untuk menampilkan hanya baris permohonan dari Kelurahan Terjun, tanpa menghapus baris lainnya, adalah ...",
                            "Filter",
                            "Merge cells", "Freeze panes", "Wrap text"),
                    item("T15", 2, 0,
                            "Fitur lembar kerja yang paling tepat untuk merangkum jumlah permohonan per jenis layanan per bulan dari ribuan baris data adalah ...",
                            "Tabel pivot (PivotTable)",
                            "Pemformatan bersyarat (conditional formatting)",
                            "Pemeriksa ejaan (spell check)",
                            "Pengaturan halaman (page layout)"),
                    item("T16", 1, 2,
                            "Kebijakan tata kelola data pemerintah untuk menghasilkan data yang akurat, mutakhir, terpadu, dapat "
                                    + "dipertanggungjawabkan, serta mudah diakses dan dibagipakaikan disebut ...",
                            "Satu Data Indonesia",
                            "Gerakan Nasional Literasi Digital", "Kota Cerdas (smart city)", "Keterbukaan Informasi Publik"),
                    item("T17", 1, 3,
                            "Saat membagikan tautan berkas berisi data pribadi warga melalui layanan penyimpanan awan (cloud), pengaturan yang tepat adalah ...",
                            "Akses dibatasi hanya untuk akun pegawai yang berwenang",
                            "Akses terbuka bagi siapa saja yang memiliki tautan",
                            "Tautan diunggah ke media sosial kantor",
                            "Berkas dibagikan tanpa perlindungan agar mudah dibuka"),
                    item("T18", 1, 0,
                            "Pemohon menyerahkan flashdisk berisi berkas persyaratan. Sebelum membuka berkasnya di komputer layanan, sebaiknya ...",
                            "Memindai flashdisk dengan antivirus yang mutakhir",
                            "Langsung membuka semua berkas di dalamnya",
                            "Mematikan antivirus agar berkas cepat terbuka",
                            "Menjalankan berkas program (.exe) yang ada di dalamnya"),
                    item("T19", 1, 1,
                            "Penerapan antrean daring (online) pada unit pelayanan terutama bertujuan untuk ...",
                            "Mengurangi waktu tunggu dan kepadatan di ruang layanan",
                            "Menambah jumlah persyaratan layanan",
                            "Menggantikan seluruh petugas layanan dengan aplikasi sehingga loket dapat ditutup",
                            "Menghapus kewajiban menyusun standar pelayanan"),
                    item("T20", 1, 2,
                            "Pembaruan (update) keamanan sistem operasi dan aplikasi sebaiknya ...",
                            "Dipasang segera setelah tersedia dari sumber resmi",
                            "Diabaikan karena memperlambat komputer",
                            "Diunduh dari situs tidak resmi agar gratis",
                            "Ditunda sampai akhir tahun anggaran agar tidak mengganggu pekerjaan"))),
            new BehaviourChecklist("1.0", List.of(
                    new BehaviourIndicator("B01", "Mencatat dan memproses permohonan melalui aplikasi layanan unit secara lengkap, tanpa pencatatan manual ganda."),
                    new BehaviourIndicator("B02", "Menyajikan rekap data layanan (harian, bulanan) dengan lembar kerja secara akurat dan tepat waktu."),
                    new BehaviourIndicator("B03", "Mengelola naskah dinas dan arsip secara elektronik (misalnya melalui SRIKANDI) sesuai ketentuan."),
                    new BehaviourIndicator("B04", "Menerapkan keamanan informasi: tidak berbagi kata sandi, mengunci layar saat meninggalkan komputer, dan mewaspadai tautan mencurigakan."),
                    new BehaviourIndicator("B05", "Menjaga data pribadi pengguna layanan: tidak mengirimkannya melalui kanal tidak resmi dan membatasi akses berkas."),
                    new BehaviourIndicator("B06", "Mencadangkan data kerja secara berkala."),
                    new BehaviourIndicator("B07", "Membantu rekan kerja atau pengguna layanan memakai layanan daring unit."))),
            List.of(
                    new ResultsIndicator("waktu-layanan-menit",
                            "Rata-rata waktu layanan per permohonan", "menit", Direction.LOWER_IS_BETTER),
                    new ResultsIndicator("permohonan-daring",
                            "Persentase permohonan yang diajukan dan diproses secara daring", "%", Direction.HIGHER_IS_BETTER),
                    new ResultsIndicator("kesalahan-data",
                            "Jumlah kesalahan input data yang memerlukan perbaikan", "kasus/bulan", Direction.LOWER_IS_BETTER))));

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
        return "teknologi-informasi";
    }

    @Override
    public String name() {
        return "Teknologi Informasi untuk Pelayanan Publik";
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
        return CODE.equals(programCode) ? List.of("LITERASI-DIGITAL", "PELAYANAN-PUBLIK") : List.of();
    }
}
