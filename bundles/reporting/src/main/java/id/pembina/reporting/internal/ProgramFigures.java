package id.pembina.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import id.pembina.catalog.api.AbsenceReason;
import id.pembina.catalog.api.AttendanceSummary;
import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.Enrollment;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.catalog.api.ProgramDetail;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.evaluation.api.EvaluationEngine;
import id.pembina.evaluation.api.ImprovementPoint;
import id.pembina.evaluation.api.ItemAnalysis;
import id.pembina.evaluation.api.ItemResponse;
import id.pembina.evaluation.api.LikertAnswer;
import id.pembina.evaluation.api.LikertItem;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.ProgramEvaluation;
import id.pembina.evaluation.data.api.ReactionResponse;
import id.pembina.evaluation.data.api.TestAnswers;
import id.pembina.evaluation.data.api.TestPhase;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;

/**
 * What the programme report needs beyond the evaluation's levels, read once through the domain services:
 * sessions, enrollments and attendance, the reaction items below the threshold in the questionnaire version
 * each participant answered, comments, the pre-test item analysis, and whether the participants' direct
 * supervisors took part.
 */
record ProgramFigures(String programCode, List<TrainingSession> sessions, Map<Long, List<Enrollment>> enrollments,
        Map<Long, List<AttendanceSummary>> attendance, Map<EnrollmentStatus, Integer> statuses,
        Map<AbsenceReason, Integer> absences, int credited, long creditedJp, Double attendanceRate,
        List<VersionPoint> belowThreshold, List<Comment> comments, Analysis preTest, Map<String, String> questions,
        int supervisors, int supervisorsInvolved) {

    /** A reaction item below the threshold, with the wording of the version its answers were given to. */
    record VersionPoint(String version, ImprovementPoint point) {
    }

    /** A participant's comment and the day of its session. */
    record Comment(LocalDate sessionDay, String text) {
    }

    /** An item analysis of the tests answered against one version. */
    record Analysis(String version, ItemAnalysis analysis) {
    }

    /** @return the share of supervisors who held a seat themselves, or null without supervisors */
    Double supervisorInvolvement() {
        return supervisors == 0 ? null : (double) supervisorsInvolved / supervisors;
    }

    static ProgramFigures read(CatalogService catalog, EvaluationDataService evaluation, EvaluationEngine engine,
            ParticipantRegistry registry, ProgramDetail detail, ProgramEvaluation pe) {
        String code = detail.program().code();
        List<Long> ids = pe.sessionIds();
        List<TrainingSession> sessions = new ArrayList<>();
        ids.forEach(id -> catalog.session(id).ifPresent(sessions::add));
        sessions.sort(Comparator.comparing(TrainingSession::start).thenComparing(TrainingSession::id));
        Map<Long, List<Enrollment>> enrollments = catalog.enrollments(ids);
        Map<Long, List<AttendanceSummary>> attendance = catalog.attendance(ids);

        Map<EnrollmentStatus, Integer> statuses = new EnumMap<>(EnrollmentStatus.class);
        Map<AbsenceReason, Integer> absences = new EnumMap<>(AbsenceReason.class);
        Set<String> seatHolders = new HashSet<>();
        Map<Long, Set<String>> expected = new LinkedHashMap<>(); // seat holders and no-shows
        for (var e : enrollments.entrySet()) {
            for (Enrollment en : e.getValue()) {
                statuses.merge(en.status(), 1, Integer::sum);
                if (en.absenceReason() != null) {
                    absences.merge(en.absenceReason(), 1, Integer::sum);
                }
                if (en.status().takesSeat()) {
                    seatHolders.add(en.nip());
                }
                if (en.status().takesSeat() || en.status() == EnrollmentStatus.NO_SHOW) {
                    expected.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(en.nip());
                }
            }
        }
        int credited = 0;
        long creditedJp = 0;
        BigDecimal ratioSum = BigDecimal.ZERO;
        int ratios = 0;
        for (var e : attendance.entrySet()) {
            Set<String> seats = expected.getOrDefault(e.getKey(), Set.of());
            for (AttendanceSummary a : e.getValue()) {
                if (!seats.contains(a.nip())) {
                    continue;
                }
                creditedJp += a.jpCredited();
                credited += a.jpCredited() > 0 ? 1 : 0;
                // meetings missed, by the reason recorded on each
                a.absencesByReason().forEach((reason, n) -> absences.merge(reason, n, Integer::sum));
                if (a.ratio() != null && a.meetings() > 0) {
                    ratioSum = ratioSum.add(a.ratio());
                    ratios++;
                }
            }
        }
        Double rate = ratios == 0 ? null : ratioSum.divide(BigDecimal.valueOf(ratios), 6, RoundingMode.HALF_UP).doubleValue();

        Map<Long, LocalDate> days = new LinkedHashMap<>();
        sessions.forEach(s -> days.put(s.id(), s.start().toLocalDate()));
        List<ReactionResponse> reactions = new ArrayList<>();
        List<TestAnswers> tests = new ArrayList<>();
        for (long id : ids) {
            reactions.addAll(evaluation.reactionResponses(id));
            tests.addAll(evaluation.testAnswers(id));
        }
        List<Comment> comments = reactions.stream().filter(r -> r.comment() != null && !r.comment().isBlank())
                .map(r -> new Comment(days.get(r.sessionId()), r.comment().strip()))
                .sorted(Comparator.comparing(Comment::sessionDay, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();

        Map<String, Set<String>> supervisors = supervisors(registry, seatHolders);
        int involved = (int) supervisors.keySet().stream().filter(seatHolders::contains).count();
        Analysis pre = analysis(catalog, engine, code, tests, TestPhase.PRE);
        Map<String, String> questions = new LinkedHashMap<>();
        for (String v : versions(tests)) {
            catalog.knowledgeTest(code, v).ifPresent(k -> k.items().forEach(i -> questions.putIfAbsent(i.id(), i.question())));
        }
        return new ProgramFigures(code, sessions, enrollments, attendance, statuses, absences, credited, creditedJp,
                rate, belowThreshold(catalog, engine, code, reactions), comments, pre, questions, supervisors.size(),
                involved);
    }

    /** The reaction items below the threshold, computed per questionnaire version with that version's wording. */
    private static List<VersionPoint> belowThreshold(CatalogService catalog, EvaluationEngine engine, String code,
            List<ReactionResponse> reactions) {
        Map<String, List<ReactionResponse>> byVersion = new TreeMap<>();
        reactions.forEach(r -> byVersion.computeIfAbsent(r.version(), v -> new ArrayList<>()).add(r));
        List<VersionPoint> out = new ArrayList<>();
        byVersion.forEach((version, responses) -> {
            ReactionQuestionnaire q = catalog.reaction(code, version).orElse(null);
            if (q == null) {
                return;
            }
            List<LikertItem> items = q.items().stream().map(i -> new LikertItem(i.id(), i.text())).toList();
            Set<String> known = new HashSet<>();
            items.forEach(i -> known.add(i.code()));
            List<LikertAnswer> answers = new ArrayList<>();
            responses.forEach(r -> r.values().forEach((item, value) -> {
                if (value != null && known.contains(item)) {
                    answers.add(new LikertAnswer(item, value));
                }
            }));
            engine.reaction(items, answers).improvementPoints().forEach(p -> out.add(new VersionPoint(version, p)));
        });
        return out;
    }

    /** Item analysis of one phase's tests against the version most of them name (the later one on a tie). */
    static Analysis analysis(CatalogService catalog, EvaluationEngine engine, String code, List<TestAnswers> tests,
            TestPhase phase) {
        Map<String, Integer> counts = new TreeMap<>();
        tests.stream().filter(t -> t.phase() == phase).forEach(t -> counts.merge(t.version(), 1, Integer::sum));
        String version = null;
        for (var e : counts.entrySet()) {
            if (version == null || e.getValue() >= counts.get(version)) {
                version = e.getKey();
            }
        }
        if (version == null) {
            return null;
        }
        KnowledgeTest key = catalog.knowledgeTest(code, version).orElse(null);
        if (key == null) {
            return null;
        }
        List<ItemResponse> responses = new ArrayList<>();
        for (TestAnswers t : tests) {
            if (t.phase() == phase && version.equals(t.version())) {
                for (KnowledgeTest.TestItem item : key.items()) {
                    responses.add(new ItemResponse(t.sessionId() + ":" + t.nip(), item.id(),
                            Objects.equals(t.choices().get(item.id()), item.answerIndex())));
                }
            }
        }
        return new Analysis(version, engine.itemAnalysis(responses));
    }

    private static Set<String> versions(List<TestAnswers> tests) {
        Set<String> out = new java.util.TreeSet<>();
        tests.forEach(t -> out.add(t.version()));
        return out;
    }

    /** The seat holders' direct supervisors, each with the seat holders they supervise. */
    private static Map<String, Set<String>> supervisors(ParticipantRegistry registry, Set<String> seatHolders) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Participant p : registry.findAll(seatHolders).values()) {
            if (p.supervisorNip() != null) {
                out.computeIfAbsent(p.supervisorNip(), k -> new HashSet<>()).add(p.nip());
            }
        }
        return out;
    }
}
