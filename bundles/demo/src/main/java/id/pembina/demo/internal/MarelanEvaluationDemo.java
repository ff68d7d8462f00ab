package id.pembina.demo.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import id.pembina.catalog.api.AbsenceReason;
import id.pembina.catalog.api.AttendanceMark;
import id.pembina.catalog.api.CostCategory;
import id.pembina.catalog.api.CostLine;
import id.pembina.catalog.api.Meeting;
import id.pembina.catalog.api.ProgramDetail;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.catalog.spi.BehaviourChecklist;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.ProgramDefinition;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.catalog.spi.ResultsIndicator;
import id.pembina.evaluation.api.DisciplineSanction;
import id.pembina.evaluation.api.PerformanceRating;
import id.pembina.evaluation.api.TrainingType;
import id.pembina.evaluation.data.api.ExternalTraining;
import id.pembina.evaluation.data.api.FollowUpPhase;
import id.pembina.evaluation.data.api.FollowUpSubmission;
import id.pembina.evaluation.data.api.IndicatorEntry;
import id.pembina.evaluation.data.api.IndicatorPhase;
import id.pembina.evaluation.data.api.ReactionSubmission;
import id.pembina.evaluation.data.api.TestSubmission;
import id.pembina.evaluation.data.api.YearFacts;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.PositionType;

/**
 * A year (2026) of training and evaluation for the {@link MarelanDemoData Medan Marelan demo}: two sessions of
 * each of the four seed programmes with enrollments, cancellations, attendance, reaction answers, pre/post tests,
 * the supervisors' follow-ups, unit results indicators (with a comparison unit per programme), monetised
 * benefits, the participants' yearly facts (2025 and 2026) and external training.
 * <p>
 * Pure and <b>deterministic</b>: a fixed seed, fixed dates and iteration in the order of the given participants
 * and instruments give the same {@link Plan} on every run. Every answer names the instrument version it is
 * given and lies in its range; every follow-up is by the participant's supervisor; sessions of the plan never
 * overlap in time, so no participant can hold two sessions at once. Nothing is stored here:
 * {@link EvaluationDemoApplier} hands the plan to the services.
 */
public final class MarelanEvaluationDemo {

    /** Seed of the generator. */
    static final long SEED = 20261127L;

    /** The year the sessions run in. */
    public static final int YEAR = 2026;

    /** The four seed programmes, in the order their sessions are planned. */
    public static final List<String> PROGRAMS = List.of("KOM-PELAYANAN", "ETIKA-ASN", "TI-PELAYANAN", "MANWAKTU");

    /** Weeks between a session and its AFTER follow-up. */
    static final int FOLLOW_UP_WEEKS = 12;

    /** The evaluation instruments of a programme that the plan answers. */
    public record Instruments(String code, int jp, ReactionQuestionnaire reaction, KnowledgeTest knowledgeTest,
            BehaviourChecklist behaviour, List<ResultsIndicator> results) {

        public Instruments {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(reaction, "reaction of " + code);
            Objects.requireNonNull(knowledgeTest, "knowledge test of " + code);
            Objects.requireNonNull(behaviour, "behaviour checklist of " + code);
            results = results == null ? List.of() : List.copyOf(results);
        }

        /** The current instruments as the catalog holds them. */
        public static Instruments of(ProgramDetail d) {
            return new Instruments(d.program().code(), d.program().jp(), d.reaction(), d.knowledgeTest(),
                    d.behaviour(), d.results());
        }

        /** The instruments as a module defines them. */
        public static Instruments of(ProgramDefinition d) {
            return new Instruments(d.code(), d.jp(), d.reaction(), d.knowledgeTest(), d.behaviour(), d.results());
        }
    }

    /** A participant's enrollment: REGISTERED first, then cancelled when {@code cancelReason} is set. */
    public record EnrollmentPlan(String nip, AbsenceReason cancelReason, String note) {

        public boolean cancelled() {
            return cancelReason != null;
        }
    }

    /** A supervisor's follow-up; the applier fills in the session id. */
    public record FollowUpPlan(String nip, String supervisorNip, FollowUpPhase phase, Integer weeksAfterSession,
            String version, Map<String, Integer> ratings) {

        public FollowUpSubmission submission(long sessionId) {
            return new FollowUpSubmission(sessionId, nip, supervisorNip, phase, weeksAfterSession, version, ratings);
        }
    }

    /** A monetised benefit of a session. */
    public record BenefitPlan(String description, BigDecimal amount) {
    }

    /** One session with everything recorded about it, in the order it is to be stored. */
    public record SessionPlan(String key, TrainingSession session, List<EnrollmentPlan> enrollments,
            List<AttendanceMark> attendance, List<ReactionSubmission> reactions, List<TestSubmission> preTests,
            List<TestSubmission> postTests, List<FollowUpPlan> followUps, List<BenefitPlan> benefits) {

        public SessionPlan {
            enrollments = List.copyOf(enrollments);
            attendance = List.copyOf(attendance);
            reactions = List.copyOf(reactions);
            preTests = List.copyOf(preTests);
            postTests = List.copyOf(postTests);
            followUps = List.copyOf(followUps);
            benefits = List.copyOf(benefits);
        }

        public String programCode() {
            return session.programCode();
        }
    }

    /** Everything the demo records after the registry load. */
    public record Plan(List<SessionPlan> sessions, List<IndicatorEntry> indicators, List<YearFacts> yearFacts,
            List<ExternalTraining> externalTrainings) {

        public Plan {
            sessions = List.copyOf(sessions);
            indicators = List.copyOf(indicators);
            yearFacts = List.copyOf(yearFacts);
            externalTrainings = List.copyOf(externalTrainings);
        }
    }

    private MarelanEvaluationDemo() {
    }

    /**
     * @param data        the generated participants and units
     * @param instruments the current instruments of the four {@link #PROGRAMS}, by programme code
     * @return the plan, the same for the same input
     * @throws IllegalArgumentException when a seed programme is missing
     */
    public static Plan plan(MarelanDemoData data, Map<String, Instruments> instruments) {
        for (String code : PROGRAMS) {
            if (!instruments.containsKey(code)) {
                throw new IllegalArgumentException("The instruments of " + code + " are missing");
            }
        }
        return new Generator(data, instruments).run();
    }

    // ---------------------------------------------------------------------------------------
    // The year's design

    /**
     * A programme's design for the demo.
     *
     * @param pool            units whose staff (not their leaders) may be invited
     * @param leaders         per session, the units whose leader joins it (leadership involvement)
     * @param measured        units with results-indicator values (treated; their staff take the programme)
     * @param comparison      a unit none of whose staff takes the programme: the comparison group
     * @param weakItems       reaction items rated low, becoming improvement points
     * @param hardItems       test items that stay hard after the training
     */
    private record Design(String code, List<Schedule> schedules, List<String> pool, List<List<String>> leaders,
            List<String> measured, String comparison, Set<String> weakItems, Set<String> hardItems,
            Map<String, Baseline> indicators, String benefit, double hoursSavedPerMonth, double hourlyRate,
            double gainMean) {
    }

    /** Where and when one session runs: days from {@code firstDay}, meetings per day. */
    private record Schedule(LocalDate firstDay, int days, List<LocalTime[]> daily, String venue,
            List<String> facilitators, int capacity, int enrolled) {
    }

    /**
     * A unit indicator's level before the training and the relative change after it for treated and comparison
     * units ({@code scale} fraction digits).
     */
    private record Baseline(double level, double treatedChange, double comparisonChange, int scale) {
    }

    private static LocalTime[] slot(int h1, int m1, int h2, int m2) {
        return new LocalTime[] {LocalTime.of(h1, m1), LocalTime.of(h2, m2)};
    }

    /** Two 3-hour meetings a day (4 JP each), with lunch and zuhur prayer between them. */
    private static final List<LocalTime[]> FULL_DAY = List.of(slot(8, 30, 11, 30), slot(13, 0, 16, 0));
    /** Two meetings of 135 minutes (3 JP each) a morning. */
    private static final List<LocalTime[]> MORNING = List.of(slot(8, 0, 10, 15), slot(10, 30, 12, 45));

    private static final String AULA_CAMAT = "Aula Kantor Camat Medan Marelan, Jl. Marelan Raya, Medan Marelan";
    private static final String AULA_PUSKESMAS = "Ruang Pertemuan UPT Puskesmas Medan Marelan";
    private static final String AULA_RENGAS = "Aula Kantor Lurah Rengas Pulau, Medan Marelan";
    private static final String RUANG_KOMPUTER = "Ruang Komputer UPT Pendidikan Kecamatan Medan Marelan";
    private static final String AULA_TANAH_ENAM_RATUS = "Aula Kantor Lurah Tanah Enam Ratus, Medan Marelan";

    private static List<Design> designs() {
        List<Design> d = new ArrayList<>();
        d.add(new Design("KOM-PELAYANAN",
                List.of(new Schedule(LocalDate.of(2026, 2, 3), 2, FULL_DAY, AULA_CAMAT,
                                List.of("Dra. Rosmawati Siregar, M.Si. (Widyaiswara BPSDM Provinsi Sumatera Utara)",
                                        "Fadli Hamdani Nasution, S.Sos., M.AP. (Bagian Organisasi Setda Kota Medan)"),
                                30, 28),
                        new Schedule(LocalDate.of(2026, 4, 7), 2, FULL_DAY, AULA_PUSKESMAS,
                                List.of("Dra. Rosmawati Siregar, M.Si. (Widyaiswara BPSDM Provinsi Sumatera Utara)",
                                        "Yusnidar Lubis, S.KM., M.Kes. (Dinas Kesehatan Kota Medan)"),
                                30, 27)),
                List.of("MARELAN-PELAYANAN", "KEL-LABUHAN-DELI", "KEL-RENGAS-PULAU", "KEL-TERJUN", "KEL-PAYA-PASIR",
                        "PUSKESMAS-MARELAN"),
                List.of(List.of("KEL-LABUHAN-DELI", "MARELAN-PELAYANAN"), List.of("PUSKESMAS-MARELAN", "KEL-RENGAS-PULAU")),
                List.of("MARELAN-PELAYANAN", "KEL-LABUHAN-DELI", "KEL-RENGAS-PULAU", "KEL-TERJUN", "KEL-PAYA-PASIR",
                        "PUSKESMAS-MARELAN"),
                "KEL-TANAH-ENAM-RATUS",
                Set.of("R09", "R10"), Set.of("T13", "T07"),
                Map.of("pengaduan-per-bulan", new Baseline(14, -0.32, -0.04, 0),
                        "ikm-unit", new Baseline(78.4, 0.06, 0.005, 2),
                        "berkas-dikembalikan", new Baseline(17.5, -0.35, -0.03, 1)),
                "Berkurangnya waktu petugas untuk pengaduan berulang dan berkas yang dikembalikan", 2.2, 48_000, 0.50));
        d.add(new Design("ETIKA-ASN",
                List.of(new Schedule(LocalDate.of(2026, 2, 12), 1, FULL_DAY, AULA_CAMAT,
                                List.of("Ir. Hotman Sitompul, M.M. (Inspektorat Kota Medan)",
                                        "Siti Aminah Harahap, S.H., M.H. (Ombudsman RI Perwakilan Sumatera Utara)"),
                                30, 30),
                        new Schedule(LocalDate.of(2026, 4, 23), 1, FULL_DAY, AULA_TANAH_ENAM_RATUS,
                                List.of("Ir. Hotman Sitompul, M.M. (Inspektorat Kota Medan)",
                                        "Zulkarnain Daulay, S.E., Ak. (Unit Pengendalian Gratifikasi Pemko Medan)"),
                                30, 29)),
                List.of("MARELAN-SEKCAM", "MARELAN-PEM", "MARELAN-PEMMAS", "MARELAN-PELAYANAN", "MARELAN-TRANTIB",
                        "KEL-LABUHAN-DELI", "KEL-RENGAS-PULAU", "KEL-TERJUN", "KEL-PAYA-PASIR",
                        "KEL-TANAH-ENAM-RATUS", "PUSKESMAS-MARELAN"),
                List.of(List.of("MARELAN", "MARELAN-TRANTIB", "KEL-LABUHAN-DELI", "PUSKESMAS-MARELAN"),
                        List.of("MARELAN-SEKCAM", "MARELAN-PELAYANAN", "KEL-RENGAS-PULAU")),
                List.of("MARELAN-PELAYANAN", "MARELAN-TRANTIB", "PUSKESMAS-MARELAN", "KEL-TERJUN"),
                "UPT-PENDIDIKAN-MARELAN",
                Set.of("R10", "R06"), Set.of("T05"),
                Map.of("pengaduan-pungli", new Baseline(3.0, -0.45, -0.05, 0),
                        "skm-perilaku-pelaksana", new Baseline(80.2, 0.05, 0.004, 2)),
                "Berkurangnya waktu penanganan pengaduan pungutan liar dan pemeriksaan oleh APIP", 0.9, 48_000, 0.42));
        d.add(new Design("TI-PELAYANAN",
                List.of(new Schedule(LocalDate.of(2026, 5, 5), 3, FULL_DAY, RUANG_KOMPUTER,
                                List.of("Hendra Gunawan Tarigan, S.Kom., M.Kom. (Dinas Komunikasi dan Informatika Kota Medan)",
                                        "Rizka Amalia, S.T. (Dinas Kependudukan dan Pencatatan Sipil Kota Medan)"),
                                25, 25),
                        new Schedule(LocalDate.of(2026, 6, 9), 3, FULL_DAY, RUANG_KOMPUTER,
                                List.of("Hendra Gunawan Tarigan, S.Kom., M.Kom. (Dinas Komunikasi dan Informatika Kota Medan)",
                                        "Daniel Simanjuntak, S.Kom. (Dinas Komunikasi dan Informatika Kota Medan)"),
                                25, 24)),
                List.of("MARELAN-SEKCAM", "MARELAN-PEM", "MARELAN-PELAYANAN", "KEL-TANAH-ENAM-RATUS", "KEL-TERJUN",
                        "UPT-PENDIDIKAN-MARELAN"),
                List.of(List.of("MARELAN-PELAYANAN", "MARELAN-SEKCAM"), List.of()),
                List.of("MARELAN-PELAYANAN", "MARELAN-PEM", "KEL-TANAH-ENAM-RATUS", "KEL-TERJUN"),
                "KEL-PAYA-PASIR",
                Set.of("R11"), Set.of("T12", "T18"),
                Map.of("waktu-layanan-menit", new Baseline(42, -0.28, -0.03, 0),
                        "permohonan-daring", new Baseline(22.5, 0.55, 0.06, 1),
                        "kesalahan-data", new Baseline(11, -0.38, -0.05, 0)),
                "Penghematan waktu layanan dan perbaikan data setelah permohonan diproses daring", 4.0, 48_000, 0.55));
        d.add(new Design("MANWAKTU",
                List.of(new Schedule(LocalDate.of(2026, 7, 7), 2, MORNING, AULA_RENGAS,
                                List.of("Drs. Syahrial Effendi, M.Si. (Widyaiswara BPSDM Provinsi Sumatera Utara)"),
                                30, 26),
                        new Schedule(LocalDate.of(2026, 7, 21), 2, MORNING, AULA_CAMAT,
                                List.of("Drs. Syahrial Effendi, M.Si. (Widyaiswara BPSDM Provinsi Sumatera Utara)",
                                        "Nurul Hidayah Pulungan, S.Psi., M.Psi. (BKPSDM Kota Medan)"),
                                28, 22)),
                List.of("MARELAN-SEKCAM", "MARELAN-PEMMAS", "MARELAN-TRANTIB", "KEL-LABUHAN-DELI", "KEL-RENGAS-PULAU",
                        "UPT-PENDIDIKAN-MARELAN"),
                List.of(List.of("MARELAN-SEKCAM", "KEL-LABUHAN-DELI"), List.of()),
                List.of("MARELAN-SEKCAM", "MARELAN-TRANTIB", "KEL-LABUHAN-DELI", "KEL-RENGAS-PULAU"),
                "KEL-TERJUN",
                Set.of("R11", "R09"), Set.of("T10"),
                Map.of("layanan-tepat-waktu", new Baseline(71.5, 0.14, 0.01, 1),
                        "tunggakan-berkas", new Baseline(23, -0.40, -0.04, 0),
                        "waktu-penyelesaian-hari", new Baseline(4.6, -0.22, -0.02, 1)),
                "Berkurangnya lembur dan tunggakan berkas karena pekerjaan direncanakan", 2.5, 48_000, 0.47));
        return d;
    }

    private static final String[] WORKLOAD_NOTES = {
        "Bertugas di loket pelayanan karena petugas lain cuti",
        "Menyelesaikan tunggakan berkas administrasi kependudukan",
        "Ditugaskan mendampingi pendataan warga oleh Dinas Sosial",
        "Menyiapkan laporan keuangan triwulan yang harus dikirim hari ini",
        "Bertugas dalam pengamanan kegiatan Pemko Medan",
        "Pelayanan posyandu dan imunisasi terjadwal",
        "Rapat koordinasi di Kantor Wali Kota",
        "Menyiapkan bahan Musrenbang kelurahan"};
    private static final String[] LEAVE_NOTES = {"Cuti tahunan", "Cuti alasan penting: keluarga berduka", "Cuti besar"};
    private static final String[] SICK_NOTES = {"Sakit, dengan surat keterangan dokter", "Sakit demam", "Rawat jalan"};
    private static final String[] OTHER_NOTES = {"Mendampingi kunjungan kerja Wali Kota ke Medan Marelan",
        "Mengikuti bimbingan teknis SIASN di BKPSDM", "Menjadi saksi dalam sidang di Pengadilan Negeri Medan"};

    private static final String[] COMMENTS = {
        "Materi sangat bermanfaat untuk pelayanan di loket.",
        "Waktunya terlalu singkat untuk praktik, mohon ditambah.",
        "Jadwal bertepatan dengan puncak pelayanan, pekerjaan di kantor menumpuk.",
        "Fasilitator menjelaskan dengan contoh yang dekat dengan tugas kami.",
        "Mohon bahan tayang dibagikan dalam bentuk file.",
        "Sebaiknya diadakan lagi untuk pegawai yang belum ikut.",
        "Ruangan panas, pendingin udara kurang berfungsi."};

    // ---------------------------------------------------------------------------------------
    // Generation

    private static final class Generator {

        private final MarelanDemoData data;
        private final Map<String, Instruments> instruments;
        private final Random random = new Random(SEED);
        private final Map<String, List<Participant>> staffByUnit = new LinkedHashMap<>();
        private final Map<String, Participant> byNip = new HashMap<>();
        /** NIP to the JP credited by the plan's sessions (attendance at least 80% of the minutes). */
        private final Map<String, Integer> creditedJp = new HashMap<>();

        Generator(MarelanDemoData data, Map<String, Instruments> instruments) {
            this.data = data;
            this.instruments = instruments;
            for (Participant p : data.participants()) {
                byNip.put(p.nip(), p);
                if (!p.nip().equals(data.leaderOf(p.unitCode()))) {
                    staffByUnit.computeIfAbsent(p.unitCode(), u -> new ArrayList<>()).add(p);
                }
            }
        }

        Plan run() {
            List<SessionPlan> sessions = new ArrayList<>();
            List<IndicatorEntry> indicators = new ArrayList<>();
            List<Design> designs = designs();
            // Units whose leader joins two sessions or more: their staff apply the training somewhat more.
            Map<String, Integer> leaderSessions = new HashMap<>();
            designs.forEach(d -> d.leaders().forEach(list -> list.forEach(u -> leaderSessions.merge(u, 1, Integer::sum))));
            Set<String> involvedUnits = new HashSet<>();
            leaderSessions.forEach((unit, count) -> {
                if (count >= 2) {
                    involvedUnits.add(unit);
                }
            });
            for (Design design : designs) {
                Instruments ins = instruments.get(design.code());
                Set<String> taken = new HashSet<>();
                for (int i = 0; i < design.schedules().size(); i++) {
                    sessions.add(session(design, ins, i, taken, involvedUnits));
                }
                indicators.addAll(indicators(design, ins, sessions));
            }
            return new Plan(sessions, indicators, yearFacts(), externalTrainings());
        }

        // ---- sessions ----

        private SessionPlan session(Design design, Instruments ins, int index, Set<String> taken,
                Set<String> involvedUnits) {
            Schedule s = design.schedules().get(index);
            List<Meeting> meetings = new ArrayList<>();
            for (int day = 0; day < s.days(); day++) {
                LocalDate date = s.firstDay().plusDays(day);
                for (LocalTime[] slot : s.daily()) {
                    meetings.add(new Meeting(null, date.atTime(slot[0]), date.atTime(slot[1])));
                }
            }
            LocalDateTime start = meetings.get(0).start();
            LocalDateTime end = meetings.get(meetings.size() - 1).end();
            String key = design.code() + "-" + (index + 1);

            // Who is invited: the leaders of the session's units, then staff drawn from the pool.
            List<Participant> invited = new ArrayList<>();
            for (String unit : design.leaders().get(index)) {
                Participant leader = byNip.get(data.leaderOf(unit));
                if (leader != null && taken.add(leader.nip())) {
                    invited.add(leader);
                }
            }
            List<Participant> pool = new ArrayList<>();
            for (String unit : design.pool()) {
                for (Participant p : staffByUnit.getOrDefault(unit, List.of())) {
                    if (!taken.contains(p.nip())) {
                        pool.add(p);
                    }
                }
            }
            Collections.shuffle(pool, random);
            for (int i = 0; invited.size() < s.enrolled() && i < pool.size(); i++) {
                invited.add(pool.get(i));
                taken.add(pool.get(i).nip());
            }

            // Cancellations: one to three staff members, workload first among the reasons.
            int cancellations = 1 + random.nextInt(3);
            Set<Integer> cancelling = new HashSet<>();
            while (cancelling.size() < cancellations) {
                int i = random.nextInt(invited.size());
                Participant p = invited.get(i);
                if (!p.nip().equals(data.leaderOf(p.unitCode()))) {
                    cancelling.add(i);
                }
            }
            List<EnrollmentPlan> enrollments = new ArrayList<>();
            List<Participant> seated = new ArrayList<>();
            for (int i = 0; i < invited.size(); i++) {
                Participant p = invited.get(i);
                if (cancelling.contains(i)) {
                    AbsenceReason reason = absenceReason();
                    enrollments.add(new EnrollmentPlan(p.nip(), reason, note(reason)));
                } else {
                    enrollments.add(new EnrollmentPlan(p.nip(), null, null));
                    seated.add(p);
                }
            }

            // Attendance per meeting: most attend everything, some miss a meeting or two, a few none.
            List<AttendanceMark> marks = new ArrayList<>();
            Map<String, boolean[]> presence = new LinkedHashMap<>();
            int n = meetings.size();
            for (Participant p : seated) {
                boolean[] present = new boolean[n];
                Arrays.fill(present, true);
                boolean isLeader = p.nip().equals(data.leaderOf(p.unitCode()));
                double r = random.nextDouble();
                if (isLeader) {
                    // Leaders who come to set an example stay to the end.
                } else if (r < 0.04) {
                    Arrays.fill(present, false); // no-show
                } else if (r < 0.12) {
                    present[1 + random.nextInt(n - 1)] = false;
                } else if (r < 0.17 && n > 2) {
                    present[1 + random.nextInt(n - 1)] = false;
                    present[1 + random.nextInt(n - 1)] = false;
                }
                presence.put(p.nip(), present);
                for (int m = 0; m < n; m++) {
                    AbsenceReason reason = present[m] ? null : absenceReason();
                    marks.add(new AttendanceMark(p.nip(), m + 1, present[m], reason, present[m] ? null : note(reason)));
                }
                int count = 0;
                for (boolean b : present) {
                    count += b ? 1 : 0;
                }
                // Meetings of a session are equally long: the share of meetings is the share of minutes.
                if (count * 5 >= n * 4) {
                    creditedJp.merge(p.nip(), ins.jp(), Integer::sum);
                }
            }

            List<ReactionSubmission> reactions = new ArrayList<>();
            List<TestSubmission> pre = new ArrayList<>();
            List<TestSubmission> post = new ArrayList<>();
            List<FollowUpPlan> followUps = new ArrayList<>();
            for (Participant p : seated) {
                boolean[] present = presence.get(p.nip());
                boolean first = present[0];
                boolean last = present[n - 1];
                double preShare = clamp(0.50 + random.nextGaussian() * 0.12, 0.15, 0.90);
                double gain = clamp(design.gainMean() + random.nextGaussian() * 0.15, 0.0, 0.95);
                if (first) {
                    pre.add(new TestSubmission(p.nip(), ins.knowledgeTest().version(),
                            answers(ins.knowledgeTest(), preShare, design.hardItems(), false)));
                }
                if (first && last) {
                    double postShare = preShare + gain * (1 - preShare);
                    post.add(new TestSubmission(p.nip(), ins.knowledgeTest().version(),
                            answers(ins.knowledgeTest(), postShare, design.hardItems(), true)));
                }
                if (last && random.nextDouble() < 0.95) {
                    reactions.add(reaction(p.nip(), ins.reaction(), design.weakItems()));
                }
                boolean attended = false;
                for (boolean b : present) {
                    attended |= b;
                }
                // Supervisors answer for about 80% of the participants who came; the Camat has no supervisor.
                if (attended && p.supervisorNip() != null && random.nextDouble() < 0.82) {
                    boolean involved = involvedUnits.contains(p.unitCode());
                    BehaviourChecklist checklist = ins.behaviour();
                    Map<String, Integer> before = new LinkedHashMap<>();
                    Map<String, Integer> after = new LinkedHashMap<>();
                    double person = random.nextGaussian() * 0.35;
                    for (BehaviourChecklist.BehaviourIndicator indicator : checklist.indicators()) {
                        double b = 2.2 + person + random.nextGaussian() * 0.45;
                        double a = b + 0.75 + (involved ? 0.3 : 0) + random.nextGaussian() * 0.45;
                        before.put(indicator.id(), (int) clamp(Math.round(b), 1, 4));
                        after.put(indicator.id(), (int) clamp(Math.round(a), 1, 4));
                    }
                    followUps.add(new FollowUpPlan(p.nip(), p.supervisorNip(), FollowUpPhase.BASELINE, null,
                            checklist.version(), before));
                    followUps.add(new FollowUpPlan(p.nip(), p.supervisorNip(), FollowUpPhase.AFTER, FOLLOW_UP_WEEKS,
                            checklist.version(), after));
                }
            }

            int attendedCount = (int) presence.values().stream().filter(a -> {
                for (boolean b : a) {
                    if (b) {
                        return true;
                    }
                }
                return false;
            }).count();
            TrainingSession session = TrainingSession.of(design.code(), start, end, s.venue(), null, s.capacity(),
                    s.facilitators(), costs(ins, s), meetings);
            List<BenefitPlan> benefits = benefits(design, attendedCount);
            return new SessionPlan(key, session, enrollments, marks, reactions, pre, post, followUps, benefits);
        }

        private AbsenceReason absenceReason() {
            double r = random.nextDouble();
            return r < 0.6 ? AbsenceReason.WORKLOAD : r < 0.75 ? AbsenceReason.LEAVE
                    : r < 0.9 ? AbsenceReason.SICKNESS : AbsenceReason.OTHER;
        }

        private String note(AbsenceReason reason) {
            switch (reason) {
                case WORKLOAD: return pick(WORKLOAD_NOTES);
                case LEAVE: return pick(LEAVE_NOTES);
                case SICKNESS: return pick(SICK_NOTES);
                default: return pick(OTHER_NOTES);
            }
        }

        private String pick(String[] options) {
            return options[random.nextInt(options.length)];
        }

        /** Choices scoring about {@code share} of the items; hard items are missed more often. */
        private Map<String, Integer> answers(KnowledgeTest test, double share, Set<String> hard, boolean post) {
            Map<String, Integer> choices = new LinkedHashMap<>();
            for (KnowledgeTest.TestItem item : test.items()) {
                double p = hard.contains(item.id()) ? share * (post ? 0.6 : 0.7) : Math.min(0.98, share * 1.06);
                int choice;
                if (random.nextDouble() < p) {
                    choice = item.answerIndex();
                } else {
                    choice = random.nextInt(item.options().size() - 1);
                    if (choice >= item.answerIndex()) {
                        choice++;
                    }
                }
                choices.put(item.id(), choice);
            }
            return choices;
        }

        /** Likert answers: mostly 4 and 5, the weak items around 3. */
        private ReactionSubmission reaction(String nip, ReactionQuestionnaire q, Set<String> weak) {
            double person = 4.35 + random.nextGaussian() * 0.3;
            Map<String, Integer> values = new LinkedHashMap<>();
            for (ReactionQuestionnaire.LikertItem item : q.items()) {
                double v = person + (weak.contains(item.id()) ? -1.25 : 0) + random.nextGaussian() * 0.55;
                values.put(item.id(), (int) clamp(Math.round(v), 1, 5));
            }
            String comment = random.nextDouble() < 0.25 ? pick(COMMENTS) : null;
            return new ReactionSubmission(nip, q.version(), values, comment);
        }

        private List<CostLine> costs(Instruments ins, Schedule s) {
            List<CostLine> costs = new ArrayList<>();
            int people = s.capacity();
            int days = s.days();
            costs.add(new CostLine(CostCategory.HONORARIA, "Honorarium narasumber " + ins.jp() + " JP x Rp 900.000",
                    rupiah(ins.jp() * 900_000L)));
            costs.add(new CostLine(CostCategory.HONORARIA, "Honorarium panitia penyelenggara (" + days + " hari)",
                    rupiah(3L * days * 300_000L)));
            costs.add(new CostLine(CostCategory.CONSUMPTION, "Makan siang dan rehat kopi " + (people + 4) + " orang x "
                    + days + " hari x Rp 85.000", rupiah((people + 4L) * days * 85_000L)));
            costs.add(new CostLine(CostCategory.MATERIALS, "Penggandaan modul, ATK dan sertifikat " + people
                    + " paket x Rp 65.000", rupiah(people * 65_000L)));
            if (s.venue().startsWith("Ruang Komputer")) {
                costs.add(new CostLine(CostCategory.VENUE, "Sewa laptop dan akses internet " + days + " hari",
                        rupiah(days * 2_750_000L)));
            } else {
                costs.add(new CostLine(CostCategory.VENUE, "Sewa pengeras suara dan proyektor " + days + " hari",
                        rupiah(days * 600_000L)));
            }
            costs.add(new CostLine(CostCategory.TRANSPORT, "Transport lokal narasumber " + s.facilitators().size()
                    + " orang x " + days + " hari x Rp 150.000", rupiah(s.facilitators().size() * days * 150_000L)));
            return costs;
        }

        /** Hours saved a month per participant, over 12 months, at the hourly cost of an ASN. */
        private List<BenefitPlan> benefits(Design design, int attended) {
            double hours = design.hoursSavedPerMonth() * (0.85 + random.nextDouble() * 0.3);
            long amount = Math.round(hours * attended * 12 * design.hourlyRate() / 1000.0) * 1000;
            String text = String.format(java.util.Locale.ROOT, "%s: %.1f jam/bulan x %d peserta x 12 bulan x Rp %,d",
                    design.benefit(), hours, attended, (long) design.hourlyRate()).replace(',', '.');
            return List.of(new BenefitPlan(text, rupiah(amount)));
        }

        // ---- unit indicators ----

        private List<IndicatorEntry> indicators(Design design, Instruments ins, List<SessionPlan> sessions) {
            List<LocalDateTime> starts = new ArrayList<>();
            for (SessionPlan s : sessions) {
                if (s.programCode().equals(design.code())) {
                    starts.add(s.session().start());
                }
            }
            YearMonth first = YearMonth.from(Collections.min(starts));
            YearMonth last = YearMonth.from(Collections.max(starts));
            List<IndicatorEntry> out = new ArrayList<>();
            List<String> units = new ArrayList<>(design.measured());
            units.add(design.comparison());
            for (ResultsIndicator indicator : ins.results()) {
                Baseline b = design.indicators().get(indicator.id());
                if (b == null) {
                    continue;
                }
                for (String unit : units) {
                    boolean comparison = unit.equals(design.comparison());
                    double level = b.level() * (0.8 + random.nextDouble() * 0.4);
                    double change = comparison ? b.comparisonChange() : b.treatedChange() * (0.7 + random.nextDouble() * 0.6);
                    for (int m = 3; m >= 1; m--) {
                        out.add(entry(unit, design.code(), indicator.id(), first.minusMonths(m),
                                level * (1 + random.nextGaussian() * 0.05), b.scale(), IndicatorPhase.BEFORE, comparison));
                    }
                    for (int m = 1; m <= 3; m++) {
                        out.add(entry(unit, design.code(), indicator.id(), last.plusMonths(m),
                                level * (1 + change) * (1 + random.nextGaussian() * 0.05), b.scale(),
                                IndicatorPhase.AFTER, comparison));
                    }
                }
            }
            return out;
        }

        private static IndicatorEntry entry(String unit, String program, String indicator, YearMonth period, double value,
                int scale, IndicatorPhase phase, boolean comparison) {
            BigDecimal v = BigDecimal.valueOf(Math.max(0, value)).setScale(scale, RoundingMode.HALF_UP);
            if (v.compareTo(BigDecimal.valueOf(100)) > 0 && scale > 0) {
                v = BigDecimal.valueOf(100).setScale(scale);
            }
            return new IndicatorEntry(unit, program, indicator, period.toString(), v, phase, comparison);
        }

        // ---- the participants' years ----

        private List<YearFacts> yearFacts() {
            List<YearFacts> out = new ArrayList<>();
            for (int year : new int[] {YEAR - 1, YEAR}) {
                for (Participant p : data.participants()) {
                    double r = random.nextDouble();
                    PerformanceRating rating = r < 0.20 ? PerformanceRating.VERY_GOOD
                            : r < 0.88 ? PerformanceRating.GOOD
                            : r < 0.97 ? PerformanceRating.NEEDS_IMPROVEMENT
                            : r < 0.995 ? PerformanceRating.POOR : PerformanceRating.VERY_POOR;
                    double d = random.nextDouble();
                    DisciplineSanction sanction = d < 0.955 ? DisciplineSanction.NONE
                            : d < 0.985 ? DisciplineSanction.LIGHT
                            : d < 0.997 ? DisciplineSanction.MEDIUM : DisciplineSanction.HEAVY;
                    if (sanction.compareTo(DisciplineSanction.MEDIUM) >= 0 && rating.compareTo(PerformanceRating.GOOD) <= 0) {
                        rating = PerformanceRating.NEEDS_IMPROVEMENT;
                    }
                    out.add(new YearFacts(p.nip(), year, rating, sanction));
                }
            }
            return out;
        }

        /**
         * Training outside Pembina: the leadership or functional training of the post in earlier years, and in
         * 2025 and 2026 e-learning, technical and functional training and webinars.
         */
        private List<ExternalTraining> externalTrainings() {
            List<ExternalTraining> out = new ArrayList<>();
            int serial = 0;
            for (Participant p : data.participants()) {
                PositionType type = p.positionType();
                if ((type == PositionType.ADMINISTRATOR || type == PositionType.PENGAWAS) && random.nextDouble() < 0.8) {
                    LocalDate when = date(2017 + random.nextInt(8), 12);
                    out.add(new ExternalTraining(null, p.nip(), type == PositionType.ADMINISTRATOR
                            ? "Pelatihan Kepemimpinan Administrator (PKA)" : "Pelatihan Kepemimpinan Pengawas (PKP)",
                            TrainingType.LEADERSHIP, BigDecimal.valueOf(410), when,
                            certificate("BPSDM-SU", ++serial, when.getYear())));
                } else if (type == PositionType.FUNGSIONAL && random.nextDouble() < 0.7) {
                    LocalDate when = date(2014 + random.nextInt(11), 12);
                    out.add(new ExternalTraining(null, p.nip(), "Pelatihan Jabatan Fungsional " + p.positionTitle(),
                            TrainingType.FUNCTIONAL, BigDecimal.valueOf(40 + 8 * random.nextInt(6)), when,
                            certificate(functionalIssuer(p), ++serial, when.getYear())));
                }
                int pembina = creditedJp.getOrDefault(p.nip(), 0);
                // Closer to the 20 JP, more often topped up; some stay short, which is the point of the rule.
                double chance = pembina >= 20 ? 0.25 : pembina >= 12 ? 0.55 : pembina > 0 ? 0.45 : 0.40;
                if (random.nextDouble() < chance) {
                    out.add(external(p, YEAR, ++serial));
                }
                if (random.nextDouble() < 0.45) {
                    out.add(webinar(p, YEAR - random.nextInt(2), ++serial));
                }
                if (random.nextDouble() < 0.35) {
                    out.add(external(p, YEAR - 1, ++serial));
                }
            }
            return out;
        }

        private ExternalTraining external(Participant p, int year, int serial) {
            String unit = p.unitCode();
            double r = random.nextDouble();
            String title;
            TrainingType type;
            int jp;
            String issuer;
            if (unit.equals("PUSKESMAS-MARELAN") && r < 0.5) {
                String[] titles = {"Pelatihan Pelayanan Kesehatan Ibu dan Anak", "Pelatihan Tata Laksana Tuberkulosis",
                    "Pelatihan Manajemen Puskesmas", "Pelatihan Pencegahan dan Pengendalian Infeksi"};
                title = pick(titles);
                type = TrainingType.TECHNICAL;
                jp = 24 + 8 * random.nextInt(3);
                issuer = "DINKES-MDN";
            } else if (unit.equals("UPT-PENDIDIKAN-MARELAN") && r < 0.5) {
                title = "Bimbingan Teknis Supervisi Akademik Kurikulum Merdeka";
                type = TrainingType.TECHNICAL;
                jp = 32;
                issuer = "DISDIK-MDN";
            } else {
                String[] titles = {"E-Learning Literasi Digital ASN", "Kursus Daring Manajemen Arsip Dinamis",
                    "E-Learning Pengadaan Barang/Jasa Pemerintah Tingkat Dasar", "Pelatihan Penulisan Naskah Dinas",
                    "E-Learning Pelayanan Publik Prima", "Pelatihan Pengelolaan Keuangan Kelurahan"};
                title = pick(titles);
                type = TrainingType.TECHNICAL;
                jp = 4 + 2 * random.nextInt(9);
                issuer = "LAN-ASNU";
            }
            return new ExternalTraining(null, p.nip(), title, type, BigDecimal.valueOf(jp),
                    date(year, year == YEAR ? 10 : 12), certificate(issuer, serial, year));
        }

        private ExternalTraining webinar(Participant p, int year, int serial) {
            String[] titles = {"Webinar Smart ASN Menuju Birokrasi Berkelas Dunia", "Webinar Keamanan Informasi",
                "Seminar Reformasi Birokrasi Tematik", "Webinar Manajemen Talenta ASN", "Webinar Core Values BerAKHLAK"};
            return new ExternalTraining(null, p.nip(), pick(titles), TrainingType.SEMINAR,
                    BigDecimal.valueOf(2 + random.nextInt(3)), date(year, year == YEAR ? 10 : 12),
                    certificate("BKN", serial, year));
        }

        private static String functionalIssuer(Participant p) {
            switch (p.unitCode()) {
                case "PUSKESMAS-MARELAN": return "BAPELKES-SU";
                case "UPT-PENDIDIKAN-MARELAN": return "LPMP-SU";
                default: return "BPSDM-SU";
            }
        }

        /** A day in the first {@code months} months of the year. */
        private LocalDate date(int year, int months) {
            int month = 1 + random.nextInt(months);
            return LocalDate.of(year, month, 1 + random.nextInt(YearMonth.of(year, month).lengthOfMonth()));
        }

        private static String certificate(String issuer, int serial, int year) {
            return String.format(java.util.Locale.ROOT, "%s/%d/%05d", issuer, year, serial);
        }
    }

    private static BigDecimal rupiah(long amount) {
        return BigDecimal.valueOf(amount);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
