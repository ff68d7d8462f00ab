package id.pembina.evaluation.data.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import id.pembina.catalog.api.CatalogService;
import id.pembina.evaluation.api.DisciplineSanction;
import id.pembina.evaluation.api.Education;
import id.pembina.evaluation.api.EvaluationEngine;
import id.pembina.evaluation.api.BehaviourRating;
import id.pembina.evaluation.api.CategoryDistribution;
import id.pembina.evaluation.api.JpCompliance;
import id.pembina.evaluation.api.LeadershipInvolvement;
import id.pembina.catalog.api.SessionsAttended;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.evaluation.api.ParticipantJp;
import id.pembina.evaluation.api.ParticipantTrainings;
import id.pembina.evaluation.api.ParticipantYear;
import id.pembina.evaluation.api.PerformanceRating;
import id.pembina.evaluation.api.PositionType;
import id.pembina.evaluation.api.ProfessionalismIndex;
import id.pembina.evaluation.api.RuleSet;
import id.pembina.evaluation.api.RuleSets;
import id.pembina.evaluation.api.TrainingRecord;
import id.pembina.evaluation.api.TrainingSource;
import id.pembina.evaluation.api.UnitLeadership;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.ExternalTraining;
import id.pembina.evaluation.data.api.FollowUpPhase;
import id.pembina.evaluation.data.api.NotIndexed;
import id.pembina.evaluation.data.api.Transcript;
import id.pembina.evaluation.data.api.TranscriptEntry;
import id.pembina.evaluation.data.api.UnitEvaluation;
import id.pembina.evaluation.data.api.UnitYearIndex;
import id.pembina.evaluation.data.api.YearFacts;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.NotFoundException;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.platform.api.Page;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.ValidationException;

/** The IP ASN, 20 JP compliance and leadership involvement of units, and participants' transcripts. */
final class Professionalism {

    private final Transactions tx;
    private final Store store;
    private final ParticipantRegistry registry;
    private final CatalogService catalog;
    private final EvaluationEngine engine;
    private final Supplier<RuleSets> ruleSets;
    private final Evaluator evaluator;

    Professionalism(Transactions tx, Store store, ParticipantRegistry registry, CatalogService catalog,
            EvaluationEngine engine, Supplier<RuleSets> ruleSets, Evaluator evaluator) {
        this.evaluator = evaluator;
        this.tx = tx;
        this.store = store;
        this.registry = registry;
        this.catalog = catalog;
        this.engine = engine;
        this.ruleSets = ruleSets;
    }

    UnitEvaluation unit(String unitCode, int year) {
        checkYear(year);
        OrganizationUnit root = unitOf(unitCode);
        List<String> unitCodes = subtree(root.code());
        // One read of the subtree's people (active or not: the levels count the seats of both) and of the
        // sessions they are enrolled in up to the year's end, shared by the index, the JP and the levels.
        List<Participant> everyone = registry.members(root.code(), true);
        List<Participant> people = everyone.stream().filter(Participant::isActive).toList();
        RuleSets rules = ruleSets.get();
        RuleSet rule = rules.forYear(year);
        // Each active participant's place in people: their attended sessions and after-ratings are kept by it.
        Map<String, Integer> places = placesOf(people);
        Set<String> nips = places.keySet();
        Map<String, Participant> everyoneByNip = new HashMap<>(capacity(everyone.size()));
        everyone.forEach(p -> everyoneByNip.put(p.nip(), p));
        // The year's facts and the external training need nothing else: read while the catalog finds the sessions.
        // Rows read keep the members' own NIP instances (Canon), not a copy per table.
        Fork<Own> ownPart = Fork.start("facts", () -> tx.run(c -> new Own(store.facts(c, nips, year,
                new Canon(Canon.nipsOf(everyoneByNip))), store.externals(c, nips))));
        // The sessions with their seat holders and the JP credited in them, from one read of their enrollments.
        SessionsAttended attended = catalog.sessionsAttended(everyoneByNip.keySet(), null, LocalDate.of(year, 12, 31));
        List<TrainingSession> sessions = attended.sessions();
        // The levels, the leadership and the index share only these inputs: computed side by side.
        List<TrainingSession> yearSessions = sessions.stream().filter(s -> s.end().getYear() == year).toList();
        // The supervisors' follow-ups of the year's sessions, read once for the levels (L3) and the leadership.
        Fork<Map<Long, List<RatedFollowUp>>> followUpsPart = Fork.start("follow-ups", () -> tx.run(c ->
                Tallies.followUps(c, yearSessions.stream().map(TrainingSession::id).toList(), Store.SUPERVISOR,
                        (s, v) -> null, new Canon(Canon.nipsOf(everyoneByNip)))));
        Fork<Evaluator.UnitLevels> levelsPart = Fork.start("levels", () -> evaluator.unit(everyoneByNip,
                yearSessions, attended.seatHolders(), new HashSet<>(unitCodes), followUpsPart::join));
        List<List<TrainingHistory.Attended>> history = TrainingHistory.byPlace(catalog, places, people.size(), attended);
        Fork<LeadershipInvolvement> leadershipPart = Fork.start("leadership", () -> engine.leadershipInvolvement(
                leadership(unitCodes, people, places, history, year, sessions, followUpsPart.join())));
        Own own = ownPart.join();
        UnitYear y = unitYear(root, people, own.facts(), at -> attended(history, at), own.externals(), year, rules);
        LeadershipInvolvement leadership = leadershipPart.join();
        Evaluator.UnitLevels levels = levelsPart.join();
        return new UnitEvaluation(root.code(), year, unitCodes, rule.name(), rule.validFrom(), y.distribution(),
                y.notIndexed(), y.jp(), leadership, levels.sessionIds(), levels.sessionIds().size(), levels.seats(),
                levels.anonymousExcluded(), levels.levels());
    }

    /** What {@link #unit} reads from the evaluation's own tables for the index: the year's facts, external training. */
    private record Own(Map<String, YearFacts> facts, Map<String, List<ExternalTraining>> externals) {
    }

    /**
     * The 20 JP compliance of {@link #unit}, read without the facts, the leadership and the levels; its
     * {@code belowMinimum} paged.
     */
    Page<ParticipantJp> belowMinimumJp(String unitCode, int year, int offset, int limit) {
        checkYear(year);
        if (offset < 0 || limit < 1 || limit > EvaluationDataService.MAX_PAGE) {
            List<FieldError> errors = new ArrayList<>();
            if (offset < 0) {
                errors.add(FieldError.of("offset", "evaluation.pageRange", offset, "0.."));
            }
            if (limit < 1 || limit > EvaluationDataService.MAX_PAGE) {
                errors.add(FieldError.of("limit", "evaluation.pageRange", limit, "1.." + EvaluationDataService.MAX_PAGE));
            }
            throw new ValidationException(errors);
        }
        OrganizationUnit root = unitOf(unitCode);
        List<Participant> people = registry.members(root.code(), false);
        Set<String> nips = nipsOf(people);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        Map<String, List<TrainingHistory.Attended>> history = TrainingHistory.load(catalog, nips,
                catalog.sessionsAttended(nips, null, yearEnd));
        Map<String, List<ExternalTraining>> allExternals = tx.run(c -> store.externals(c, nips));
        List<ParticipantTrainings> trainings = new ArrayList<>();
        for (Participant p : people) {
            trainings.add(new ParticipantTrainings(p.nip(), p.unitCode(), records(p,
                    history.getOrDefault(p.nip(), List.of()), allExternals.getOrDefault(p.nip(), List.of()))));
        }
        List<ParticipantJp> below = engine.jpCompliance(year, trainings, ruleSets.get()).belowMinimum();
        int from = Math.min(offset, below.size());
        return new Page<>(below.subList(from, Math.min(below.size(), from + limit)), below.size(), offset, limit);
    }

    /**
     * The IP ASN distribution and JP compliance of each year, as {@link #unit} computes them, with the
     * members, their training and external training read once for all years.
     */
    List<UnitYearIndex> unitTrend(String unitCode, int fromYear, int toYear) {
        checkYear(fromYear);
        checkYear(toYear);
        if (fromYear > toYear || toYear - fromYear >= MAX_TREND_YEARS) {
            throw new ValidationException(List.of(FieldError.of("from", "evaluation.trendRange", fromYear, toYear,
                    MAX_TREND_YEARS)));
        }
        OrganizationUnit root = unitOf(unitCode);
        List<Participant> people = registry.members(root.code(), false);
        RuleSets rules = ruleSets.get();
        Set<String> nips = nipsOf(people);
        Map<String, List<TrainingHistory.Attended>> history = TrainingHistory.load(catalog, nips,
                catalog.sessionsAttended(nips, null, LocalDate.of(toYear, 12, 31)));
        Map<String, List<ExternalTraining>> allExternals = tx.run(c -> store.externals(c, nips));
        List<UnitYearIndex> out = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            LocalDate yearEnd = LocalDate.of(year, 12, 31);
            // The sessions that started by the end of this year, as unit() reads them for the year.
            Map<String, List<TrainingHistory.Attended>> untilYear = new HashMap<>();
            history.forEach((nip, attended) -> untilYear.put(nip,
                    attended.stream().filter(a -> !a.start().isAfter(yearEnd)).toList()));
            int factsYear = year;
            UnitYear y = unitYear(root, people, tx.run(c -> store.facts(c, nips, factsYear)),
                    at -> untilYear.getOrDefault(people.get(at).nip(), List.of()), allExternals, year, rules);
            out.add(new UnitYearIndex(year, y.distribution().n(), y.distribution().counts(), y.jp().rate(),
                    rules.forYear(year).name()));
        }
        return out;
    }

    /** The most years a trend spans. */
    static final int MAX_TREND_YEARS = 20;

    /** One year of a unit: its IP ASN distribution, who has no index and why, and its JP compliance. */
    private record UnitYear(CategoryDistribution distribution, List<NotIndexed> notIndexed, JpCompliance jp) {
    }

    /**
     * @param allFacts the year's facts of {@code people}, by NIP
     * @param history  the sessions attended by the participant at a place in {@code people}
     */
    private UnitYear unitYear(OrganizationUnit root, List<Participant> people, Map<String, YearFacts> allFacts,
            java.util.function.IntFunction<List<TrainingHistory.Attended>> history,
            Map<String, List<ExternalTraining>> allExternals, int year, RuleSets rules) {
        List<ParticipantYear> indexed = new ArrayList<>();
        List<NotIndexed> notIndexed = new ArrayList<>();
        List<ParticipantTrainings> trainings = new ArrayList<>();
        // A session's record, made once for all who attended it alike (TrainingHistory shares their Attended).
        Map<TrainingHistory.Attended, TrainingRecord[]> shared = new java.util.IdentityHashMap<>();
        for (int at = 0; at < people.size(); at++) {
            Participant p = people.get(at);
            List<TrainingRecord> records = records(p, history.apply(at),
                    allExternals.getOrDefault(p.nip(), List.of()), shared);
            trainings.add(new ParticipantTrainings(p.nip(), p.unitCode(), records));
            Optional<YearFacts> facts = Optional.ofNullable(allFacts.get(p.nip()));
            String reason = reason(p, facts);
            if (reason != null) {
                notIndexed.add(new NotIndexed(p.nip(), reason));
            } else {
                // The distribution is over the evaluated unit with everything below it.
                indexed.add(participantYear(p, root.code(), year, records, facts.get()));
            }
        }
        return new UnitYear(engine.unitDistribution(root.code(), year, indexed, rules), notIndexed,
                engine.jpCompliance(year, trainings, rules));
    }

    private OrganizationUnit unitOf(String unitCode) {
        String code = unitCode == null ? "" : unitCode.strip();
        return registry.findUnit(code).orElseThrow(() -> new NotFoundException("unit " + code));
    }

    private static Set<String> nipsOf(List<Participant> people) {
        Set<String> nips = new HashSet<>();
        people.forEach(p -> nips.add(p.nip()));
        return nips;
    }

    /** Each participant's place in {@code people}, by NIP. */
    private static Map<String, Integer> placesOf(List<Participant> people) {
        Map<String, Integer> places = new HashMap<>(capacity(people.size()));
        for (int at = 0; at < people.size(); at++) {
            places.put(people.get(at).nip(), at);
        }
        return places;
    }

    /** A hash map's capacity for {@code n} entries without rehashing (a city root: 100,000). */
    private static int capacity(int n) {
        return Math.max(16, (int) (n / 0.75f) + 1);
    }

    /** The sessions attended by the participant at {@code at}, as {@link TrainingHistory#byPlace} keeps them. */
    private static List<TrainingHistory.Attended> attended(List<List<TrainingHistory.Attended>> history, int at) {
        List<TrainingHistory.Attended> of = history.get(at);
        return of == null ? List.of() : of;
    }

    Transcript transcript(String nipText, int year) {
        checkYear(year);
        String nip = Checks.nip(nipText);
        Participant p = (nip == null || !nip.matches("[0-9]{18}") ? Optional.<Participant>empty() : registry.find(nip))
                .orElseThrow(() -> new NotFoundException("participant " + nipText));
        List<TrainingHistory.Attended> attended = TrainingHistory.load(catalog, Set.of(p.nip()),
                catalog.sessionsOf(Set.of(p.nip()), null, null))
                .getOrDefault(p.nip(), List.of());
        List<ExternalTraining> externals = externals(p.nip());
        List<TranscriptEntry> entries = new ArrayList<>();
        // The catalog numbers the certificates of completed sessions (issued on first read).
        Map<Long, Map<String, String>> certificates = catalog.certificates(
                attended.stream().filter(a -> a.jp().signum() > 0).map(TrainingHistory.Attended::sessionId).toList());
        attended.forEach(a -> entries.add(new TranscriptEntry(TrainingSource.PEMBINA, a.sessionId(), null,
                a.programCode(), a.title(), a.type(), a.jp(), a.date(),
                certificates.getOrDefault(a.sessionId(), Map.of()).get(p.nip()))));
        externals.forEach(e -> entries.add(new TranscriptEntry(TrainingSource.EXTERNAL, null, e.id(), null, e.title(),
                e.type(), e.jp(), e.date(), e.certificateNumber())));
        entries.sort(Comparator.comparing(TranscriptEntry::date));
        RuleSets rules = ruleSets.get();
        RuleSet rule = rules.forYear(year);
        List<TrainingRecord> records = records(p, attended, externals);
        JpCompliance jp = engine.jpCompliance(year, List.of(new ParticipantTrainings(p.nip(), p.unitCode(), records)),
                rules);
        Optional<YearFacts> facts = tx.run(c -> store.facts(c, p.nip(), year));
        String reason = reason(p, facts);
        ProfessionalismIndex index = reason != null ? null
                : engine.professionalism(participantYear(p, p.unitCode(), year, records, facts.get()), rule);
        return new Transcript(p, year, entries, jp.participants().get(0).jp(), jp.minimumJp(),
                jp.participants().get(0).compliant(), index, reason, rule.name(), rule.validFrom());
    }

    /** Refuses a year outside 2000..2100 or before the first IP ASN rule set (a 4xx, not a failure). */
    private void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new ValidationException(List.of(FieldError.of("year", "evaluation.yearRange")));
        }
        // A year is covered when a rule set is valid on its 31 December: from the oldest rule set's year on.
        int firstYear = ruleSets.get().all().get(0).validFrom().getYear();
        if (year < firstYear) {
            throw new ValidationException(List.of(FieldError.of("year", "evaluation.noRuleSet", year, firstYear)));
        }
    }

    private List<ExternalTraining> externals(String nip) {
        return tx.run(c -> store.externals(c, nip));
    }

    /** Pembina sessions with JP credited and external training, as the engine takes them. */
    private static List<TrainingRecord> records(Participant p, List<TrainingHistory.Attended> attended,
            List<ExternalTraining> externals) {
        return records(p, attended, externals, null);
    }

    /**
     * As {@link #records(Participant, List, List)}; {@code shared} (by identity, or null) keeps the record made
     * of each attended session, matching the post and not, for the next participant who attended it alike.
     */
    static List<TrainingRecord> records(Participant p, List<TrainingHistory.Attended> attended,
            List<ExternalTraining> externals, Map<TrainingHistory.Attended, TrainingRecord[]> shared) {
        List<TrainingRecord> out = new ArrayList<>();
        for (TrainingHistory.Attended a : attended) {
            if (a.jp().signum() > 0) {
                boolean matches = TrainingHistory.matchesPosition(a.indexType(), p.positionType());
                TrainingRecord[] made = shared == null ? new TrainingRecord[2]
                        : shared.computeIfAbsent(a, k -> new TrainingRecord[2]);
                int i = matches ? 1 : 0;
                if (made[i] == null) {
                    made[i] = new TrainingRecord(a.title(), a.type(), a.jp(), a.date(), matches,
                            TrainingSource.PEMBINA);
                }
                out.add(made[i]);
            }
        }
        // External records name their type; leadership and functional training are taken to match the post.
        externals.forEach(e -> out.add(new TrainingRecord(e.title(), e.type(), e.jp(), e.date(), true,
                TrainingSource.EXTERNAL)));
        return out;
    }

    private static String reason(Participant p, Optional<YearFacts> facts) {
        if (p.education() == null) {
            return "evaluation.educationMissing";
        }
        if (p.positionType() == null) {
            return "evaluation.positionMissing";
        }
        return facts.isEmpty() ? "evaluation.factsMissing" : null;
    }

    private static ParticipantYear participantYear(Participant p, String unitCode, int year,
            List<TrainingRecord> records, YearFacts facts) {
        PerformanceRating performance = facts.performance();
        DisciplineSanction discipline = facts.discipline();
        return new ParticipantYear(p.nip(), unitCode, year, Education.valueOf(p.education().name()),
                PositionType.valueOf(p.positionType().name()), records, performance, discipline);
    }

    /** The unit and every unit below it, parents first (children in the order of {@code units()}). */
    private List<String> subtree(String root) {
        Map<String, List<String>> children = new HashMap<>();
        for (OrganizationUnit u : registry.units()) {
            if (u.parentCode() != null) {
                children.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u.code());
            }
        }
        List<String> out = new ArrayList<>(List.of(root));
        for (int i = 0; i < out.size(); i++) {
            out.addAll(children.getOrDefault(out.get(i), List.of()));
        }
        return out;
    }

    /**
     * Per unit: the sessions ending in the year that its participants attended, how many of them its leader
     * attended, alone or with at least one of the unit's other participants (only the latter is involvement), in
     * how many the leader acted as facilitator, mentor or coach (the session's roles), and the L3 share applying
     * (AFTER ratings &ge; 3) of its participants in those sessions. The leader is the unit's participant whose
     * supervisor is not in the unit (highest position type first).
     */
    private List<UnitLeadership> leadership(List<String> unitCodes, List<Participant> people,
            Map<String, Integer> places, List<List<TrainingHistory.Attended>> history, int year,
            List<TrainingSession> catalogSessions, Map<Long, List<RatedFollowUp>> followUps) {
        Map<Long, Set<String>> roleHolders = new HashMap<>();
        for (TrainingSession s : catalogSessions) {
            s.roles().forEach(r -> roleHolders.computeIfAbsent(s.id(), k -> new HashSet<>()).add(r.nip()));
        }
        // The after-ratings by the place of whom they rate: a unit's are found from its staff, not from every seat
        // of its sessions (ratings of anyone else are never asked for).
        List<List<RatedFollowUp>> afterOf = new ArrayList<>(java.util.Collections.nCopies(people.size(), null));
        followUps.values().forEach(list -> list.forEach(f -> {
            Integer at = f.phase() == FollowUpPhase.AFTER ? places.get(f.nip()) : null;
            if (at != null) {
                if (afterOf.get(at) == null) {
                    afterOf.set(at, new ArrayList<>());
                }
                afterOf.get(at).add(f);
            }
        }));
        // Each unit's staff by place.
        Map<String, List<Integer>> byUnit = new LinkedHashMap<>();
        unitCodes.forEach(u -> byUnit.put(u, new ArrayList<>()));
        for (int at = 0; at < people.size(); at++) {
            byUnit.computeIfAbsent(people.get(at).unitCode(), u -> new ArrayList<>()).add(at);
        }
        List<UnitLeadership> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> unit : byUnit.entrySet()) {
            List<Integer> staffPlaces = unit.getValue();
            List<Participant> staff = new ArrayList<>(staffPlaces.size());
            staffPlaces.forEach(at -> staff.add(people.get(at)));
            Set<String> nips = new HashSet<>();
            staff.forEach(p -> nips.add(p.nip()));
            Optional<Participant> leader = staff.stream()
                    .filter(p -> p.supervisorNip() == null || !nips.contains(p.supervisorNip()))
                    .min(Comparator.comparing((Participant p) -> p.positionType() == null ? 99
                            : p.positionType().ordinal()).thenComparing(Participant::nip));
            Set<Long> sessions = new HashSet<>();
            Set<Long> withLeader = new HashSet<>();
            Set<Long> withOthers = new HashSet<>();
            for (int at : staffPlaces) {
                Participant p = people.get(at);
                boolean isLeader = leader.isPresent() && leader.get().nip().equals(p.nip());
                for (TrainingHistory.Attended a : attended(history, at)) {
                    if (a.date().getYear() == year) {
                        sessions.add(a.sessionId());
                        (isLeader ? withLeader : withOthers).add(a.sessionId());
                    }
                }
            }
            Set<Long> withStaff = new HashSet<>(withLeader);
            withStaff.retainAll(withOthers);
            Set<Long> inRole = new HashSet<>();
            if (leader.isPresent()) {
                sessions.stream().filter(id -> roleHolders.getOrDefault(id, Set.of()).contains(leader.get().nip()))
                        .forEach(inRole::add);
            }
            Set<Long> involved = new HashSet<>(withStaff);
            involved.addAll(inRole);
            int ratings = 0;
            int applying = 0;
            // The staff's after-ratings in the unit's sessions of the year (each staff member once: a place is one
            // participant, and people holds each NIP once).
            for (int at : staffPlaces) {
                List<RatedFollowUp> after = afterOf.get(at);
                for (RatedFollowUp f : after == null ? List.<RatedFollowUp>of() : after) {
                    if (sessions.contains(f.sessionId())) {
                        for (int i = 0; i < f.size(); i++) {
                            ratings++;
                            applying += f.rating(i) >= BehaviourRating.APPLYING_MINIMUM ? 1 : 0;
                        }
                    }
                }
            }
            out.add(new UnitLeadership(unit.getKey(), sessions.size(), withLeader.size(),
                    ratings == 0 ? null : (double) applying / ratings, withStaff.size(), inRole.size(),
                    involved.size()));
        }
        return out;
    }
}
