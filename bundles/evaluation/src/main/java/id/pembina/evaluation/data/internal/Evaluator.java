package id.pembina.evaluation.data.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.catalog.api.ProgramDetail;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.catalog.spi.BehaviourChecklist;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.catalog.spi.ResultsIndicator;
import id.pembina.evaluation.api.BehaviourIndicator;
import id.pembina.evaluation.api.BehaviourRating;
import id.pembina.evaluation.api.BehaviourResult;
import id.pembina.evaluation.api.CostLine;
import id.pembina.evaluation.api.Direction;
import id.pembina.evaluation.api.EvaluationEngine;
import id.pembina.evaluation.api.IndicatorValue;
import id.pembina.evaluation.api.ItemResponse;
import id.pembina.evaluation.api.LikertAnswer;
import id.pembina.evaluation.api.LikertItem;
import id.pembina.evaluation.api.Phase;
import id.pembina.evaluation.api.PrePostScore;
import id.pembina.evaluation.api.ResultIndicator;
import id.pembina.evaluation.data.api.Benefit;
import id.pembina.evaluation.data.api.FollowUp;
import id.pembina.evaluation.data.api.FollowUpPhase;
import id.pembina.evaluation.data.api.IndicatorEntry;
import id.pembina.evaluation.data.api.IndicatorPhase;
import id.pembina.evaluation.data.api.LevelResults;
import id.pembina.evaluation.data.api.ProgramEvaluation;
import id.pembina.evaluation.data.api.ReactionResponse;
import id.pembina.evaluation.data.api.SessionEvaluation;
import id.pembina.evaluation.data.api.TestAnswers;
import id.pembina.evaluation.data.api.TestItemAnalysis;
import id.pembina.evaluation.data.api.TestPhase;
import id.pembina.participant.api.FieldError;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.participant.api.ValidationException;

/** Kirkpatrick levels 1-4 and ROI per session and per programme: loads the stored data, feeds the engine. */
final class Evaluator {

    private final Transactions tx;
    private final Store store;
    private final Capture capture;
    private final ParticipantRegistry registry;
    private final CatalogService catalog;
    private final EvaluationEngine engine;

    Evaluator(Transactions tx, Store store, Capture capture, ParticipantRegistry registry, CatalogService catalog,
            EvaluationEngine engine) {
        this.tx = tx;
        this.store = store;
        this.capture = capture;
        this.registry = registry;
        this.catalog = catalog;
        this.engine = engine;
    }

    SessionEvaluation session(long sessionId) {
        TrainingSession s = capture.session(sessionId);
        ProgramDetail detail = capture.program(s.programCode());
        Data data = load(List.of(s), false);
        return new SessionEvaluation(sessionId, s.programCode(), s.start(), s.end(), data.seats.size(),
                levels(detail, List.of(s), data));
    }

    ProgramEvaluation program(String code, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationException(List.of(FieldError.of("to", "evaluation.dateRange")));
        }
        ProgramDetail detail = capture.program(code == null ? null : code.strip());
        List<TrainingSession> sessions = TrainingHistory.sessions(catalog, detail.program().code(), from, to);
        Data data = load(sessions, true);
        return new ProgramEvaluation(detail.program().code(), from, to, sessions.stream().map(TrainingSession::id)
                .toList(), data.seats.size(), levels(detail, sessions, data));
    }

    /** What the levels need, participants keyed per session when several sessions are evaluated together. */
    private static final class Data {
        final boolean perSession;
        final Map<String, String> seats = new LinkedHashMap<>(); // key -> NIP
        final List<ReactionResponse> reactions = new ArrayList<>();
        final Map<String, Map<TestPhase, TestAnswers>> tests = new TreeMap<>();
        final List<FollowUp> followUps = new ArrayList<>();
        final Map<String, String> followUpKeys = new HashMap<>();
        BigDecimal benefits = BigDecimal.ZERO;

        Data(boolean perSession) {
            this.perSession = perSession;
        }
    }

    private Data load(List<TrainingSession> sessions, boolean perSession) {
        Data d = new Data(perSession);
        for (TrainingSession s : sessions) {
            long id = s.id();
            catalog.enrollments(id).stream().filter(e -> e.status() == EnrollmentStatus.REGISTERED
                    || e.status() == EnrollmentStatus.ATTENDED).forEach(e -> d.seats.put(key(perSession, id, e.nip()),
                            e.nip()));
            tx.run(c -> {
                d.reactions.addAll(store.reactions(c, id));
                for (TestAnswers t : store.tests(c, id)) {
                    d.tests.computeIfAbsent(key(perSession, id, t.nip()), k -> new LinkedHashMap<>()).put(t.phase(), t);
                }
                for (FollowUp f : store.followUps(c, id)) {
                    d.followUps.add(f);
                }
                for (Benefit b : store.benefits(c, id)) {
                    d.benefits = d.benefits.add(b.amount());
                }
                return null;
            });
        }
        return d;
    }

    private static String key(boolean perSession, long sessionId, String nip) {
        return perSession ? sessionId + "/" + nip : nip;
    }

    private LevelResults levels(ProgramDetail detail, List<TrainingSession> sessions, Data d) {
        boolean perSession = d.perSession;
        String code = detail.program().code();
        // L1
        Map<String, String> likert = new LinkedHashMap<>();
        if (detail.reaction() != null) {
            detail.reaction().items().forEach(i -> likert.put(i.id(), i.text()));
        }
        Set<String> versions = new LinkedHashSet<>();
        d.reactions.forEach(r -> versions.add(r.version()));
        for (String v : versions) {
            catalog.reaction(code, v).map(ReactionQuestionnaire::items)
                    .ifPresent(items -> items.forEach(i -> likert.putIfAbsent(i.id(), i.text())));
        }
        List<LikertAnswer> answers = new ArrayList<>();
        d.reactions.forEach(r -> r.values().forEach((item, value) -> answers.add(new LikertAnswer(item, value))));
        var reaction = engine.reaction(likert.entrySet().stream().map(e -> new LikertItem(e.getKey(), e.getValue()))
                .toList(), answers);
        // L2
        List<PrePostScore> pairs = new ArrayList<>();
        int pre = 0;
        int post = 0;
        for (var e : d.tests.entrySet()) {
            TestAnswers p = e.getValue().get(TestPhase.PRE);
            TestAnswers q = e.getValue().get(TestPhase.POST);
            pre += p == null ? 0 : 1;
            post += q == null ? 0 : 1;
            if (p != null && q != null) {
                pairs.add(p.maxPoints() == q.maxPoints()
                        ? new PrePostScore(e.getKey(), p.score(), q.score(), p.maxPoints())
                        : new PrePostScore(e.getKey(), 100.0 * p.score() / p.maxPoints(),
                                100.0 * q.score() / q.maxPoints(), 100));
            }
        }
        var learning = engine.learning(pairs);
        TestItemAnalysis items = itemAnalysis(code, d);
        // L3
        BehaviourResult behaviour = behaviour(detail, d, perSession);
        // L4: the units of the participants, and every comparison unit
        Set<String> trainedUnits = new HashSet<>();
        for (String nip : new HashSet<>(d.seats.values())) {
            registry.find(nip).map(Participant::unitCode).ifPresent(trainedUnits::add);
        }
        List<IndicatorEntry> stored = tx.run(c -> store.indicators(c, code));
        Set<String> indicatorIds = new HashSet<>();
        List<ResultIndicator> indicators = new ArrayList<>();
        for (ResultsIndicator r : detail.results()) {
            indicatorIds.add(r.id());
            indicators.add(new ResultIndicator(r.id(), r.name(), Direction.valueOf(r.direction().name())));
        }
        Set<String> comparison = new HashSet<>();
        List<IndicatorValue> values = new ArrayList<>();
        for (IndicatorEntry e : stored) {
            if (!indicatorIds.contains(e.indicatorId()) || !(e.comparison() || trainedUnits.contains(e.unitCode()))) {
                continue;
            }
            if (e.comparison()) {
                comparison.add(e.unitCode());
            }
            values.add(new IndicatorValue(e.unitCode(), e.indicatorId(),
                    e.phase() == IndicatorPhase.BEFORE ? Phase.BEFORE : Phase.AFTER, e.period(),
                    e.value().doubleValue()));
        }
        var results = engine.results(indicators, values, comparison);
        // L5
        List<CostLine> costs = new ArrayList<>();
        for (TrainingSession s : sessions) {
            for (id.pembina.catalog.api.CostLine line : s.costs()) {
                String what = line.description() == null || line.description().isBlank()
                        ? String.valueOf(line.category()) : line.description();
                costs.add(new CostLine(what, line.amount()));
            }
        }
        var roi = engine.roi(costs, d.benefits);
        return new LevelResults(d.reactions.size(), reaction, pre, post, learning, items, behaviour, results, roi);
    }

    private TestItemAnalysis itemAnalysis(String code, Data d) {
        Map<String, Integer> counts = new TreeMap<>();
        d.tests.values().stream().map(m -> m.get(TestPhase.POST)).filter(t -> t != null)
                .forEach(t -> counts.merge(t.version(), 1, Integer::sum));
        if (counts.isEmpty()) {
            return null;
        }
        String version = counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        KnowledgeTest test = catalog.knowledgeTest(code, version).orElse(null);
        if (test == null) {
            return null;
        }
        List<ItemResponse> responses = new ArrayList<>();
        d.tests.forEach((key, phases) -> {
            TestAnswers t = phases.get(TestPhase.POST);
            if (t != null && t.version().equals(version)) {
                for (KnowledgeTest.TestItem item : test.items()) {
                    Integer choice = t.choices().get(item.id());
                    responses.add(new ItemResponse(key, item.id(), choice != null && choice == item.answerIndex()));
                }
            }
        });
        return new TestItemAnalysis(version, engine.itemAnalysis(responses));
    }

    private BehaviourResult behaviour(ProgramDetail detail, Data d, boolean perSession) {
        String code = detail.program().code();
        Map<String, String> wording = new LinkedHashMap<>();
        if (detail.behaviour() != null) {
            detail.behaviour().indicators().forEach(i -> wording.put(i.id(), i.text()));
        }
        d.followUps.stream().map(FollowUp::version).distinct().forEach(v -> catalog.behaviour(code, v)
                .map(BehaviourChecklist::indicators).ifPresent(list -> list.forEach(i -> wording.putIfAbsent(i.id(),
                        i.text()))));
        List<BehaviourRating> ratings = new ArrayList<>();
        Set<String> expected = new HashSet<>(d.seats.keySet());
        for (FollowUp f : d.followUps) {
            String key = key(perSession, f.sessionId(), f.nip());
            Phase phase = f.phase() == FollowUpPhase.BASELINE ? Phase.BEFORE : Phase.AFTER;
            if (phase == Phase.AFTER) {
                expected.add(key);
            }
            f.ratings().forEach((indicator, rating) -> ratings.add(new BehaviourRating(key, indicator, phase, rating)));
        }
        return engine.behaviour(wording.entrySet().stream()
                .map(e -> new BehaviourIndicator(e.getKey(), e.getValue())).toList(), ratings, expected.size());
    }
}
