package id.pembina.demo.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import id.pembina.participant.api.Education;
import id.pembina.participant.api.Gender;
import id.pembina.participant.api.Nip;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;

/**
 * Demo data for the Kecamatan Medan Marelan case (Kota Medan): the kecamatan office with its
 * secretariat and sections, the five kelurahan, a puskesmas and a UPT Pendidikan, staffed by 300
 * fictitious ASN. Every name and NIP is invented.
 * <p>
 * The data is <b>deterministic</b>: a fixed random seed and the fixed {@link #REFERENCE_DATE}
 * (for ages, years of service and ranks) give the same units and participants on every run and
 * every JVM. The {@code today} passed to {@link #generate(LocalDate)} is used only to validate
 * the NIPs; it must not lie before December 2025, the latest TMT CPNS generated.
 * <p>
 * Choices made for the demo, following common practice in Kota Medan:
 * <ul>
 * <li>Camat and Sekretaris Camat hold Administrator posts; Kepala Seksi, Kepala Subbagian, Lurah,
 * Sekretaris Lurah and the heads of the UPT hold Pengawas posts (a lurah in Kota Medan is an
 * eselon IV post, which the ASN law maps to Pengawas).</li>
 * <li>Every unit has exactly one leader, and every other member of a unit reports to that leader.
 * The Camat leads the root unit and reports to nobody; the Sekretaris Camat, the Lurah and the heads
 * of the service units report to the Camat; the Kepala Seksi report to the Sekretaris Camat. (The
 * puskesmas and the UPT Pendidikan answer administratively to their dinas; for the demo the Camat,
 * who coordinates them in the kecamatan, acts as their supervisor.)</li>
 * <li>Everybody is younger than 58, the retirement age of administrators, supervisors and staff,
 * on the reference date; TMT CPNS lies between the ages 19 and 35 and not after December 2025.</li>
 * <li>Rank starts from the entry grade of the education (SD I/a, SMP I/c, SMA II/a, D3 II/c,
 * D4/S1 III/a, S2 III/b, doctors III/b), rises one grade per four years of service (sometimes
 * slower), is capped by education and type of post, and kept within the usual range of a
 * leadership post. Functional titles carry the level that matches the rank (Terampil, Mahir,
 * Penyelia; Ahli Pertama, Ahli Muda, Ahli Madya).</li>
 * </ul>
 */
public final class MarelanDemoData {

    /** The date on which ages, years of service and ranks are computed; fixed so output never changes. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 1, 1);

    /** Seed of the generator. */
    static final long SEED = 20260101L;

    /** Code of the root unit, the kecamatan. */
    public static final String ROOT = "MARELAN";

    /** The latest TMT CPNS generated. */
    static final YearMonth LAST_TMT = YearMonth.of(2025, 12);

    /** Under the retirement age of 58 on the reference date. */
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1968, 3, 1);
    private static final LocalDate LATEST_BIRTH = LocalDate.of(2000, 12, 31);
    private static final int MAX_TMT_AGE = 35;

    private final List<OrganizationUnit> units;
    private final List<Participant> participants;
    private final Map<String, String> leaders;

    private MarelanDemoData(List<OrganizationUnit> units, List<Participant> participants,
            Map<String, String> leaders) {
        this.units = List.copyOf(units);
        this.participants = List.copyOf(participants);
        this.leaders = Collections.unmodifiableMap(new LinkedHashMap<>(leaders));
    }

    /**
     * @param today the date against which the NIPs are validated, on or after 2025-12-01
     * @return the demo data, the same on every call
     */
    public static MarelanDemoData generate(LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (YearMonth.from(today).isBefore(LAST_TMT)) {
            throw new IllegalArgumentException("The demo data holds TMT CPNS up to " + LAST_TMT
                    + "; today must not lie before it: " + today);
        }
        return new Generator(today).run();
    }

    /** @return the units, parents before children; the first is the root */
    public List<OrganizationUnit> units() {
        return units;
    }

    /** @return the participants, every supervisor before his or her staff; the first is the Camat */
    public List<Participant> participants() {
        return participants;
    }

    /** @return unit code to the NIP of its leader, in the order of {@link #units()} */
    public Map<String, String> leaders() {
        return leaders;
    }

    /** @return the NIP of the unit's leader, or null for an unknown unit */
    public String leaderOf(String unitCode) {
        return leaders.get(unitCode);
    }

    // ---------------------------------------------------------------------------------------
    // Model of the organisation

    /** How a functional title gets its level. */
    private enum Track {
        /** No level: a structural or pelaksana post. */
        NONE,
        /** Keterampilan: Pemula, Terampil, Mahir, Penyelia. */
        SKILL,
        /** Keahlian: Ahli Pertama, Ahli Muda, Ahli Madya. */
        EXPERT,
        /** Keahlian with D4 or higher, keterampilan below. */
        BY_EDUCATION
    }

    /** Field of study: decides the academic title. */
    private enum Field {
        GOV, FINANCE, IT, LAW, EDUCATION, NURSE, MIDWIFE, DOCTOR, DENTIST, PHARMACIST, PHARMACY_TECH, LAB,
        NUTRITION, SANITATION, PUBLIC_HEALTH, MEDICAL_RECORDS
    }

    /**
     * A post.
     *
     * @param education  weighted education levels, e.g. {@code "SMA:6 D3:2 S1:4"}
     * @param femaleShare probability of a woman
     * @param minService  minimum years of service on the reference date
     * @param minRank     lowest rank for the post, or null
     * @param maxRank     highest rank for the post, or null
     */
    private record Role(String title, PositionType type, Track track, Field field, String education,
            double femaleShare, int minAge, int maxAge, int minService, Rank minRank, Rank maxRank) {

        static Role pelaksana(String title, Field field, String education, double femaleShare) {
            return new Role(title, PositionType.PELAKSANA, Track.NONE, field, education, femaleShare, 25, 57, 0,
                    null, null);
        }

        static Role fungsional(String title, Track track, Field field, String education, double femaleShare) {
            return new Role(title, PositionType.FUNGSIONAL, track, field, education, femaleShare, 25, 57, 0, null,
                    null);
        }

        static Role leader(String title, PositionType type, Field field, String education, double femaleShare,
                int minAge, int minService, Rank minRank, Rank maxRank) {
            return new Role(title, type, Track.NONE, field, education, femaleShare, minAge, 57, minService,
                    minRank, maxRank);
        }
    }

    private record Staff(Role role, int count) {
    }

    /**
     * @param supervisorUnit the unit whose leader supervises this unit's leader; null for the root
     */
    private record UnitSpec(String code, String name, String parentCode, String supervisorUnit, Role leader,
            List<Staff> staff) {
    }

    // Staff posts of offices
    private static final Role PENGADMINISTRASI_UMUM =
            Role.pelaksana("Pengadministrasi Umum", Field.GOV, "SMA:7 D3:1 S1:2", 0.5);
    private static final Role PENGADMINISTRASI_PERKANTORAN =
            Role.pelaksana("Pengadministrasi Perkantoran", Field.GOV, "SMA:5 D3:2 S1:2", 0.55);
    private static final Role PENGADMINISTRASI_PEMERINTAHAN =
            Role.pelaksana("Pengadministrasi Pemerintahan", Field.GOV, "SMA:4 D3:1 S1:3", 0.45);
    private static final Role PENGELOLA_DATA = Role.pelaksana("Pengelola Data", Field.IT, "SMA:3 D3:3 S1:3", 0.5);
    private static final Role PENGELOLA_DATA_KEPENDUDUKAN =
            Role.pelaksana("Pengelola Data Kependudukan", Field.GOV, "SMA:3 D3:2 S1:3", 0.55);
    private static final Role PENGELOLA_PENGADUAN =
            Role.pelaksana("Pengelola Pengaduan Masyarakat", Field.GOV, "SMA:2 D3:2 S1:3", 0.5);
    private static final Role PENGELOLA_KEUANGAN =
            Role.pelaksana("Pengelola Keuangan", Field.FINANCE, "SMA:2 D3:3 S1:5", 0.6);
    private static final Role BENDAHARA = Role.pelaksana("Bendahara", Field.FINANCE, "SMA:2 D3:3 S1:4", 0.65);
    private static final Role PENGELOLA_BMD =
            Role.pelaksana("Pengelola Barang Milik Daerah", Field.FINANCE, "SMA:3 D3:2 S1:3", 0.4);
    private static final Role PENGEMUDI = Role.pelaksana("Pengemudi", Field.GOV, "SMP:1 SMA:5", 0.0);
    private static final Role PENGEMUDI_AMBULANS = Role.pelaksana("Pengemudi Ambulans", Field.GOV, "SMA:1", 0.0);
    private static final Role PRAMU_BAKTI = Role.pelaksana("Pramu Bakti", Field.GOV, "SD:1 SMP:3 SMA:3", 0.35);
    private static final Role ANALIS_KEBIJAKAN =
            Role.fungsional("Analis Kebijakan", Track.EXPERT, Field.GOV, "S1:4 S2:2", 0.45);
    private static final Role ANALIS_SDM =
            Role.fungsional("Analis Sumber Daya Manusia Aparatur", Track.EXPERT, Field.GOV, "S1:4 S2:1", 0.55);
    private static final Role PERENCANA = Role.fungsional("Perencana", Track.EXPERT, Field.FINANCE, "S1:3 S2:1", 0.5);
    private static final Role PRANATA_KOMPUTER =
            Role.fungsional("Pranata Komputer", Track.BY_EDUCATION, Field.IT, "D3:2 S1:3", 0.4);
    private static final Role ARSIPARIS = Role.fungsional("Arsiparis", Track.BY_EDUCATION, Field.GOV, "D3:2 S1:2", 0.6);
    private static final Role POLISI_PAMONG_PRAJA =
            Role.fungsional("Polisi Pamong Praja", Track.BY_EDUCATION, Field.LAW, "SMA:8 D3:1 S1:2", 0.15);
    private static final Role PENGGERAK_SWADAYA =
            Role.fungsional("Penggerak Swadaya Masyarakat", Track.BY_EDUCATION, Field.GOV, "D3:1 S1:4", 0.5);
    private static final Role PEKERJA_SOSIAL =
            Role.fungsional("Pekerja Sosial", Track.BY_EDUCATION, Field.GOV, "D3:1 S1:3", 0.6);

    // Health posts
    private static final Role DOKTER = Role.fungsional("Dokter", Track.EXPERT, Field.DOCTOR, "S1:6 S2:1", 0.7);
    private static final Role DOKTER_GIGI = Role.fungsional("Dokter Gigi", Track.EXPERT, Field.DENTIST, "S1:1", 0.8);
    private static final Role PERAWAT = Role.fungsional("Perawat", Track.BY_EDUCATION, Field.NURSE, "D3:6 S1:4", 0.75);
    private static final Role BIDAN = Role.fungsional("Bidan", Track.BY_EDUCATION, Field.MIDWIFE, "D3:6 D4:3 S1:1", 1.0);
    private static final Role APOTEKER = Role.fungsional("Apoteker", Track.EXPERT, Field.PHARMACIST, "S1:1", 0.7);
    private static final Role ASISTEN_APOTEKER =
            Role.fungsional("Asisten Apoteker", Track.SKILL, Field.PHARMACY_TECH, "D3:1", 0.8);
    private static final Role PRANATA_LAB =
            Role.fungsional("Pranata Laboratorium Kesehatan", Track.BY_EDUCATION, Field.LAB, "D3:3 D4:1", 0.7);
    private static final Role NUTRISIONIS =
            Role.fungsional("Nutrisionis", Track.BY_EDUCATION, Field.NUTRITION, "D3:1 S1:1", 0.85);
    private static final Role SANITASI =
            Role.fungsional("Tenaga Sanitasi Lingkungan", Track.BY_EDUCATION, Field.SANITATION, "D3:2 S1:1", 0.5);
    private static final Role PENYULUH_KESEHATAN = Role.fungsional("Penyuluh Kesehatan Masyarakat", Track.EXPERT,
            Field.PUBLIC_HEALTH, "S1:3 S2:1", 0.7);
    private static final Role EPIDEMIOLOG =
            Role.fungsional("Epidemiolog Kesehatan", Track.EXPERT, Field.PUBLIC_HEALTH, "S1:1", 0.6);
    private static final Role ADMINISTRATOR_KESEHATAN =
            Role.fungsional("Administrator Kesehatan", Track.EXPERT, Field.PUBLIC_HEALTH, "S1:2 S2:1", 0.6);
    private static final Role PEREKAM_MEDIS =
            Role.fungsional("Perekam Medis", Track.SKILL, Field.MEDICAL_RECORDS, "D3:1", 0.7);

    // Education posts
    private static final Role PENGAWAS_SEKOLAH = new Role("Pengawas Sekolah", PositionType.FUNGSIONAL, Track.EXPERT,
            Field.EDUCATION, "S1:2 S2:3", 0.5, 45, 57, 15, Rank.III_C, null);
    private static final Role PENILIK = Role.fungsional("Penilik", Track.EXPERT, Field.EDUCATION, "S1:3 S2:1", 0.5);

    // Leadership posts
    private static Role kepalaSeksi(String section, Field field) {
        return Role.leader("Kepala Seksi " + section, PositionType.PENGAWAS, field, "S1:5 D4:1 S2:2", 0.35, 35, 8,
                Rank.III_B, Rank.III_D);
    }

    private static List<UnitSpec> organisation() {
        List<UnitSpec> u = new ArrayList<>();
        u.add(new UnitSpec(ROOT, "Kecamatan Medan Marelan", null, null,
                Role.leader("Camat Medan Marelan", PositionType.ADMINISTRATOR, Field.GOV, "S1:3 D4:2 S2:6", 0.2, 45, 15,
                        Rank.III_D, Rank.IV_B),
                List.of()));
        u.add(new UnitSpec("MARELAN-SEKCAM", "Sekretariat Kecamatan", ROOT, ROOT,
                Role.leader("Sekretaris Camat", PositionType.ADMINISTRATOR, Field.GOV, "S1:4 D4:1 S2:5", 0.35, 42, 12,
                        Rank.III_C, Rank.IV_A),
                List.of(new Staff(Role.leader("Kepala Subbagian Umum dan Kepegawaian", PositionType.PENGAWAS,
                                Field.GOV, "S1:5 S2:1", 0.5, 35, 8, Rank.III_B, Rank.III_D), 1),
                        new Staff(Role.leader("Kepala Subbagian Perencanaan dan Keuangan", PositionType.PENGAWAS,
                                Field.FINANCE, "S1:5 S2:1", 0.5, 35, 8, Rank.III_B, Rank.III_D), 1),
                        new Staff(PENGADMINISTRASI_UMUM, 6), new Staff(PENGADMINISTRASI_PERKANTORAN, 3),
                        new Staff(PENGELOLA_KEUANGAN, 3), new Staff(BENDAHARA, 2), new Staff(PENGELOLA_BMD, 2),
                        new Staff(ANALIS_KEBIJAKAN, 2), new Staff(ANALIS_SDM, 1), new Staff(PERENCANA, 1),
                        new Staff(PRANATA_KOMPUTER, 2), new Staff(ARSIPARIS, 1), new Staff(PENGEMUDI, 2),
                        new Staff(PRAMU_BAKTI, 2))));
        u.add(new UnitSpec("MARELAN-PEM", "Seksi Pemerintahan", ROOT, "MARELAN-SEKCAM",
                kepalaSeksi("Pemerintahan", Field.GOV),
                List.of(new Staff(PENGADMINISTRASI_PEMERINTAHAN, 4), new Staff(PENGELOLA_DATA_KEPENDUDUKAN, 3),
                        new Staff(ANALIS_KEBIJAKAN, 1), new Staff(PENGADMINISTRASI_UMUM, 3))));
        u.add(new UnitSpec("MARELAN-PEMMAS", "Seksi Pemberdayaan Masyarakat", ROOT, "MARELAN-SEKCAM",
                kepalaSeksi("Pemberdayaan Masyarakat", Field.GOV),
                List.of(new Staff(PENGGERAK_SWADAYA, 3), new Staff(PEKERJA_SOSIAL, 2),
                        new Staff(PENGADMINISTRASI_UMUM, 3), new Staff(PENGELOLA_DATA, 2))));
        u.add(new UnitSpec("MARELAN-PELAYANAN", "Seksi Pelayanan Umum", ROOT, "MARELAN-SEKCAM",
                kepalaSeksi("Pelayanan Umum", Field.GOV),
                List.of(new Staff(PENGADMINISTRASI_UMUM, 4), new Staff(PENGELOLA_PENGADUAN, 3),
                        new Staff(PENGELOLA_DATA_KEPENDUDUKAN, 3), new Staff(PRANATA_KOMPUTER, 2),
                        new Staff(PENGADMINISTRASI_PERKANTORAN, 3))));
        u.add(new UnitSpec("MARELAN-TRANTIB", "Seksi Ketenteraman dan Ketertiban Umum", ROOT, "MARELAN-SEKCAM",
                kepalaSeksi("Ketenteraman dan Ketertiban Umum", Field.LAW),
                List.of(new Staff(POLISI_PAMONG_PRAJA, 15), new Staff(PENGADMINISTRASI_UMUM, 2),
                        new Staff(PENGELOLA_DATA, 1), new Staff(PENGEMUDI, 1))));
        u.add(kelurahan("KEL-LABUHAN-DELI", "Labuhan Deli", 7, 3, 3, 2));
        u.add(kelurahan("KEL-RENGAS-PULAU", "Rengas Pulau", 8, 3, 3, 2));
        u.add(kelurahan("KEL-TERJUN", "Terjun", 9, 4, 4, 1));
        u.add(kelurahan("KEL-PAYA-PASIR", "Paya Pasir", 6, 3, 2, 2));
        u.add(kelurahan("KEL-TANAH-ENAM-RATUS", "Tanah Enam Ratus", 7, 3, 2, 2));
        u.add(new UnitSpec("PUSKESMAS-MARELAN", "UPT Puskesmas Medan Marelan", ROOT, ROOT,
                Role.leader("Kepala UPT Puskesmas Medan Marelan", PositionType.PENGAWAS, Field.DOCTOR, "S1:3 S2:2",
                        0.6, 38, 10, Rank.III_C, Rank.IV_A),
                List.of(new Staff(Role.leader("Kepala Subbagian Tata Usaha", PositionType.PENGAWAS,
                                Field.PUBLIC_HEALTH, "S1:4 S2:1", 0.5, 35, 8, Rank.III_B, Rank.III_D), 1),
                        new Staff(DOKTER, 6), new Staff(DOKTER_GIGI, 2), new Staff(PERAWAT, 25), new Staff(BIDAN, 22),
                        new Staff(APOTEKER, 1), new Staff(ASISTEN_APOTEKER, 3), new Staff(PRANATA_LAB, 3),
                        new Staff(NUTRISIONIS, 2), new Staff(SANITASI, 2), new Staff(PENYULUH_KESEHATAN, 2),
                        new Staff(EPIDEMIOLOG, 1), new Staff(ADMINISTRATOR_KESEHATAN, 1),
                        new Staff(PEREKAM_MEDIS, 3), new Staff(PENGADMINISTRASI_UMUM, 6),
                        new Staff(PENGELOLA_KEUANGAN, 2), new Staff(PENGEMUDI_AMBULANS, 2),
                        new Staff(PRANATA_KOMPUTER, 1), new Staff(PRAMU_BAKTI, 2))));
        u.add(new UnitSpec("UPT-PENDIDIKAN-MARELAN", "UPT Pendidikan Kecamatan Medan Marelan", ROOT, ROOT,
                Role.leader("Kepala UPT Pendidikan Kecamatan Medan Marelan", PositionType.PENGAWAS, Field.EDUCATION,
                        "S1:2 S2:3", 0.4, 42, 12, Rank.III_C, Rank.IV_A),
                List.of(new Staff(PENGAWAS_SEKOLAH, 6), new Staff(PENILIK, 3), new Staff(PENGADMINISTRASI_UMUM, 2),
                        new Staff(PENGELOLA_DATA, 2), new Staff(BENDAHARA, 1), new Staff(PRAMU_BAKTI, 1))));
        return u;
    }

    /** A kelurahan office: Lurah, Sekretaris Lurah and staff. */
    private static UnitSpec kelurahan(String code, String name, int umum, int perkantoran, int dataKependudukan,
            int pramuBakti) {
        return new UnitSpec(code, "Kelurahan " + name, ROOT, ROOT,
                Role.leader("Lurah " + name, PositionType.PENGAWAS, Field.GOV, "S1:5 D4:2 S2:2", 0.3, 33, 8,
                        Rank.III_B, Rank.III_D),
                List.of(new Staff(Role.leader("Sekretaris Lurah", PositionType.PENGAWAS, Field.GOV, "SMA:1 D3:1 S1:5",
                                0.45, 30, 6, Rank.III_A, Rank.III_C), 1),
                        new Staff(PENGADMINISTRASI_UMUM, umum), new Staff(PENGADMINISTRASI_PERKANTORAN, perkantoran),
                        new Staff(PENGELOLA_DATA_KEPENDUDUKAN, dataKependudukan), new Staff(PENGELOLA_DATA, 2),
                        new Staff(BENDAHARA, 1), new Staff(PENGELOLA_BMD, 1), new Staff(PRAMU_BAKTI, pramuBakti)));
    }

    // ---------------------------------------------------------------------------------------
    // Generation

    private static final class Generator {

        private final LocalDate today;
        private final Random random = new Random(SEED);
        private final Names names = new Names();
        private final NipSequences sequences = new NipSequences();
        private final List<OrganizationUnit> units = new ArrayList<>();
        private final List<Participant> participants = new ArrayList<>();
        private final Map<String, String> leaders = new LinkedHashMap<>();

        Generator(LocalDate today) {
            this.today = today;
        }

        MarelanDemoData run() {
            for (UnitSpec spec : organisation()) {
                units.add(new OrganizationUnit(spec.code(), spec.name(), spec.parentCode()));
                String supervisor = spec.supervisorUnit() == null ? null : leaders.get(spec.supervisorUnit());
                Participant leader = person(spec.leader(), spec.code(), supervisor);
                leaders.put(spec.code(), leader.nip());
                for (Staff staff : spec.staff()) {
                    for (int i = 0; i < staff.count(); i++) {
                        person(staff.role(), spec.code(), leader.nip());
                    }
                }
            }
            return new MarelanDemoData(units, participants, leaders);
        }

        private Participant person(Role role, String unitCode, String supervisorNip) {
            Education education = pickEducation(role.education());
            Gender gender = random.nextDouble() < role.femaleShare() ? Gender.FEMALE : Gender.MALE;
            LocalDate birth = birthDate(role, education);
            YearMonth tmt = tmtCpns(role, education, birth);
            Rank rank = rank(role, education, tmt);
            String title = positionTitle(role, education, rank);
            String name = names.next(random, gender, birth, education, role.field());
            Nip nip = Nip.of(birth, tmt, gender, sequences.next(birth, tmt, gender), today);
            Participant p = new Participant(nip.value(), name, gender, birth, unitCode, title, role.type(), rank,
                    education, supervisorNip, Boolean.TRUE);
            participants.add(p);
            return p;
        }

        private Education pickEducation(String weighted) {
            List<Education> levels = new ArrayList<>();
            List<Integer> weights = new ArrayList<>();
            int total = 0;
            for (String part : weighted.trim().split("\\s+")) {
                String[] kv = part.split(":");
                levels.add(Education.valueOf(kv[0]));
                int w = Integer.parseInt(kv[1]);
                weights.add(w);
                total += w;
            }
            int r = random.nextInt(total);
            for (int i = 0; i < levels.size(); i++) {
                r -= weights.get(i);
                if (r < 0) {
                    return levels.get(i);
                }
            }
            throw new IllegalStateException(weighted);
        }

        /** A birth date giving an age within the role's range on the reference date. */
        private LocalDate birthDate(Role role, Education education) {
            int minAge = Math.max(role.minAge(), entryAge(education, role.field()) + role.minService() + 1);
            LocalDate latest = min(LATEST_BIRTH, REFERENCE_DATE.minusYears(minAge));
            LocalDate earliest = max(EARLIEST_BIRTH, REFERENCE_DATE.minusYears(role.maxAge() + 1L).plusDays(1));
            long days = ChronoUnit.DAYS.between(earliest, latest);
            return earliest.plusDays((long) (random.nextDouble() * (days + 1)));
        }

        /** TMT CPNS aged 19 (or the entry age of the education) to 35, not after {@link #LAST_TMT}. */
        private YearMonth tmtCpns(Role role, Education education, LocalDate birth) {
            YearMonth earliest = YearMonth.from(birth.plusYears(entryAge(education, role.field()))).plusMonths(1);
            YearMonth latest = YearMonth.from(birth.plusYears(MAX_TMT_AGE));
            if (latest.isAfter(LAST_TMT)) {
                latest = LAST_TMT;
            }
            YearMonth byService = YearMonth.from(REFERENCE_DATE.minusYears(role.minService()));
            if (role.minService() > 0 && latest.isAfter(byService)) {
                latest = byService;
            }
            if (latest.isBefore(earliest)) {
                latest = earliest;
            }
            long months = ChronoUnit.MONTHS.between(earliest, latest);
            return earliest.plusMonths(random.nextInt((int) months + 1));
        }

        private Rank rank(Role role, Education education, YearMonth tmt) {
            int years = (int) (ChronoUnit.MONTHS.between(tmt, YearMonth.from(REFERENCE_DATE)) / 12);
            int steps = years / 4;
            if (steps > 0 && random.nextInt(4) == 0) {
                steps--; // a promotion came late
            }
            int ordinal = Math.min(entryRank(education, role.field()).ordinal() + steps,
                    capRank(role, education).ordinal());
            if (role.minRank() != null) {
                ordinal = Math.max(ordinal, role.minRank().ordinal());
            }
            if (role.maxRank() != null) {
                ordinal = Math.min(ordinal, role.maxRank().ordinal());
            }
            return Rank.values()[ordinal];
        }

        private static String positionTitle(Role role, Education education, Rank rank) {
            Track track = role.track();
            if (track == Track.BY_EDUCATION) {
                track = education.compareTo(Education.D4) >= 0 ? Track.EXPERT : Track.SKILL;
            }
            switch (track) {
                case SKILL:
                    if (rank.compareTo(Rank.II_A) <= 0) {
                        return role.title() + " Pemula";
                    }
                    if (rank.compareTo(Rank.II_D) <= 0) {
                        return role.title() + " Terampil";
                    }
                    return role.title() + (rank.compareTo(Rank.III_B) <= 0 ? " Mahir" : " Penyelia");
                case EXPERT:
                    if (rank.compareTo(Rank.III_B) <= 0) {
                        return role.title() + " Ahli Pertama";
                    }
                    if (rank.compareTo(Rank.III_D) <= 0) {
                        return role.title() + " Ahli Muda";
                    }
                    return role.title() + (rank.compareTo(Rank.IV_C) <= 0 ? " Ahli Madya" : " Ahli Utama");
                default:
                    return role.title();
            }
        }
    }

    /**
     * NIP sequence numbers (digits 16–18): 001 for the first person with given digits 1–15 (birth
     * date, TMT CPNS, gender), rising by one for every further person with the same digits.
     */
    static final class NipSequences {

        private final Map<String, Integer> last = new HashMap<>();

        int next(LocalDate birth, YearMonth tmt, Gender gender) {
            String key = String.format("%04d%02d%02d%04d%02d%c", birth.getYear(), birth.getMonthValue(),
                    birth.getDayOfMonth(), tmt.getYear(), tmt.getMonthValue(), gender.nipDigit());
            int sequence = last.merge(key, 1, Integer::sum);
            if (sequence > 999) {
                throw new IllegalStateException("More than 999 NIPs share the digits " + key);
            }
            return sequence;
        }
    }

    /** Youngest age at which someone with this education starts as CPNS. */
    private static int entryAge(Education education, Field field) {
        if (field == Field.DOCTOR || field == Field.DENTIST || field == Field.PHARMACIST) {
            return 24; // degree plus professional education
        }
        switch (education) {
            case SD: case SMP: case SMA: return 19;
            case D1: case D2: return 20;
            case D3: return 21;
            case D4: case S1: return 22;
            case S2: return 23; // S1 at entry, S2 during service
            default: return 27;
        }
    }

    private static Rank entryRank(Education education, Field field) {
        if ((field == Field.DOCTOR || field == Field.DENTIST) && education.compareTo(Education.S1) >= 0) {
            return education == Education.S1 ? Rank.III_B : Rank.III_C;
        }
        switch (education) {
            case SD: return Rank.I_A;
            case SMP: return Rank.I_C;
            case SMA: case D1: return Rank.II_A;
            case D2: return Rank.II_B;
            case D3: return Rank.II_C;
            case D4: case S1: return Rank.III_A;
            case S2: return Rank.III_B;
            default: return Rank.III_C;
        }
    }

    /** The highest rank reachable through regular promotion with this education and post. */
    private static Rank capRank(Role role, Education education) {
        switch (education) {
            case SD: return Rank.II_A;
            case SMP: return Rank.II_C;
            case SMA: case D1: case D2: return Rank.III_B;
            case D3: return Rank.III_D;
            default:
                break;
        }
        boolean skill = role.track() == Track.SKILL;
        if (role.type() == PositionType.PELAKSANA || skill) {
            return Rank.III_D;
        }
        return education.compareTo(Education.S2) >= 0 ? Rank.IV_B : Rank.IV_A;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    // ---------------------------------------------------------------------------------------
    // Names

    /** Names as found in Medan: Javanese, Malay (Deli), Batak (Mandailing, Toba, Karo, Simalungun), Minang. */
    private static final class Names {

        private enum Group {
            JAVANESE(30, true), MALAY(20, true), MANDAILING(20, true), TOBA(14, false), KARO(7, false),
            SIMALUNGUN(4, false), MINANG(5, true);

            final int weight;
            final boolean muslim;

            Group(int weight, boolean muslim) {
                this.weight = weight;
                this.muslim = muslim;
            }
        }

        private static final String[] JAVANESE_MALE_FIRST = {"Agus", "Budi", "Joko", "Eko", "Heru", "Slamet", "Tri",
            "Bambang", "Edi", "Dedi", "Ari", "Andi", "Rudi", "Teguh", "Hendra", "Yudi", "Dwi", "Sapto", "Fajar",
            "Bayu", "Wahyu", "Sigit", "Imam", "Anton", "Rahmat"};
        private static final String[] JAVANESE_MALE_LAST = {"Santoso", "Susilo", "Prasetyo", "Setiawan", "Riyadi",
            "Wahyudi", "Hermanto", "Suryanto", "Kurniawan", "Wibowo", "Prayitno", "Hartono", "Pranoto", "Cahyono",
            "Nugroho", "Saputro", "Purnomo", "Sulistyo", "Widodo", "Utomo"};
        private static final String[] JAVANESE_MALE_SINGLE = {"Sutrisno", "Suparman", "Wagino", "Sugianto", "Paimin",
            "Sukirman", "Ngatijo", "Suyatno"};
        private static final String[] JAVANESE_FEMALE_FIRST = {"Sri", "Endang", "Puji", "Dwi", "Rina", "Tri", "Eka",
            "Ratna", "Yuli", "Dewi", "Novi", "Indah", "Ayu", "Siti", "Nur", "Retno", "Tuti", "Wiwik", "Rini", "Yuni"};
        private static final String[] JAVANESE_FEMALE_LAST = {"Wahyuni", "Suryani", "Lestari", "Astuti", "Wati",
            "Rahayu", "Handayani", "Susanti", "Kartika", "Ningsih", "Andriani", "Permatasari", "Wulandari",
            "Purwanti", "Pratiwi", "Utami", "Rahmawati", "Fitriani", "Anggraini", "Mulyani"};
        private static final String[] JAVANESE_FEMALE_SINGLE = {"Suwarni", "Ponirah", "Suharti", "Sumiati", "Tumini",
            "Sulastri", "Painem", "Sukarni"};

        private static final String[] MALAY_MALE_FIRST = {"Syahrial", "Zulkifli", "Azhar", "Muhammad", "Syamsul",
            "Khairul", "Ismail", "Rusli", "Zainal", "Fadli", "Irwan", "Rizal", "Hasan", "Amir", "Dedy", "Fauzan",
            "Rahmad", "Abdul", "Ahmad", "Zulfan", "Syafrizal", "Hendra", "Fachrul", "Iskandar"};
        private static final String[] MALAY_MALE_LAST = {"Syahputra", "Effendi", "Bahri", "Anwar", "Abidin",
            "Hidayat", "Basri", "Yusuf", "Arif", "Hamdani", "Ramadhan", "Amri", "Saputra", "Fahmi", "Azmi", "Rasyid",
            "Hakim", "Syahreza", "Kadir", "Husein"};
        private static final String[] MALAY_FEMALE_FIRST = {"Nur", "Siti", "Fitri", "Rosnah", "Maslina", "Junaidah",
            "Zuraida", "Yusnidar", "Faridah", "Putri", "Mardiana", "Halimah", "Erna", "Syarifah", "Rahmah", "Nurul",
            "Rizka", "Dina", "Nadia", "Rafika"};
        private static final String[] MALAY_FEMALE_LAST = {"Hasanah", "Aisyah", "Fadhilah", "Azizah", "Aini", "Hanum",
            "Rezeki", "Rahmadani", "Wati", "Sari", "Hayati", "Jannah", "Safitri", "Amalia", "Yanti", "Zahara",
            "Khairani", "Maulida", "Husna", "Ramadhani"};

        private static final String[] MANDAILING_MALE = {"Ahmad", "Muhammad Iqbal", "Irwansyah", "Zulkarnain",
            "Rahmat", "Ridwan", "Hamdan", "Khairuddin", "Ikhwan", "Budiman", "Syaiful", "Ali Imran", "Taufik",
            "Fauzi", "Amran", "Armansyah", "Syahrul", "Mhd. Ridho", "Rizky", "Abdul Rahman", "Parlindungan",
            "Syahril", "Hamonangan", "Maraganti", "Asrul"};
        private static final String[] MANDAILING_FEMALE = {"Nurhayati", "Siti Aminah", "Fitri", "Rahmadani",
            "Nurul Hidayah", "Khairunnisa", "Asmidar", "Masitah", "Nur Aisyah", "Lely", "Nova", "Sri Mulyani",
            "Desi", "Yusriani", "Hotnida", "Seri Mulia", "Ummi Kalsum", "Rosmaini", "Mariani", "Lailan Syafrina",
            "Delima", "Nurintan"};
        private static final String[] MANDAILING_MARGA = {"Nasution", "Lubis", "Harahap", "Siregar", "Hasibuan",
            "Daulay", "Rangkuti", "Pulungan", "Dalimunthe", "Batubara", "Ritonga", "Pohan", "Matondang", "Tanjung",
            "Parinduri", "Nasution", "Lubis", "Harahap"};

        private static final String[] CHRISTIAN_MALE = {"Daniel", "Jonathan", "Roy", "Benny", "Robert", "Herman",
            "Tumpal", "Parulian", "Mangasi", "Hotman", "Jhonson", "Ronald", "Marihot", "Sahat", "Tigor", "Poltak",
            "Rudolf", "Fernando", "Agustinus", "Bonar", "Samuel", "Martin", "Freddy", "Hisar", "Togar"};
        private static final String[] CHRISTIAN_FEMALE = {"Rosmawati", "Ruth", "Maria", "Tiurma", "Rotua", "Mutiara",
            "Yohana", "Ester", "Sarah", "Debora", "Lamria", "Rosdiana", "Herawati", "Friska", "Elisabeth", "Melati",
            "Juliana", "Rita", "Masniari", "Nurmaida", "Sondang", "Imelda", "Roswita", "Lusiana"};
        private static final String[] TOBA_MARGA = {"Simanjuntak", "Sitompul", "Hutapea", "Situmorang", "Sinaga",
            "Pasaribu", "Tambunan", "Panjaitan", "Manurung", "Sihombing", "Simatupang", "Hutagalung", "Napitupulu",
            "Silalahi", "Sianturi", "Gultom", "Aritonang", "Siahaan", "Lumbantobing", "Marpaung"};
        private static final String[] KARO_GIVEN_MALE = {"Dermawan", "Sabar", "Kristian", "Ukur", "Rasmin",
            "Sentosa", "Edi", "Jusup", "Arifin", "Malem"};
        private static final String[] KARO_GIVEN_FEMALE = {"Sri Ulina", "Rasmiati", "Megawati", "Rosita", "Erlina",
            "Rosmeri", "Natalia", "Serepina"};
        private static final String[] KARO_MARGA = {"Sembiring", "Ginting", "Tarigan", "Sitepu", "Karo-Karo",
            "Perangin-angin", "Barus", "Surbakti", "Bangun", "Sinulingga", "Sembiring Meliala", "Sebayang"};
        private static final String[] SIMALUNGUN_MARGA = {"Damanik", "Saragih", "Purba", "Sinaga", "Girsang",
            "Sipayung", "Purba Tambak"};

        private static final String[] MINANG_MALE = {"Afrizal", "Yulizar", "Hendri", "Zulfikar", "Erwin", "Yusrizal",
            "Novriandi", "Irfan", "Zulhendri", "Rinaldi"};
        private static final String[] MINANG_FEMALE = {"Yuliana", "Desmawati", "Efrida", "Yusmaniar", "Rahmi",
            "Elvi", "Nofriyanti", "Rosmaniar", "Fitri Yanti", "Yelmi"};
        private static final String[] MINANG_LAST = {"Chaniago", "Putra", "Piliang", "Koto", "Sikumbang", "Jambak"};

        private final Set<String> used = new HashSet<>();

        String next(Random random, Gender gender, LocalDate birth, Education education, Field field) {
            Group group = group(random);
            String base = null;
            for (int attempt = 0; attempt < 50; attempt++) {
                String candidate = baseName(random, group, gender, birth);
                if (used.add(candidate)) {
                    base = candidate;
                    break;
                }
            }
            if (base == null) {
                throw new IllegalStateException("No unused name left for " + group);
            }
            return Titles.apply(random, base, gender, birth, education, field, group.muslim);
        }

        private static Group group(Random random) {
            int total = 0;
            for (Group g : Group.values()) {
                total += g.weight;
            }
            int r = random.nextInt(total);
            for (Group g : Group.values()) {
                r -= g.weight;
                if (r < 0) {
                    return g;
                }
            }
            throw new IllegalStateException();
        }

        private static String baseName(Random random, Group group, Gender gender, LocalDate birth) {
            boolean male = gender == Gender.MALE;
            switch (group) {
                case JAVANESE:
                    if (birth.getYear() < 1976 && random.nextInt(3) == 0) {
                        return pick(random, male ? JAVANESE_MALE_SINGLE : JAVANESE_FEMALE_SINGLE);
                    }
                    return male ? pick(random, JAVANESE_MALE_FIRST) + " " + pick(random, JAVANESE_MALE_LAST)
                            : pick(random, JAVANESE_FEMALE_FIRST) + " " + pick(random, JAVANESE_FEMALE_LAST);
                case MALAY: {
                    String name = male ? pick(random, MALAY_MALE_FIRST) + " " + pick(random, MALAY_MALE_LAST)
                            : pick(random, MALAY_FEMALE_FIRST) + " " + pick(random, MALAY_FEMALE_LAST);
                    if (random.nextInt(10) == 0) {
                        name = (random.nextBoolean() ? "Tengku " : "Wan ") + name;
                    }
                    return name;
                }
                case MANDAILING:
                    return pick(random, male ? MANDAILING_MALE : MANDAILING_FEMALE) + " "
                            + pick(random, MANDAILING_MARGA);
                case TOBA:
                    return pick(random, male ? CHRISTIAN_MALE : CHRISTIAN_FEMALE) + boru(random, male)
                            + pick(random, TOBA_MARGA);
                case KARO: {
                    String given = random.nextBoolean() ? pick(random, male ? KARO_GIVEN_MALE : KARO_GIVEN_FEMALE)
                            : pick(random, male ? CHRISTIAN_MALE : CHRISTIAN_FEMALE);
                    return given + boru(random, male) + pick(random, KARO_MARGA);
                }
                case SIMALUNGUN:
                    return pick(random, male ? CHRISTIAN_MALE : CHRISTIAN_FEMALE) + boru(random, male)
                            + pick(random, SIMALUNGUN_MARGA);
                default:
                    return pick(random, male ? MINANG_MALE : MINANG_FEMALE)
                            + (random.nextBoolean() ? " " + pick(random, MINANG_LAST) : "");
            }
        }

        /** Batak women often write "br." (boru) before the marga. */
        private static String boru(Random random, boolean male) {
            return !male && random.nextInt(3) == 0 ? " br. " : " ";
        }
    }

    /** Academic and hajj titles as written in Indonesian civil-service records. */
    private static final class Titles {

        static String apply(Random random, String base, Gender gender, LocalDate birth, Education education,
                Field field, boolean muslim) {
            boolean male = gender == Gender.MALE;
            List<String> prefix = new ArrayList<>();
            List<String> suffix = new ArrayList<>();
            int age = REFERENCE_DATE.getYear() - birth.getYear();
            switch (field) {
                case DOCTOR:
                    prefix.add("dr.");
                    break;
                case DENTIST:
                    prefix.add("drg.");
                    break;
                case PHARMACIST:
                    prefix.add("apt.");
                    suffix.add("S.Farm.");
                    break;
                default:
                    break;
            }
            if (prefix.isEmpty()) {
                String first = firstDegree(random, education, field);
                boolean oldSchool = (field == Field.GOV || field == Field.FINANCE || field == Field.EDUCATION)
                        && education.compareTo(Education.S1) >= 0 && birth.getYear() < 1970 && random.nextBoolean();
                if (oldSchool) {
                    prefix.add(male ? "Drs." : "Dra.");
                } else if (first != null) {
                    suffix.add(first);
                }
            }
            if (education.compareTo(Education.S2) >= 0) {
                suffix.add(masterDegree(random, field));
            }
            if (muslim && age >= 40 && random.nextInt(6) == 0) {
                prefix.add(male ? "H." : "Hj.");
            }
            StringBuilder sb = new StringBuilder();
            for (String p : prefix) {
                sb.append(p).append(' ');
            }
            sb.append(base);
            if (!suffix.isEmpty()) {
                sb.append(", ").append(String.join(", ", suffix));
            }
            return sb.toString();
        }

        /** @return the title of the first degree or diploma, or null below D1 */
        private static String firstDegree(Random random, Education education, Field field) {
            switch (education) {
                case SD: case SMP: case SMA:
                    return null;
                case D1:
                    return "A.P.";
                case D2:
                    return "A.Ma.";
                case D3:
                    return diploma(field);
                case D4:
                    return applied(field);
                default:
                    return bachelor(random, field);
            }
        }

        private static String diploma(Field field) {
            switch (field) {
                case FINANCE: return "A.Md.Ak.";
                case IT: return "A.Md.Kom.";
                case NURSE: return "A.Md.Kep.";
                case MIDWIFE: return "A.Md.Keb.";
                case PHARMACY_TECH: return "A.Md.Farm.";
                case LAB: return "A.Md.AK.";
                case NUTRITION: return "A.Md.Gz.";
                case SANITATION: return "A.Md.KL.";
                case MEDICAL_RECORDS: case PUBLIC_HEALTH: return "A.Md.Kes.";
                default: return "A.Md.";
            }
        }

        private static String applied(Field field) {
            switch (field) {
                case GOV: case LAW: return "S.STP.";
                case MIDWIFE: return "S.Tr.Keb.";
                case NURSE: return "S.Tr.Kep.";
                case IT: return "S.Tr.Kom.";
                case FINANCE: return "S.Tr.Ak.";
                case NUTRITION: return "S.Tr.Gz.";
                case LAB: case SANITATION: case MEDICAL_RECORDS: case PUBLIC_HEALTH: return "S.Tr.Kes.";
                default: return "S.ST.";
            }
        }

        private static String bachelor(Random random, Field field) {
            switch (field) {
                case GOV: return pick(random, new String[] {"S.Sos.", "S.Sos.", "S.IP.", "S.AP.", "S.H.", "S.E."});
                case FINANCE: return pick(random, new String[] {"S.E.", "S.E.", "S.Ak."});
                case IT: return pick(random, new String[] {"S.Kom.", "S.Kom.", "S.T."});
                case LAW: return pick(random, new String[] {"S.H.", "S.H.", "S.Sos."});
                case EDUCATION: return "S.Pd.";
                case NURSE: return "S.Kep., Ners";
                case MIDWIFE: return "S.Keb., Bd.";
                case LAB: return "S.Si.";
                case NUTRITION: return "S.Gz.";
                case PHARMACY_TECH: return "S.Farm.";
                default: return "S.KM.";
            }
        }

        private static String masterDegree(Random random, Field field) {
            switch (field) {
                case GOV: return pick(random, new String[] {"M.Si.", "M.AP.", "M.M."});
                case FINANCE: return pick(random, new String[] {"M.M.", "M.Si.", "M.Ak."});
                case IT: return "M.Kom.";
                case LAW: return "M.H.";
                case EDUCATION: return "M.Pd.";
                case NURSE: return "M.Kep.";
                case MIDWIFE: return "M.Keb.";
                case PHARMACIST: return "M.Farm.";
                default: return pick(random, new String[] {"M.Kes.", "M.K.M."});
            }
        }
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
