package id.pembina.bench.city;

import java.io.PrintWriter;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import id.pembina.catalog.api.AbsenceReason;
import id.pembina.catalog.api.AttendanceMark;
import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.CostCategory;
import id.pembina.catalog.api.CostLine;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.catalog.api.Program;
import id.pembina.catalog.api.ProgramDetail;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.evaluation.api.DisciplineSanction;
import id.pembina.evaluation.api.PerformanceRating;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.TestPhase;
import id.pembina.evaluation.data.api.YearFacts;
import id.pembina.platform.api.ImportResult;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;

/**
 * Years of training for the city through the domain services, as staff would enter it: sessions of the
 * installed programmes for each kecamatan's staff in turn (one day, 08:00-16:00, every few days, so nobody's
 * sessions overlap), enrollment, attendance (one in ten absent), reactions, pre- and post-tests, supervisors'
 * follow-ups (CSV imports, one per session and level) and a benefit per session. Kecamatan are shared out
 * between threads.
 */
final class CityTraining {

    private final ParticipantRegistry registry;
    private final CatalogService catalog;
    private final EvaluationDataService evaluation;
    private final Caller caller;

    CityTraining(ParticipantRegistry registry, CatalogService catalog, EvaluationDataService evaluation,
            Caller caller) {
        this.caller = caller;
        this.registry = registry;
        this.catalog = catalog;
        this.evaluation = evaluation;
    }

    /** @return enrollments made */
    long run(int firstYear, int years, int sessions, int perSession, int threads, PrintWriter log) throws Exception {
        List<String> kecamatan = registry.units().stream()
                .filter(u -> CityRegistry.ROOT.equals(u.parentCode())).map(OrganizationUnit::code).toList();
        Map<String, List<Participant>> staff = new ConcurrentHashMap<>();
        for (String kec : kecamatan) {
            staff.put(kec, registry.members(kec, false));
        }
        List<ProgramDetail> programs = new ArrayList<>();
        for (Program p : catalog.programs()) {
            programs.add(catalog.program(p.code()).orElseThrow());
        }
        int perYear = sessions / years;
        int rounds = (perYear + kecamatan.size() - 1) / kecamatan.size();
        int step = Math.max(1, 300 / Math.max(1, rounds));
        Map<String, AtomicInteger> cursor = new ConcurrentHashMap<>();
        kecamatan.forEach(k -> cursor.put(k, new AtomicInteger()));
        AtomicLong enrolled = new AtomicLong();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(pool.submit(() -> CallerContext.callAs(caller, () -> {
                    for (int y = 0; y < years; y++) {
                        for (int k = 0; k < perYear; k++) {
                            if (k % kecamatan.size() % threads != thread) {
                                continue;
                            }
                            String kec = kecamatan.get(k % kecamatan.size());
                            LocalDate day = LocalDate.of(firstYear + y, 1, 5).plusDays((long) (k / kecamatan.size()) * step);
                            List<Participant> all = staff.get(kec);
                            List<Participant> seats = new ArrayList<>();
                            int from = cursor.get(kec).getAndAdd(perSession);
                            for (int i = 0; i < Math.min(perSession, all.size()); i++) {
                                seats.add(all.get((from + i) % all.size()));
                            }
                            session(programs.get((k + y) % programs.size()), day, seats);
                            enrolled.addAndGet(seats.size());
                            int n = done.incrementAndGet();
                            if (n % 200 == 0) {
                                synchronized (log) {
                                    log.println("  " + n + " sessions, " + enrolled.get() + " enrollments");
                                    log.flush();
                                }
                            }
                        }
                    }
                    return null;
                })));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return enrolled.get();
    }

    private void session(ProgramDetail detail, LocalDate day, List<Participant> seats) {
        String code = detail.program().code();
        TrainingSession s = catalog.createSession(TrainingSession.of(code, day.atTime(8, 0), day.atTime(16, 0),
                "Aula Kantor Camat", null, seats.size() + 10, List.of("Dra. Rosmawati"),
                List.of(new CostLine(CostCategory.HONORARIA, "Narasumber", new BigDecimal("1500000.00")),
                        new CostLine(CostCategory.CONSUMPTION, "Konsumsi", BigDecimal.valueOf(35_000L * seats.size()))),
                List.of()));
        long id = s.id();
        List<AttendanceMark> marks = new ArrayList<>();
        List<Participant> present = new ArrayList<>();
        for (int i = 0; i < seats.size(); i++) {
            Participant p = seats.get(i);
            catalog.enroll(id, p.nip(), EnrollmentStatus.REGISTERED, null, null);
            boolean here = i % 10 != 9;
            marks.add(new AttendanceMark(p.nip(), 1, here, here ? null : AbsenceReason.SICKNESS, null));
            if (here) {
                present.add(p);
            }
        }
        catalog.recordAttendance(id, marks);
        if (detail.reaction() != null) {
            StringBuilder csv = new StringBuilder("nip,version");
            detail.reaction().items().forEach(item -> csv.append(',').append(item.id()));
            csv.append(",comment\n");
            for (int i = 0; i < present.size(); i++) {
                csv.append(present.get(i).nip()).append(',').append(detail.reaction().version());
                for (int j = 0; j < detail.reaction().items().size(); j++) {
                    csv.append(',').append(3 + (i + j) % 3);
                }
                csv.append(",\n");
            }
            check(evaluation.importReactions(id, new StringReader(csv.toString())), "reactions", id);
        }
        if (detail.knowledgeTest() != null) {
            for (TestPhase phase : TestPhase.values()) {
                StringBuilder csv = new StringBuilder("nip,version");
                detail.knowledgeTest().items().forEach(item -> csv.append(',').append(item.id()));
                csv.append('\n');
                for (int i = 0; i < present.size(); i++) {
                    csv.append(present.get(i).nip()).append(',').append(detail.knowledgeTest().version());
                    var items = detail.knowledgeTest().items();
                    for (int j = 0; j < items.size(); j++) {
                        // Before: right on every second item; after: wrong on every fifth.
                        boolean right = phase == TestPhase.PRE ? (i + j) % 2 == 0 : (i + j) % 5 != 0;
                        int answer = items.get(j).answerIndex();
                        csv.append(',').append(right ? answer : (answer + 1) % items.get(j).options().size());
                    }
                    csv.append('\n');
                }
                check(evaluation.importTests(id, phase, new StringReader(csv.toString())), phase + " test", id);
            }
        }
        if (detail.behaviour() != null) {
            StringBuilder csv = new StringBuilder("sessionId,nip,supervisorNip,phase,weeksAfterSession,version");
            detail.behaviour().indicators().forEach(ind -> csv.append(',').append(ind.id()));
            csv.append('\n');
            int rows = 0;
            for (int i = 0; i < present.size(); i++) {
                Participant p = present.get(i);
                if (p.supervisorNip() == null) {
                    continue;
                }
                for (String phase : List.of("BASELINE", "AFTER")) {
                    csv.append(id).append(',').append(p.nip()).append(',').append(p.supervisorNip()).append(',')
                            .append(phase).append(',').append(phase.equals("AFTER") ? "12" : "").append(',')
                            .append(detail.behaviour().version());
                    for (int j = 0; j < detail.behaviour().indicators().size(); j++) {
                        csv.append(',').append(phase.equals("AFTER") ? 2 + (i + j) % 3 : 1 + (i + j) % 3);
                    }
                    csv.append('\n');
                    rows++;
                }
            }
            if (rows > 0) {
                check(evaluation.importFollowUps(new StringReader(csv.toString())), "follow-ups", id);
            }
        }
        evaluation.recordBenefit(id, "Waktu layanan lebih singkat", BigDecimal.valueOf(20_000L * present.size()));
    }

    /** Facts of the year for every {@code every}-th active participant of the city. */
    int facts(int year, int every) {
        int n = 0;
        List<Participant> all = registry.members(CityRegistry.ROOT, false);
        for (int i = 0; i < all.size(); i += every) {
            evaluation.recordYearFacts(new YearFacts(all.get(i).nip(), year,
                    i % 7 == 0 ? PerformanceRating.VERY_GOOD : PerformanceRating.GOOD,
                    i % 50 == 0 ? DisciplineSanction.LIGHT : DisciplineSanction.NONE));
            n++;
        }
        return n;
    }

    private static void check(ImportResult r, String what, long session) {
        if (!r.errors().isEmpty()) {
            throw new IllegalStateException(what + " of session " + session + " refused: " + r.errors().subList(0,
                    Math.min(3, r.errors().size())));
        }
    }
}
