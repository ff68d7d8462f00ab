package id.pembina.evaluation.data.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import id.pembina.catalog.api.AttendanceSummary;
import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.DeliveryMode;
import id.pembina.catalog.api.Enrollment;
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
import id.pembina.evaluation.data.api.DeliveryComparison;
import id.pembina.evaluation.data.api.TimeAwayCost;
import id.pembina.evaluation.data.api.FollowUp;
import id.pembina.evaluation.data.api.FollowUpPhase;
import id.pembina.evaluation.data.api.IndicatorEntry;
import id.pembina.evaluation.data.api.IndicatorPhase;
import id.pembina.evaluation.data.api.LevelResults;
import id.pembina.evaluation.data.api.ProgramEvaluation;
import id.pembina.evaluation.data.api.ReactionComment;
import id.pembina.evaluation.data.api.ReactionResponse;
import id.pembina.evaluation.data.api.SessionEvaluation;
import id.pembina.evaluation.data.api.TestAnswers;
import id.pembina.evaluation.data.api.TestItemAnalysis;
import id.pembina.evaluation.data.api.TestPhase;
import id.pembina.platform.api.FieldError;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.ValidationException;

/** Kirkpatrick levels 1-4 and ROI per session and per programme: loads the stored data, feeds the engine. */
final class Evaluator {

    private final Transactions tx;
    private final Store store;
    private final Capture capture;
    private final ParticipantRegistry registry;
    private final CatalogService catalog;
    private final EvaluationEngine engine;
    private final IkmIndicator ikm;
    private volatile TimeCostRates rates = new TimeCostRates(TimeCostRates.DEFAULTS);
    /** Whether whole sessions' answers are counted in SQL ({@link Tallies}); false reads every answer. */
    private volatile boolean tally = true;

    Evaluator(Transactions tx, Store store, Capture capture, ParticipantRegistry registry, CatalogService catalog,
            EvaluationEngine engine) {
        this.tx = tx;
        this.store = store;
        this.capture = capture;
        this.registry = registry;
        this.catalog = catalog;
        this.engine = engine;
        this.ikm = new IkmIndicator(tx, engine);
    }

    /**
     * Reads every answer into Java from now on instead of counting whole sessions' answers in SQL: the figures are
     * the same (tests compare the two), only slower.
     */
    void readEveryAnswer() {
        tally = false;
    }

    /** Uses these costs of working time from now on; null goes back to the defaults. */
    void useRates(TimeCostRates r) {
        rates = r == null ? new TimeCostRates(TimeCostRates.DEFAULTS) : r;
    }

    /** Goes back to the defaults if {@code r} is in use (a replacement is bound before the old one goes). */
    synchronized void dropRates(TimeCostRates r) {
        if (rates == r) {
            useRates(null);
        }
    }

    SessionEvaluation session(long sessionId) {
        TrainingSession s = capture.session(sessionId);
        ProgramDetail detail = capture.program(s.programCode());
        Data data = load(List.of(s), false, null);
        return new SessionEvaluation(sessionId, s.programCode(), s.start(), s.end(), data.seats.size(),
                levels(List.of(detail), data, null, false));
    }

    ProgramEvaluation program(String code, LocalDate from, LocalDate to) {
        return program(code, from, to, false);
    }

    ProgramEvaluation program(String code, LocalDate from, LocalDate to, boolean fullyLoaded) {
        ProgramDetail detail = programIn(code, from, to);
        List<TrainingSession> sessions = TrainingHistory.sessions(catalog, detail.program().code(), from, to);
        Data data = load(sessions, true, null);
        return new ProgramEvaluation(detail.program().code(), from, to, sessions.stream().map(TrainingSession::id)
                .toList(), data.seats.size(), levels(List.of(detail), data, null, fullyLoaded));
    }

    private ProgramDetail programIn(String code, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationException(List.of(FieldError.of("to", "evaluation.dateRange")));
        }
        return capture.program(code == null ? null : code.strip());
    }

    /** The programme's sessions in the range grouped by delivery mode, each group evaluated on its own. */
    DeliveryComparison delivery(String code, LocalDate from, LocalDate to) {
        ProgramDetail detail = programIn(code, from, to);
        List<TrainingSession> sessions = TrainingHistory.sessions(catalog, detail.program().code(), from, to);
        Map<DeliveryMode, List<TrainingSession>> byMode = new java.util.EnumMap<>(DeliveryMode.class);
        sessions.forEach(s -> byMode.computeIfAbsent(s.deliveryMode(), m -> new ArrayList<>()).add(s));
        List<Long> ids = sessions.stream().map(TrainingSession::id).toList();
        Map<Long, List<AttendanceSummary>> attendance = catalog.attendance(ids);
        Map<Long, List<Enrollment>> enrollments = catalog.enrollments(ids);
        List<DeliveryComparison.Group> groups = new ArrayList<>();
        for (Map.Entry<DeliveryMode, List<TrainingSession>> e : byMode.entrySet()) {
            Data data = load(e.getValue(), true, null);
            LevelResults lv = levels(List.of(detail), data, null, false);
            groups.add(DeliveryFigures.group(e.getKey(), e.getValue(), data.seatsBySession, enrollments, attendance,
                    lv));
        }
        return new DeliveryComparison(detail.program().code(), from, to, groups);
    }

    /** Levels 1-5 of a unit's year: what {@link #unit} found, for {@code UnitEvaluation}. */
    record UnitLevels(List<Long> sessionIds, int seats, int anonymousExcluded, LevelResults levels) {
    }

    /**
     * Levels 1-5 over the sessions ending in {@code year} (WIB) in which participants of {@code unitCodes} held a
     * seat (REGISTERED or ATTENDED), restricted to those participants: their reactions, tests and follow-ups, the
     * units' own indicator values (with every comparison unit), and costs and benefits prorated by their share of
     * each session's seats. Anonymous reactions count only for sessions whose every seat holder is theirs.
     * Participants belong to the unit they are registered in now.
     *
     * @param members     everyone registered in the units now, active or not
     * @param sessions    the sessions they are enrolled in ending in the year
     * @param seatHolders the seat holders of (at least) those sessions, as {@code CatalogService.seatHolders} gives them
     */
    UnitLevels unit(Map<String, Participant> members, List<TrainingSession> sessions,
            Map<Long, List<String>> seatHolders, Set<String> unitCodes,
            java.util.function.Supplier<Map<Long, List<RatedFollowUp>>> supervisorFollowUps) {
        Data data = load(sessions, seatHolders, true, new Scope(members::containsKey, unitCodes, supervisorFollowUps,
                Canon.nipsOf(members)));
        // Every seat counted is a member's: their ranks are known, not looked up again (100,000 at a city's root).
        data.known = members;
        Map<String, ProgramDetail> details = new LinkedHashMap<>();
        Set<Long> used = new HashSet<>(data.sessionIds);
        for (TrainingSession s : sessions) {
            if (used.contains(s.id())) {
                details.computeIfAbsent(s.programCode(), capture::program);
            }
        }
        return new UnitLevels(data.sessionIds, data.seats.size(), data.anonymousExcluded,
                levels(new ArrayList<>(details.values()), data, unitCodes, false));
    }

    /**
     * Whose data counts: the seat holders {@code member} accepts, and the indicator values of {@code units};
     * {@code supervisorFollowUps}: the supervisors' follow-ups of (at least) the sessions, as
     * {@link Tallies#followUps} reads them, when the caller reads them for another part too; {@code nips}: the
     * members' own instance of a NIP read ({@link Canon}).
     */
    private record Scope(Predicate<String> member, Set<String> units,
            java.util.function.Supplier<Map<Long, List<RatedFollowUp>>> supervisorFollowUps,
            java.util.function.UnaryOperator<String> nips) {
    }

    /** What the levels need, participants keyed per session when several sessions are evaluated together. */
    private static final class Data {
        final boolean perSession;
        final List<Long> sessionIds = new ArrayList<>();
        final Map<Long, String> programs = new HashMap<>(); // session -> programme
        final Map<String, String> seats = new LinkedHashMap<>(); // key -> NIP
        final List<Tallies.ReactionHead> reactions = new ArrayList<>(); // the reactions that count
        final List<Tallies.LikertCount> likert = new ArrayList<>(); // their values, counted
        final Map<String, SheetPair> tests = new TreeMap<>();
        /** The choices of sheets read with them (every answer read); the others' marks are read as masks. */
        final Map<Tallies.Sheet, Map<String, Integer>> choices = new java.util.IdentityHashMap<>();
        final List<RatedFollowUp> followUps = new ArrayList<>();
        final List<RatedFollowUp> selfAssessments = new ArrayList<>();
        final Map<Long, List<String>> seatsBySession = new HashMap<>();
        final List<TimeAway.Seat> timeAway = new ArrayList<>();
        java.time.LocalDateTime firstStart;
        java.time.LocalDateTime lastEnd;
        final List<CostLine> costs = new ArrayList<>();
        BigDecimal benefits = BigDecimal.ZERO;
        int anonymousExcluded;
        /** The participants holding the counted seats when the caller has them already (null: read them). */
        Map<String, Participant> known;

        Data(boolean perSession) {
            this.perSession = perSession;
        }
    }

    /** Rupiah amounts prorated to a share of seats: 2 decimals, {@link RoundingMode#HALF_UP}. */
    static final int RUPIAH_SCALE = 2;

    /**
     * The evaluation's own rows of the sessions evaluated, read together: reactions either counted in SQL
     * ({@code heads} and {@code likert}, for sessions whose every reaction counts) or read whole ({@code reactions});
     * test sheets either without choices ({@code sheets}) or with them ({@code tests}).
     */
    private record Stored(Map<Long, List<Tallies.ReactionHead>> heads, Map<Long, List<Tallies.LikertCount>> likert,
            Map<Long, List<ReactionResponse>> reactions, Map<Long, List<Tallies.Sheet>> sheets,
            Map<Long, List<TestAnswers>> tests, Map<Long, List<RatedFollowUp>> followUps,
            Map<Long, List<Benefit>> benefits, Map<Long, List<RatedFollowUp>> selfAssessments) {
    }

    /** Whether a reaction counts for a session whose seat holders {@code kept} of {@code holders} are evaluated. */
    private static boolean counts(Scope scope, String nip, Set<String> kept, boolean whole) {
        return scope == null || (nip == null ? whole : kept.contains(nip));
    }

    private Stored read(java.sql.Connection c, List<Long> used, Scope scope, Map<Long, Set<String>> keptOf,
            Map<Long, Boolean> wholeOf, java.util.function.BiFunction<Long, String, List<String>> checklists)
            throws java.sql.SQLException {
        if (!tally) {
            return new Stored(Map.of(), Map.of(), store.reactions(c, used), Map.of(), store.tests(c, used),
                    rated(store.followUps(c, used)), store.benefits(c, used),
                    rated(store.followUps(c, used, Store.SELF)));
        }
        // Counted in SQL: the sessions whose every reaction counts; the others' reactions are read whole.
        Canon canon = new Canon(scope == null ? null : scope.nips());
        Map<Long, List<Tallies.ReactionHead>> heads = new HashMap<>();
        for (Tallies.ReactionHead h : Tallies.reactionHeads(c, used, canon)) {
            heads.computeIfAbsent(h.sessionId(), k -> new ArrayList<>()).add(h);
        }
        List<Long> counted = new ArrayList<>();
        List<Long> whole = new ArrayList<>();
        for (Long id : used) {
            Set<String> kept = keptOf.get(id);
            boolean wholeSession = wholeOf.get(id);
            boolean all = true;
            for (Tallies.ReactionHead h : heads.getOrDefault(id, List.of())) {
                if (!counts(scope, h.nip(), kept, wholeSession)) {
                    all = false;
                    break;
                }
            }
            (all ? counted : whole).add(id);
        }
        heads.keySet().retainAll(new HashSet<>(counted));
        // Sessions whose every reaction has its ratings packed are counted from the heads just read; the others'
        // value rows are counted by the database.
        List<Long> byRows = new ArrayList<>();
        List<Tallies.ReactionHead> packed = new ArrayList<>();
        for (Long id : counted) {
            List<Tallies.ReactionHead> of = heads.getOrDefault(id, List.of());
            if (of.stream().allMatch(h -> h.ratings() != null)) {
                packed.addAll(of);
            } else {
                byRows.add(id);
            }
        }
        Map<Long, List<Tallies.LikertCount>> likert = new HashMap<>();
        for (Tallies.LikertCount n : Tallies.likertCounts(c, byRows)) {
            likert.computeIfAbsent(n.sessionId(), k -> new ArrayList<>()).add(n);
        }
        for (Tallies.LikertCount n : Tallies.unpackedCounts(packed)) {
            likert.computeIfAbsent(n.sessionId(), k -> new ArrayList<>()).add(n);
        }
        Map<Long, List<Tallies.Sheet>> sheets = new HashMap<>();
        for (Tallies.Sheet sheet : Tallies.sheets(c, used, canon)) {
            sheets.computeIfAbsent(sheet.sessionId(), k -> new ArrayList<>()).add(sheet);
        }
        // Follow-ups the caller reads for another part too are taken after this transaction (see load).
        return new Stored(heads, likert, store.reactions(c, whole), sheets, Map.of(),
                scope != null && scope.supervisorFollowUps() != null ? Map.of()
                        : Tallies.followUps(c, used, Store.SUPERVISOR, checklists, canon),
                store.benefits(c, used), Tallies.followUps(c, used, Store.SELF, checklists, canon));
    }

    /** Follow-ups read whole, as the levels read them. */
    private static Map<Long, List<RatedFollowUp>> rated(Map<Long, List<FollowUp>> followUps) {
        Map<Long, List<RatedFollowUp>> out = new HashMap<>();
        followUps.forEach((id, list) -> out.put(id, list.stream().map(RatedFollowUp::of).toList()));
        return out;
    }

    /**
     * The indicator ids of the behaviour checklist version a session's follow-up was given to (null when the
     * catalog does not know it), each version asked once.
     */
    private java.util.function.BiFunction<Long, String, List<String>> checklists(Map<Long, String> programOf) {
        Map<String, java.util.Optional<List<String>>> known = new HashMap<>();
        return (sessionId, version) -> {
            String code = programOf.get(sessionId);
            return code == null ? null : known.computeIfAbsent(code + "\n" + version, k -> catalog
                    .behaviour(code, version)
                    .map(b -> b.indicators().stream().map(BehaviourChecklist.BehaviourIndicator::id).toList()))
                    .orElse(null);
        };
    }

    private Data load(List<TrainingSession> sessions, boolean perSession, Scope scope) {
        // The seat holders (REGISTERED or ATTENDED) of every session in one call.
        return load(sessions, catalog.seatHolders(sessions.stream().map(TrainingSession::id).toList()), perSession,
                scope);
    }

    /** @param seats the seat holders of (at least) the sessions, as {@code CatalogService.seatHolders} gives them */
    private Data load(List<TrainingSession> sessions, Map<Long, List<String>> seats, boolean perSession, Scope scope) {
        Data d = new Data(perSession);
        Map<Long, List<String>> holdersOf = new HashMap<>();
        Map<Long, List<String>> keptListOf = new HashMap<>();
        Map<Long, Set<String>> keptOf = new HashMap<>();
        Map<Long, Boolean> wholeOf = new HashMap<>();
        List<Long> used = new ArrayList<>();
        for (TrainingSession s : sessions) {
            List<String> holders = seats.getOrDefault(s.id(), List.of());
            holdersOf.put(s.id(), holders);
            // The members' own NIP instances: the loaded data keeps them, not the catalog's copies.
            List<String> kept = scope == null ? holders : holders.stream().filter(scope.member())
                    .map(nip -> java.util.Objects.requireNonNullElse(scope.nips().apply(nip), nip)).toList();
            keptListOf.put(s.id(), kept);
            keptOf.put(s.id(), new HashSet<>(kept));
            wholeOf.put(s.id(), kept.size() == holders.size());
            if (scope == null || !kept.isEmpty()) {
                used.add(s.id());
            }
        }
        Map<Long, String> programOf = new HashMap<>();
        sessions.forEach(s -> programOf.put(s.id(), s.programCode()));
        var checklists = checklists(programOf);
        Stored own = tx.run(c -> read(c, used, scope, keptOf, wholeOf, checklists));
        // Waited for without holding a connection: the part reading them needs one of its own from the same pool.
        Stored stored = scope == null || scope.supervisorFollowUps() == null ? own : new Stored(own.heads(),
                own.likert(), own.reactions(), own.sheets(), own.tests(), scope.supervisorFollowUps().get(),
                own.benefits(), own.selfAssessments());
        for (TrainingSession s : sessions) {
            long id = s.id();
            List<String> holders = holdersOf.get(id);
            List<String> kept = keptListOf.get(id);
            if (scope != null && kept.isEmpty()) {
                continue;
            }
            Set<String> keptNips = keptOf.get(id);
            boolean whole = wholeOf.get(id);
            d.sessionIds.add(id);
            d.programs.put(id, s.programCode());
            kept.forEach(nip -> d.seats.put(key(perSession, id, nip), nip));
            d.seatsBySession.put(id, kept);
            long minutes = scheduledMinutes(s);
            kept.forEach(nip -> d.timeAway.add(new TimeAway.Seat(nip, minutes)));
            d.firstStart = d.firstStart == null || s.start().isBefore(d.firstStart) ? s.start() : d.firstStart;
            d.lastEnd = d.lastEnd == null || s.end().isAfter(d.lastEnd) ? s.end() : d.lastEnd;
            for (RatedFollowUp f : stored.selfAssessments().getOrDefault(id, List.of())) {
                if (keptNips.contains(f.nip())) {
                    d.selfAssessments.add(f);
                }
            }
            d.reactions.addAll(stored.heads().getOrDefault(id, List.of()));
            d.likert.addAll(stored.likert().getOrDefault(id, List.of()));
            for (ReactionResponse r : stored.reactions().getOrDefault(id, List.of())) {
                if (counts(scope, r.nip(), keptNips, whole)) {
                    d.reactions.add(new Tallies.ReactionHead(id, r.nip(), r.version(), r.comment(), null));
                    r.values().forEach((item, rating) -> d.likert.add(new Tallies.LikertCount(id, r.version(), item,
                            rating, 1)));
                } else if (r.anonymous()) {
                    d.anonymousExcluded++;
                }
            }
            for (Tallies.Sheet t : stored.sheets().getOrDefault(id, List.of())) {
                if (scope == null || keptNips.contains(t.nip())) {
                    d.tests.computeIfAbsent(key(perSession, id, t.nip()), k -> new SheetPair())
                            .put(t.phase(), t);
                }
            }
            for (TestAnswers t : stored.tests().getOrDefault(id, List.of())) {
                if (scope == null || keptNips.contains(t.nip())) {
                    Tallies.Sheet sheet = new Tallies.Sheet(-1, id, t.nip(), t.phase(), t.version(), t.score(),
                            t.maxPoints());
                    d.choices.put(sheet, t.choices());
                    d.tests.computeIfAbsent(key(perSession, id, t.nip()), k -> new SheetPair())
                            .put(t.phase(), sheet);
                }
            }
            for (RatedFollowUp f : stored.followUps().getOrDefault(id, List.of())) {
                if (scope == null || keptNips.contains(f.nip())) {
                    d.followUps.add(f);
                }
            }
            BigDecimal benefits = BigDecimal.ZERO;
            for (Benefit b : stored.benefits().getOrDefault(id, List.of())) {
                benefits = benefits.add(b.amount());
            }
            List<CostLine> costs = new ArrayList<>();
            for (id.pembina.catalog.api.CostLine line : s.costs()) {
                String what = line.description() == null || line.description().isBlank()
                        ? String.valueOf(line.category()) : line.description();
                costs.add(new CostLine(what, line.amount()));
            }
            if (scope == null) {
                d.costs.addAll(costs);
                d.benefits = d.benefits.add(benefits);
            } else {
                d.costs.addAll(prorate(costs, kept.size(), holders.size()));
                d.benefits = d.benefits.add(share(benefits, kept.size(), holders.size()));
            }
        }
        return d;
    }

    /** The session's meetings' minutes (a session without meetings is one meeting from start to end). */
    static long scheduledMinutes(TrainingSession s) {
        return s.meetings().isEmpty() ? java.time.Duration.between(s.start(), s.end()).toMinutes()
                : s.meetings().stream().mapToLong(m -> java.time.Duration.between(m.start(), m.end()).toMinutes())
                        .sum();
    }

    /** {@code amount} &times; part / whole, rounded once to rupiah cents HALF_UP. */
    static BigDecimal share(BigDecimal amount, int part, int whole) {
        return amount.multiply(BigDecimal.valueOf(part)).divide(BigDecimal.valueOf(whole), RUPIAH_SCALE,
                RoundingMode.HALF_UP);
    }

    /**
     * A session's cost lines prorated to part / whole of its seats. Their sum is the session's total prorated and
     * rounded once ({@link #share}); the lines are rounded down to cents and the cents left over go to the lines
     * with the largest remainders (earlier lines first on a tie), so no line is negative.
     */
    static List<CostLine> prorate(List<CostLine> lines, int part, int whole) {
        if (part == whole || lines.isEmpty()) {
            return lines;
        }
        BigDecimal total = share(lines.stream().map(CostLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add), part,
                whole);
        BigDecimal p = BigDecimal.valueOf(part);
        BigDecimal w = BigDecimal.valueOf(whole);
        BigDecimal cent = BigDecimal.ONE.movePointLeft(RUPIAH_SCALE);
        List<BigDecimal> amounts = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (CostLine line : lines) {
            BigDecimal exact = line.amount().multiply(p);
            BigDecimal down = exact.divide(w, RUPIAH_SCALE, RoundingMode.DOWN);
            amounts.add(down);
            remainders.add(exact.subtract(down.multiply(w)));
            sum = sum.add(down);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> remainders.get(b).compareTo(remainders.get(a)));
        for (int i = 0; sum.compareTo(total) < 0; i = (i + 1) % order.size()) {
            int at = order.get(i);
            amounts.set(at, amounts.get(at).add(cent));
            sum = sum.add(cent);
        }
        List<CostLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(new CostLine(lines.get(i).description(), amounts.get(i)));
        }
        return out;
    }

    private static String key(boolean perSession, long sessionId, String nip) {
        return perSession ? sessionId + "/" + nip : nip;
    }

    /**
     * Levels 1-5 over the loaded data of one or more programmes. With several programmes, reaction items,
     * behaviour indicators, test items and results indicators are named {@code programme/id}, since ids need not
     * mean the same across programmes.
     *
     * @param ownUnits the units whose indicator values are the treated ones, or null for the units of the
     *                 participants holding a seat
     */
    private LevelResults levels(List<ProgramDetail> details, Data d, Set<String> ownUnits, boolean fullyLoaded) {
        boolean qualify = details.size() > 1;
        // L1: each answer under the wording of the questionnaire version it was given to
        Map<String, InstrumentWording> reactionWording = new LinkedHashMap<>();
        Map<String, String> likert = new LinkedHashMap<>();
        Map<String, Set<String>> reactionVersions = versionsByProgramme(d, d.reactions, Tallies.ReactionHead::sessionId,
                Tallies.ReactionHead::version);
        for (ProgramDetail detail : details) {
            String code = detail.program().code();
            ReactionQuestionnaire current = detail.reaction();
            InstrumentWording wording = new InstrumentWording(qualify ? code + "/" : "",
                    current == null ? null : new InstrumentWording.Version(current.version(), likertText(current)),
                    reactionVersions.getOrDefault(code, Set.of()),
                    v -> catalog.reaction(code, v).map(Evaluator::likertText));
            reactionWording.put(code, wording);
            likert.putAll(wording.items());
        }
        // The engine counts answers per item and rating: n equal answers may be one answer n times.
        List<LikertAnswer> answers = new ArrayList<>();
        for (Tallies.LikertCount n : d.likert) {
            answers.addAll(java.util.Collections.nCopies(Math.toIntExact(n.count()), new LikertAnswer(
                    reactionWording.get(d.programs.get(n.sessionId())).key(n.version(), n.item()), n.rating())));
        }
        var reaction = engine.reaction(likert.entrySet().stream().map(e -> new LikertItem(e.getKey(), e.getValue()))
                .toList(), answers);
        // L2
        List<PrePostScore> pairs = new ArrayList<>();
        int pre = 0;
        int post = 0;
        for (var e : d.tests.entrySet()) {
            Tallies.Sheet p = e.getValue().get(TestPhase.PRE);
            Tallies.Sheet q = e.getValue().get(TestPhase.POST);
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
        // The item analyses (a city's year: a hundred thousand sheets of each phase) beside the behaviour figures:
        // neither changes the loaded data; each reads the catalog and the database on its own connection.
        Fork<List<TestItemAnalysis>> analyses = Fork.start("item-analysis", () -> java.util.Arrays.asList(
                itemAnalysis(details, d, qualify, TestPhase.POST), itemAnalysis(details, d, qualify, TestPhase.PRE)));
        // L3
        BehaviourResult behaviour;
        BehaviourResult self;
        try {
            behaviour = behaviour(details, d, qualify, d.followUps);
            self = behaviour(details, d, qualify, d.selfAssessments);
        } catch (RuntimeException | Error e) {
            // Computed first before they ran side by side: the item analyses' failure is the one reported, and
            // nothing is left running.
            try {
                analyses.join();
            } catch (RuntimeException | Error first) {
                first.addSuppressed(e);
                throw first;
            }
            throw e;
        }
        TestItemAnalysis items = analyses.join().get(0);
        TestItemAnalysis preItems = analyses.join().get(1);
        // L4: the treated units (given, or those of the participants), and every comparison unit
        Set<String> trainedUnits = new HashSet<>();
        if (ownUnits != null) {
            trainedUnits.addAll(ownUnits);
        } else {
            registry.findAll(new HashSet<>(d.seats.values())).values()
                    .forEach(p -> trainedUnits.add(p.unitCode()));
        }
        List<ResultIndicator> indicators = new ArrayList<>();
        Set<String> comparison = new HashSet<>();
        List<IndicatorValue> values = new ArrayList<>();
        for (ProgramDetail detail : details) {
            String code = detail.program().code();
            String prefix = qualify ? code + "/" : "";
            Set<String> indicatorIds = new HashSet<>();
            for (ResultsIndicator r : detail.results()) {
                indicatorIds.add(r.id());
                indicators.add(new ResultIndicator(prefix + r.id(), r.name(), Direction.valueOf(r.direction().name())));
            }
            for (IndicatorEntry e : tx.run(c -> store.indicators(c, code))) {
                if (!indicatorIds.contains(e.indicatorId())
                        || !(e.comparison() || trainedUnits.contains(e.unitCode()))) {
                    continue;
                }
                if (e.comparison()) {
                    comparison.add(e.unitCode());
                }
                values.add(new IndicatorValue(e.unitCode(), prefix + e.indicatorId(),
                        e.phase() == IndicatorPhase.BEFORE ? Phase.BEFORE : Phase.AFTER, e.period(),
                        e.value().doubleValue()));
            }
        }
        ikm.addTo(trainedUnits, comparison, d.firstStart, d.lastEnd, indicators, values);
        var results = engine.results(indicators, values, comparison);
        // L5, with the participants' time away from duty as a cost when asked to (fully loaded)
        // The holders' ranks: those of the members the caller holds (a city root: 100,000), else read.
        Map<String, Participant> holders = d.known != null ? d.known
                : registry.findAll(new HashSet<>(d.seats.values()));
        TimeAwayCost timeAway = TimeAway.of(d.timeAway, nip -> {
            Participant p = holders.get(nip);
            return p == null ? null : p.rank();
        }, rates);
        List<CostLine> costs = new ArrayList<>(d.costs);
        if (fullyLoaded && timeAway.amount().signum() > 0) {
            costs.add(new CostLine(TIME_AWAY, timeAway.amount()));
        }
        var roi = engine.roi(costs, d.benefits);
        List<ReactionComment> comments = d.reactions.stream()
                .filter(r -> r.comment() != null && !r.comment().isBlank())
                .map(r -> new ReactionComment(r.sessionId(), r.comment().strip()))
                .sorted(Comparator.comparingLong(ReactionComment::sessionId).thenComparing(ReactionComment::text))
                .toList();
        return new LevelResults(d.reactions.size(), reaction, pre, post, learning, items, behaviour, results, roi,
                preItems, comments, self, timeAway, fullyLoaded);
    }

    /**
     * Item analysis needs every sheet to answer the same items: it covers the tests of the phase of the most
     * used test (programme and version) among the programmes; with several programmes the version is
     * named {@code programme:version}.
     */
    private TestItemAnalysis itemAnalysis(List<ProgramDetail> details, Data d, boolean qualify, TestPhase phase) {
        String bestCode = null;
        String bestVersion = null;
        int bestCount = 0;
        // The phase's sheets counted per programme and version in one pass.
        Map<String, Map<String, Integer>> countsOf = new HashMap<>();
        for (SheetPair phases : d.tests.values()) {
            Tallies.Sheet t = phases.get(phase);
            String code = t == null ? null : d.programs.get(t.sessionId());
            if (code != null) {
                countsOf.computeIfAbsent(code, k -> new TreeMap<>()).merge(t.version(), 1, Integer::sum);
            }
        }
        for (ProgramDetail detail : details) {
            String code = detail.program().code();
            Map<String, Integer> counts = countsOf.getOrDefault(code, Map.of());
            for (Map.Entry<String, Integer> c : counts.entrySet()) {
                if (c.getValue() > bestCount) {
                    bestCode = code;
                    bestVersion = c.getKey();
                    bestCount = c.getValue();
                }
            }
        }
        if (bestCode == null) {
            return null;
        }
        String code = bestCode;
        String version = bestVersion;
        KnowledgeTest test = catalog.knowledgeTest(code, version).orElse(null);
        if (test == null) {
            return null;
        }
        String prefix = qualify ? code + "/" : "";
        Map<String, Tallies.Sheet> sheets = new LinkedHashMap<>();
        d.tests.forEach((key, phases) -> {
            Tallies.Sheet t = phases.get(phase);
            if (t != null && t.version().equals(version) && code.equals(d.programs.get(t.sessionId()))) {
                sheets.put(key, t);
            }
        });
        Map<Long, java.util.BitSet> marks = marks(sheets.values(), d, test);
        List<ItemResponse> responses = new ArrayList<>(sheets.size() * test.items().size());
        // Each item's key made once, not once per sheet.
        String[] itemKeys = test.items().stream().map(item -> prefix + item.id()).toArray(String[]::new);
        java.util.BitSet none = new java.util.BitSet();
        sheets.forEach((key, t) -> {
            Map<String, Integer> choices = d.choices.get(t);
            java.util.BitSet right = choices != null ? null : marks.getOrDefault(t.id(), none);
            for (int i = 0; i < itemKeys.length; i++) {
                KnowledgeTest.TestItem item = test.items().get(i);
                Integer choice = choices == null ? null : choices.get(item.id());
                responses.add(new ItemResponse(key, itemKeys[i], choices == null ? right.get(i)
                        : choice != null && choice == item.answerIndex()));
            }
        });
        return new TestItemAnalysis(qualify ? code + ":" + version : version, engine.itemAnalysis(responses));
    }

    /** Which items the sheets read without their choices got right, by sheet id. */
    private Map<Long, java.util.BitSet> marks(java.util.Collection<Tallies.Sheet> sheets, Data d, KnowledgeTest test) {
        List<Long> ids = sheets.stream().filter(t -> !d.choices.containsKey(t)).map(Tallies.Sheet::id).toList();
        return ids.isEmpty() ? Map.of() : tx.run(c -> Tallies.correctItems(c, ids, test));
    }

    /** The description of the time-away cost line in a fully loaded ROI. */
    static final String TIME_AWAY = "Waktu peserta meninggalkan tugas / participants' time away from duty";

    /** Behaviour figures of {@code followUps}: the supervisors' follow-ups, or the participants' own ratings. */
    private BehaviourResult behaviour(List<ProgramDetail> details, Data d, boolean qualify,
            List<RatedFollowUp> followUps) {
        // Each rating under the wording of the checklist version it was given to.
        Map<String, InstrumentWording> checklistWording = new LinkedHashMap<>();
        Map<String, String> wording = new LinkedHashMap<>();
        Map<String, Set<String>> versions = versionsByProgramme(d, followUps, RatedFollowUp::sessionId,
                RatedFollowUp::version);
        for (ProgramDetail detail : details) {
            String code = detail.program().code();
            BehaviourChecklist current = detail.behaviour();
            InstrumentWording w = new InstrumentWording(qualify ? code + "/" : "",
                    current == null ? null : new InstrumentWording.Version(current.version(), indicatorText(current)),
                    versions.getOrDefault(code, Set.of()),
                    v -> catalog.behaviour(code, v).map(Evaluator::indicatorText));
            checklistWording.put(code, w);
            wording.putAll(w.items());
        }
        int count = 0;
        for (RatedFollowUp f : followUps) {
            count += f.size();
        }
        List<BehaviourRating> ratings = new ArrayList<>(count);
        // Expected: every counted seat, and whoever has an after-rating without one.
        Set<String> unseated = new HashSet<>();
        RatedFollowUp previous = null;
        String key = null;
        // The indicator keys of the last follow-up's checklist: consecutive follow-ups of one checklist share their
        // ids, so their keys are made once, not looked up per rating (a city's year: about a million).
        RatedFollowUp keyed = null;
        InstrumentWording keyedBy = null;
        String[] keys = null;
        for (RatedFollowUp f : followUps) {
            // A participant's follow-ups come one after the other (baseline, after): one key for them.
            if (previous == null || previous.sessionId() != f.sessionId()
                    || !java.util.Objects.equals(previous.nip(), f.nip())) {
                key = key(d.perSession, f.sessionId(), f.nip());
            }
            previous = f;
            String participant = key;
            InstrumentWording w = checklistWording.get(d.programs.get(f.sessionId()));
            Phase phase = f.phase() == FollowUpPhase.BASELINE ? Phase.BEFORE : Phase.AFTER;
            if (phase == Phase.AFTER && !d.seats.containsKey(participant)) {
                unseated.add(participant);
            }
            if (keyed == null || keyedBy != w || !keyed.sharesIndicators(f) || !keyed.version().equals(f.version())) {
                keys = new String[f.size()];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = w.key(f.version(), f.indicator(i));
                }
                keyed = f;
                keyedBy = w;
            }
            for (int i = 0; i < keys.length; i++) {
                ratings.add(new BehaviourRating(participant, keys[i], phase, f.rating(i)));
            }
        }
        return engine.behaviour(wording.entrySet().stream()
                .map(e -> new BehaviourIndicator(e.getKey(), e.getValue())).toList(), ratings,
                d.seats.size() + unseated.size());
    }

    /** The versions answers were given to, per programme of their session, in one pass over the answers. */
    private static <T> Map<String, Set<String>> versionsByProgramme(Data d, List<T> answers,
            java.util.function.ToLongFunction<T> sessionId, java.util.function.Function<T, String> version) {
        Map<String, Set<String>> out = new HashMap<>();
        for (T a : answers) {
            String code = d.programs.get(sessionId.applyAsLong(a));
            if (code != null) {
                out.computeIfAbsent(code, k -> new HashSet<>()).add(version.apply(a));
            }
        }
        return out;
    }

    private static Map<String, String> likertText(ReactionQuestionnaire q) {
        Map<String, String> texts = new LinkedHashMap<>();
        q.items().forEach(i -> texts.put(i.id(), i.text()));
        return texts;
    }

    private static Map<String, String> indicatorText(BehaviourChecklist c) {
        Map<String, String> texts = new LinkedHashMap<>();
        c.indicators().forEach(i -> texts.put(i.id(), i.text()));
        return texts;
    }
}
