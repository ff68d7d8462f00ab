package id.pembina.evaluation.data.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.catalog.api.InstrumentKind;
import id.pembina.catalog.api.ProgramDetail;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.catalog.spi.BehaviourChecklist;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.evaluation.data.api.Benefit;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.ExternalTraining;
import id.pembina.evaluation.data.api.FollowUp;
import id.pembina.evaluation.data.api.FollowUpPhase;
import id.pembina.evaluation.data.api.FollowUpSubmission;
import id.pembina.evaluation.data.api.IndicatorEntry;
import id.pembina.evaluation.data.api.ReactionResponse;
import id.pembina.evaluation.data.api.ReactionSubmission;
import id.pembina.evaluation.data.api.TestAnswers;
import id.pembina.evaluation.data.api.TestPhase;
import id.pembina.evaluation.data.api.TestSubmission;
import id.pembina.evaluation.data.api.YearFacts;
import id.pembina.platform.api.ConflictException;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.ImportResult.RowError;
import id.pembina.platform.api.NotFoundException;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.ValidationException;

/**
 * Validates and stores submissions. Everything the other bundles know is checked through their services
 * first; the write itself is one transaction that stores the submission once per key: an identical repeat
 * returns the stored one, a different one is a {@link ConflictException}.
 */
final class Capture {

    private static final Pattern PERIOD = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");
    private static final BigDecimal RUPIAH_LIMIT = new BigDecimal("1e17");
    private static final BigDecimal VALUE_LIMIT = new BigDecimal("1e15");
    private static final BigDecimal JP_LIMIT = new BigDecimal("1000.01");

    private final Transactions tx;
    private final Store store;
    private final ParticipantRegistry registry;
    private final CatalogService catalog;
    private final Clock clock;

    Capture(Transactions tx, Store store, ParticipantRegistry registry, CatalogService catalog, Clock clock) {
        this.tx = tx;
        this.store = store;
        this.registry = registry;
        this.catalog = catalog;
        this.clock = clock;
    }

    // ---- reaction ----

    ReactionResponse reaction(long sessionId, ReactionSubmission s) {
        Lookups l = lookups();
        TrainingSession session = l.session(sessionId);
        List<FieldError> errors = new ArrayList<>();
        CheckedReaction checked = checkReaction(l, session, s, errors);
        refuseIf(errors);
        return once(c -> storeReaction(c, checked));
    }

    /** A reaction that passed its checks: what to store, and whose receipt it is when anonymous. */
    record CheckedReaction(ReactionResponse candidate, String nip) {
    }

    /**
     * Checks a reaction against the catalog and the registry (nothing is stored).
     *
     * @return what to store, or null when refusals were added to {@code errors}
     */
    CheckedReaction checkReaction(Lookups l, TrainingSession session, ReactionSubmission s, List<FieldError> errors) {
        long sessionId = session.id();
        int before = errors.size();
        ProgramDetail detail = l.program(session.programCode());
        started(session, errors);
        String nip = attendee(l, "nip", sessionId, s.nip(), errors);
        ReactionQuestionnaire q = null;
        if (detail.reaction() == null) {
            errors.add(FieldError.of("version", "evaluation.noInstrument", session.programCode(), "REACTION"));
        } else {
            String current = l.version(sessionId, InstrumentKind.REACTION).orElse(detail.reaction().version());
            String version = s.version() == null ? current : s.version();
            q = l.reaction(session.programCode(), version).orElse(null);
            if (q == null) {
                errors.add(FieldError.of("version", "evaluation.versionUnknown", session.programCode(), "REACTION",
                        version));
            } else if (!version.equals(current)) {
                errors.add(FieldError.of("version", "evaluation.versionNotCurrent", version, sessionId, current));
            } else {
                Checks.items("values", s.values(), q.items().stream().map(ReactionQuestionnaire.LikertItem::id)
                        .toList(), version, 1, 5, false, errors);
            }
        }
        Checks.text("comment", s.comment(), false, 2000, errors);
        if (errors.size() > before) {
            return null;
        }
        ReactionResponse candidate = new ReactionResponse(UUID.randomUUID().toString(), sessionId,
                q.anonymous() ? null : nip, q.version(), s.values(), Checks.text(s.comment()), clock.instant());
        return new CheckedReaction(candidate, nip);
    }

    /**
     * Stores a checked reaction on the caller's connection (no commit): the stored one for an identical
     * repeat, else a {@link ConflictException} when the participant answered differently before.
     */
    ReactionResponse storeReaction(Connection c, CheckedReaction checked) throws SQLException {
        ReactionResponse candidate = checked.candidate();
        long sessionId = candidate.sessionId();
        String nip = checked.nip();
        if (candidate.anonymous()) {
            if (!store.hasReceipt(c, sessionId, nip)) {
                store.insertReceipt(c, sessionId, nip);
                store.insertReaction(c, candidate);
                return candidate;
            }
            // The receipt does not say which response is theirs: an identical anonymous one is as good.
            return store.reactions(c, sessionId).stream().filter(r -> r.anonymous() && same(r, candidate))
                    .findFirst().orElseThrow(() -> duplicate("reaction", sessionId, nip));
        }
        // The session's stored reactions are read only for a repeat: a first answer is the common case.
        Optional<ReactionResponse> stored = !store.exists(c, Store.REACTION_OF, sessionId, nip) ? Optional.empty()
                : store.reactions(c, sessionId).stream().filter(r -> nip.equals(r.nip())).findFirst();
        if (stored.isPresent()) {
            return keepIfSame(stored.get(), same(stored.get(), candidate), "reaction", sessionId, nip);
        }
        store.insertReaction(c, candidate);
        return candidate;
    }

    private static boolean same(ReactionResponse a, ReactionResponse b) {
        return a.version().equals(b.version()) && a.values().equals(b.values())
                && Objects.equals(a.comment(), b.comment());
    }

    // ---- knowledge tests ----

    TestAnswers test(long sessionId, TestPhase phase, TestSubmission s) {
        Objects.requireNonNull(phase, "phase");
        Lookups l = lookups();
        TrainingSession session = l.session(sessionId);
        List<FieldError> errors = new ArrayList<>();
        TestAnswers checked = checkTest(l, session, phase, s, errors);
        refuseIf(errors);
        return once(c -> storeTest(c, checked));
    }

    /**
     * Checks test answers and scores them with the key of the version they name (nothing is stored).
     *
     * @return the scored answers to store, or null when refusals were added to {@code errors}
     */
    TestAnswers checkTest(Lookups l, TrainingSession session, TestPhase phase, TestSubmission s,
            List<FieldError> errors) {
        long sessionId = session.id();
        int before = errors.size();
        ProgramDetail detail = l.program(session.programCode());
        started(session, errors);
        // The pre-test is answered by every seat holder, the post-test only by those who attended.
        String nip = phase == TestPhase.POST ? attendee(l, "nip", sessionId, s.nip(), errors)
                : seatHolder(l, "nip", sessionId, s.nip(), errors);
        KnowledgeTest test = null;
        if (detail.knowledgeTest() == null) {
            errors.add(FieldError.of("version", "evaluation.noInstrument", session.programCode(), "KNOWLEDGE_TEST"));
        } else {
            String current = l.version(sessionId, InstrumentKind.KNOWLEDGE_TEST).orElse(detail.knowledgeTest().version());
            String version = s.version() == null ? current : s.version();
            test = l.knowledgeTest(session.programCode(), version).orElse(null);
            if (test == null) {
                errors.add(FieldError.of("version", "evaluation.versionUnknown", session.programCode(),
                        "KNOWLEDGE_TEST", version));
            } else if (!version.equals(current)) {
                errors.add(FieldError.of("version", "evaluation.versionNotCurrent", version, sessionId, current));
                test = null;
            } else {
                List<FieldError> found = new ArrayList<>();
                Checks.items("choices", s.choices(), test.items().stream().map(KnowledgeTest.TestItem::id).toList(),
                        version, 0, Integer.MAX_VALUE, true, found);
                for (KnowledgeTest.TestItem item : test.items()) {
                    Integer choice = s.choices() == null ? null : s.choices().get(item.id());
                    if (choice != null && (choice < 0 || choice >= item.options().size())) {
                        found.removeIf(e -> e.field().equals("choices." + item.id()));
                        found.add(FieldError.of("choices." + item.id(), "evaluation.optionRange", choice,
                                item.options().size() - 1));
                    }
                }
                errors.addAll(found);
            }
        }
        if (errors.size() > before) {
            return null;
        }
        int score = 0;
        for (KnowledgeTest.TestItem item : test.items()) {
            Integer choice = s.choices().get(item.id());
            if (choice != null && choice == item.answerIndex()) {
                score += item.points();
            }
        }
        return new TestAnswers(sessionId, nip, phase, test.version(), s.choices(), score, test.maxPoints(),
                clock.instant());
    }

    /** Stores checked test answers on the caller's connection (no commit); repeats as for a reaction. */
    TestAnswers storeTest(Connection c, TestAnswers candidate) throws SQLException {
        long sessionId = candidate.sessionId();
        String nip = candidate.nip();
        TestPhase phase = candidate.phase();
        Optional<TestAnswers> stored = !store.exists(c, Store.TEST_OF, sessionId, nip, phase.name())
                ? Optional.empty() : store.tests(c, sessionId).stream()
                        .filter(t -> t.nip().equals(nip) && t.phase() == phase).findFirst();
        if (stored.isPresent()) {
            TestAnswers t = stored.get();
            return keepIfSame(t, t.version().equals(candidate.version()) && t.choices().equals(candidate.choices()),
                    phase.name().toLowerCase(java.util.Locale.ROOT) + "-test", sessionId, nip);
        }
        store.insertTest(c, candidate);
        return candidate;
    }

    // ---- behaviour follow-ups ----

    FollowUp followUp(FollowUpSubmission s) {
        if (s.sessionId() == null) {
            throw new ValidationException(List.of(FieldError.of("sessionId", "evaluation.required")));
        }
        Lookups l = lookups();
        TrainingSession session = l.session(s.sessionId());
        List<FieldError> errors = new ArrayList<>();
        FollowUp checked = checkFollowUp(l, session, s, errors);
        refuseIf(errors);
        return once(c -> storeFollowUp(c, checked));
    }

    /**
     * Checks a follow-up of the given session (its {@code sessionId} is not looked at again; nothing is stored).
     *
     * @return the follow-up to store, or null when refusals were added to {@code errors}
     */
    FollowUp checkFollowUp(Lookups l, TrainingSession session, FollowUpSubmission s, List<FieldError> errors) {
        return checkFollowUp(l, session, s, errors, false);
    }

    /** As a follow-up, but {@code self}: the participant rates themselves ({@code supervisorNip} null or theirs). */
    private FollowUp checkFollowUp(Lookups l, TrainingSession session, FollowUpSubmission s, List<FieldError> errors,
            boolean self) {
        long sessionId = session.id();
        int before = errors.size();
        ProgramDetail detail = l.program(session.programCode());
        String nip = seatHolder(l, "nip", sessionId, s.nip(), errors);
        String supervisor = Checks.nip(s.supervisorNip());
        if (self) {
            if (supervisor != null && !supervisor.isEmpty() && !supervisor.equals(nip)) {
                errors.add(FieldError.of("supervisorNip", "evaluation.selfRater", supervisor));
            }
            supervisor = nip;
        } else if (supervisor == null || supervisor.isEmpty()) {
            errors.add(FieldError.of("supervisorNip", "evaluation.required"));
        } else if (nip != null) {
            Optional<Participant> p = l.participant(nip);
            if (p.isEmpty() || !supervisor.equals(Checks.nip(p.get().supervisorNip()))) {
                errors.add(FieldError.of("supervisorNip", "evaluation.notSupervisor", supervisor, nip));
            }
        }
        Checks.required("phase", s.phase(), errors);
        Integer weeks = null;
        if (s.phase() == FollowUpPhase.AFTER) {
            weeks = s.weeksAfterSession() == null ? EvaluationDataService.DEFAULT_FOLLOW_UP_WEEKS
                    : s.weeksAfterSession();
            if (weeks < 1 || weeks > 104) {
                errors.add(FieldError.of("weeksAfterSession", "evaluation.weeksRange"));
            }
        }
        BehaviourChecklist checklist = null;
        if (detail.behaviour() == null) {
            errors.add(FieldError.of("version", "evaluation.noInstrument", session.programCode(), "BEHAVIOUR"));
        } else {
            String current = l.version(sessionId, InstrumentKind.BEHAVIOUR).orElse(detail.behaviour().version());
            String version = s.version() == null ? current : s.version();
            checklist = l.behaviour(session.programCode(), version).orElse(null);
            if (checklist == null) {
                errors.add(FieldError.of("version", "evaluation.versionUnknown", session.programCode(), "BEHAVIOUR",
                        version));
            } else if (!version.equals(current)) {
                errors.add(FieldError.of("version", "evaluation.versionNotCurrent", version, sessionId, current));
            } else {
                Checks.items("ratings", s.ratings(), checklist.indicators().stream()
                        .map(BehaviourChecklist.BehaviourIndicator::id).toList(), version, 1, 4, false, errors);
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new FollowUp(sessionId, nip, supervisor, s.phase(), weeks, checklist.version(), s.ratings(),
                clock.instant());
    }

    // ---- self-assessment ----

    /** A participant's ratings of their own behaviour: checked and stored as a follow-up whose rater is SELF. */
    FollowUp selfAssessment(FollowUpSubmission s) {
        if (s.sessionId() == null) {
            throw new ValidationException(List.of(FieldError.of("sessionId", "evaluation.required")));
        }
        Lookups l = lookups();
        TrainingSession session = l.session(s.sessionId());
        List<FieldError> errors = new ArrayList<>();
        FollowUp checked = checkFollowUp(l, session, s, errors, true);
        refuseIf(errors);
        return once(c -> storeFollowUp(c, checked, Store.SELF));
    }

    /** Stores a checked follow-up on the caller's connection (no commit); repeats as for a reaction. */
    FollowUp storeFollowUp(Connection c, FollowUp candidate) throws SQLException {
        return storeFollowUp(c, candidate, Store.SUPERVISOR);
    }

    private FollowUp storeFollowUp(Connection c, FollowUp candidate, String rater) throws SQLException {
        long sessionId = candidate.sessionId();
        String nip = candidate.nip();
        Optional<FollowUp> stored = !store.exists(c, Store.FOLLOW_UP_OF, sessionId, nip, candidate.phase().name(),
                rater) ? Optional.empty() : store.followUps(c, List.of(sessionId), rater)
                        .getOrDefault(sessionId, List.of()).stream()
                        .filter(f -> f.nip().equals(nip) && f.phase() == candidate.phase()).findFirst();
        if (stored.isPresent()) {
            FollowUp f = stored.get();
            return keepIfSame(f, f.supervisorNip().equals(candidate.supervisorNip())
                    && f.version().equals(candidate.version())
                    && Objects.equals(f.weeksAfterSession(), candidate.weeksAfterSession())
                    && f.ratings().equals(candidate.ratings()), "follow-up " + candidate.phase(), sessionId, nip);
        }
        store.insertFollowUp(c, candidate, rater);
        return candidate;
    }

    // ---- unit indicators ----

    List<IndicatorEntry> indicators(List<IndicatorEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        List<FieldError> errors = new ArrayList<>();
        if (entries.isEmpty()) {
            errors.add(FieldError.of("entries", "evaluation.empty"));
        }
        Map<String, Optional<ProgramDetail>> programs = new HashMap<>();
        Map<String, Boolean> units = new HashMap<>();
        Map<String, IndicatorEntry> byKey = new HashMap<>();
        Map<String, Boolean> flags = new HashMap<>();
        List<IndicatorEntry> clean = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String at = "entries[" + i + "].";
            IndicatorEntry e = entries.get(i);
            if (e == null) {
                errors.add(FieldError.of("entries[" + i + "]", "evaluation.required"));
                continue;
            }
            String unit = Checks.text(e.unitCode());
            String program = Checks.text(e.programCode());
            String indicator = Checks.text(e.indicatorId());
            if (unit == null) {
                errors.add(FieldError.of(at + "unitCode", "evaluation.required"));
            } else if (!units.computeIfAbsent(unit, u -> !Checks.hasControl(u) && registry.findUnit(u).isPresent())) {
                errors.add(FieldError.of(at + "unitCode", "evaluation.unitUnknown", unit));
            }
            if (program == null) {
                errors.add(FieldError.of(at + "programCode", "evaluation.required"));
            } else {
                Optional<ProgramDetail> detail = programs.computeIfAbsent(program,
                        p -> Checks.hasControl(p) ? Optional.empty() : catalog.program(p));
                if (detail.isEmpty()) {
                    errors.add(FieldError.of(at + "programCode", "evaluation.programUnknown", program));
                } else if (indicator == null) {
                    errors.add(FieldError.of(at + "indicatorId", "evaluation.required"));
                } else if (detail.get().results().stream().noneMatch(r -> r.id().equals(indicator))) {
                    errors.add(FieldError.of(at + "indicatorId", "evaluation.indicatorUnknown", indicator, program));
                }
            }
            if (e.period() == null) {
                errors.add(FieldError.of(at + "period", "evaluation.required"));
            } else if (!PERIOD.matcher(e.period().strip()).matches()) {
                errors.add(FieldError.of(at + "period", "evaluation.periodFormat", e.period()));
            }
            if (e.value() == null) {
                errors.add(FieldError.of(at + "value", "evaluation.required"));
            } else if (!Checks.decimal(e.value(), 4, VALUE_LIMIT, true)) {
                errors.add(FieldError.of(at + "value", "evaluation.indicatorValue"));
            }
            Checks.required(at + "phase", e.phase(), errors);
            if (unit == null || program == null || indicator == null || e.period() == null || e.phase() == null) {
                continue;
            }
            IndicatorEntry n = new IndicatorEntry(unit, program, indicator, e.period().strip(),
                    e.value() == null ? null : e.value().stripTrailingZeros(), e.phase(), e.comparison());
            IndicatorEntry twin = byKey.putIfAbsent(key(n), n);
            if (twin != null && !sameIndicator(twin, n)) {
                errors.add(FieldError.of("entries[" + i + "]", "evaluation.conflictInList"));
            } else if (twin == null) {
                clean.add(n);
                positions.add(i);
            }
            Boolean flag = flags.putIfAbsent(unit + "\u0000" + program, n.comparison());
            if (flag != null && flag != n.comparison()) {
                errors.add(FieldError.of(at + "comparison", "evaluation.comparisonConflict", unit, program));
            }
        }
        refuseIf(errors);
        Instant now = clock.instant();
        return once(c -> {
            List<FieldError> conflicts = new ArrayList<>();
            for (int i = 0; i < clean.size(); i++) {
                IndicatorEntry n = clean.get(i);
                List<Boolean> stored = store.comparisonFlags(c, n.unitCode(), n.programCode());
                if (stored.stream().anyMatch(f -> f != n.comparison())) {
                    conflicts.add(FieldError.of("entries[" + positions.get(i) + "].comparison",
                            "evaluation.comparisonConflict", n.unitCode(), n.programCode()));
                }
            }
            refuseIf(conflicts);
            for (IndicatorEntry n : clean) {
                Optional<IndicatorEntry> stored = store.indicator(c, n);
                if (stored.isEmpty()) {
                    store.insertIndicator(c, n, now);
                } else if (!sameIndicator(stored.get(), n)) {
                    throw new ConflictException("indicator " + key(n).replace('\u0000', '/'));
                }
            }
            return clean;
        });
    }

    private static String key(IndicatorEntry e) {
        return String.join("\u0000", e.unitCode(), e.programCode(), e.indicatorId(), e.period(), e.phase().name());
    }

    private static boolean sameIndicator(IndicatorEntry a, IndicatorEntry b) {
        return a.value().compareTo(b.value()) == 0 && a.comparison() == b.comparison();
    }

    // ---- yearly facts, external training, benefits ----

    YearFacts yearFacts(YearFacts f) {
        List<FieldError> errors = new ArrayList<>();
        String nip = participant("nip", f.nip(), errors);
        if (f.year() < 2000 || f.year() > 2100) {
            errors.add(FieldError.of("year", "evaluation.yearRange"));
        }
        Checks.required("performance", f.performance(), errors);
        Checks.required("discipline", f.discipline(), errors);
        refuseIf(errors);
        YearFacts clean = new YearFacts(nip, f.year(), f.performance(), f.discipline());
        Instant now = clock.instant();
        return tx.run(c -> {
            store.saveFacts(c, clean, now);
            return clean;
        });
    }

    ExternalTraining external(ExternalTraining t) {
        List<FieldError> errors = new ArrayList<>();
        String nip = participant("nip", t.nip(), errors);
        Checks.text("title", t.title(), true, 300, errors);
        Checks.required("type", t.type(), errors);
        if (t.jp() == null) {
            errors.add(FieldError.of("jp", "evaluation.required"));
        } else if (!Checks.decimal(t.jp(), 2, JP_LIMIT, false)) {
            errors.add(FieldError.of("jp", "evaluation.jpRange"));
        }
        if (t.date() == null) {
            errors.add(FieldError.of("date", "evaluation.required"));
        } else if (t.date().isAfter(LocalDate.now(clock))) {
            errors.add(FieldError.of("date", "evaluation.dateFuture"));
        }
        Checks.text("certificateNumber", t.certificateNumber(), false, 100, errors);
        refuseIf(errors);
        ExternalTraining clean = new ExternalTraining(null, nip, t.title().strip(), t.type(),
                t.jp().stripTrailingZeros(), t.date(), Checks.text(t.certificateNumber()));
        Instant now = clock.instant();
        return once(c -> {
            for (ExternalTraining stored : store.externals(c, nip)) {
                boolean same = stored.title().equals(clean.title()) && stored.type() == clean.type()
                        && stored.jp().compareTo(clean.jp()) == 0 && stored.date().equals(clean.date())
                        && Objects.equals(stored.certificateNumber(), clean.certificateNumber());
                if (same) {
                    return stored;
                }
                if (clean.certificateNumber() != null && clean.certificateNumber().equals(stored.certificateNumber())) {
                    throw new ConflictException("certificate " + clean.certificateNumber() + " of " + nip);
                }
            }
            long id = store.insertExternal(c, clean, now);
            return new ExternalTraining(id, nip, clean.title(), clean.type(), clean.jp(), clean.date(),
                    clean.certificateNumber());
        });
    }

    Benefit benefit(long sessionId, String description, BigDecimal amount) {
        session(sessionId);
        List<FieldError> errors = new ArrayList<>();
        Checks.text("description", description, true, 300, errors);
        if (amount == null) {
            errors.add(FieldError.of("amount", "evaluation.required"));
        } else if (!Checks.decimal(amount, 2, RUPIAH_LIMIT, false)) {
            errors.add(FieldError.of("amount", "evaluation.amount"));
        }
        refuseIf(errors);
        Instant now = clock.instant();
        return tx.run(c -> {
            long id = store.insertBenefit(c, sessionId, description.strip(), amount, now);
            return new Benefit(id, sessionId, description.strip(), amount.setScale(2), now);
        });
    }

    // ---- shared ----

    TrainingSession session(long sessionId) {
        return catalog.session(sessionId).orElseThrow(() -> new NotFoundException("session " + sessionId));
    }

    ProgramDetail program(String code) {
        return catalog.program(code).orElseThrow(() -> new NotFoundException("program " + code));
    }

    Lookups lookups() {
        return new Lookups();
    }

    /**
     * What the catalog and the registry answer, asked once per call: one submission, or every row of an
     * import (whose rows mostly share the session, its seats and the instrument versions).
     */
    final class Lookups {
        private final Map<Long, Optional<TrainingSession>> sessions = new HashMap<>();
        private final Map<String, ProgramDetail> programs = new HashMap<>();
        private final Map<Long, Set<String>> seats = new HashMap<>();
        private final Map<Long, Set<String>> attended = new HashMap<>();
        private final Map<List<Object>, Optional<String>> versions = new HashMap<>();
        private final Map<String, Optional<Participant>> participants = new HashMap<>();
        private final Map<List<String>, Optional<ReactionQuestionnaire>> reactions = new HashMap<>();
        private final Map<List<String>, Optional<KnowledgeTest>> tests = new HashMap<>();
        private final Map<List<String>, Optional<BehaviourChecklist>> checklists = new HashMap<>();

        /** @throws NotFoundException for an unknown session */
        TrainingSession session(long id) {
            return find(id).orElseThrow(() -> new NotFoundException("session " + id));
        }

        Optional<TrainingSession> find(long id) {
            return sessions.computeIfAbsent(id, catalog::session);
        }

        /** @throws NotFoundException for an unknown programme */
        ProgramDetail program(String code) {
            return programs.computeIfAbsent(code, Capture.this::program);
        }

        /** @return the NIPs holding a seat (REGISTERED or ATTENDED) in the session */
        Set<String> seats(long sessionId) {
            return seats.computeIfAbsent(sessionId, id -> catalog.enrollments(id).stream()
                    .filter(e -> e.status() == EnrollmentStatus.REGISTERED || e.status() == EnrollmentStatus.ATTENDED)
                    .map(e -> e.nip()).collect(Collectors.toSet()));
        }

        /** @return the NIPs whose enrollment is ATTENDED (present at a meeting at least) */
        Set<String> attended(long sessionId) {
            return attended.computeIfAbsent(sessionId, id -> catalog.enrollments(id).stream()
                    .filter(e -> e.status() == EnrollmentStatus.ATTENDED).map(e -> e.nip()).collect(Collectors.toSet()));
        }

        /** @return the instrument version the session's participants answer */
        Optional<String> version(long sessionId, InstrumentKind kind) {
            return versions.computeIfAbsent(List.of(sessionId, kind), k -> catalog.instrumentVersion(sessionId, kind));
        }

        Optional<Participant> participant(String nip) {
            return participants.computeIfAbsent(nip, registry::find);
        }

        Optional<ReactionQuestionnaire> reaction(String programCode, String version) {
            return reactions.computeIfAbsent(List.of(programCode, version), k -> catalog.reaction(programCode,
                    version));
        }

        Optional<KnowledgeTest> knowledgeTest(String programCode, String version) {
            return tests.computeIfAbsent(List.of(programCode, version), k -> catalog.knowledgeTest(programCode,
                    version));
        }

        Optional<BehaviourChecklist> behaviour(String programCode, String version) {
            return checklists.computeIfAbsent(List.of(programCode, version), k -> catalog.behaviour(programCode,
                    version));
        }
    }

    /** @return the normalised NIP; adds a refusal unless it holds a seat (REGISTERED or ATTENDED) */
    private static String seatHolder(Lookups l, String field, long sessionId, String text, List<FieldError> errors) {
        String nip = Checks.nip(text);
        if (nip == null || nip.isEmpty()) {
            errors.add(FieldError.of(field, "evaluation.required"));
            return null;
        }
        if (!l.seats(sessionId).contains(nip)) {
            errors.add(FieldError.of(field, "evaluation.notEnrolled", nip, sessionId));
        }
        return nip;
    }

    /** @return the normalised NIP; adds a refusal unless it holds a seat and attended (status ATTENDED) */
    private static String attendee(Lookups l, String field, long sessionId, String text, List<FieldError> errors) {
        int before = errors.size();
        String nip = seatHolder(l, field, sessionId, text, errors);
        if (errors.size() == before && !l.attended(sessionId).contains(nip)) {
            errors.add(FieldError.of(field, "evaluation.notAttended", nip, sessionId));
        }
        return nip;
    }

    /** Adds a refusal when the session has not started yet (WIB): nothing can be answered about it before. */
    private void started(TrainingSession session, List<FieldError> errors) {
        if (java.time.LocalDateTime.ofInstant(clock.instant(), id.pembina.participant.api.Nip.WIB)
                .isBefore(session.start())) {
            errors.add(FieldError.of("sessionId", "evaluation.notStarted", session.id(), session.start().toString()));
        }
    }

    // ---- imports ----

    /**
     * One checked row of an import, stored by {@link #importRows}.
     *
     * @param line      the row's physical line in the file
     * @param nip       the participant, named in the refusal of a different earlier submission
     * @param sessionId the session, ditto
     */
    record ImportRow(long line, String nip, long sessionId, StoreStep step) {
    }

    /** Stores one checked row on the import's connection; {@link ConflictException} for a different repeat. */
    @FunctionalInterface
    interface StoreStep {
        void store(Connection c) throws SQLException;
    }

    /**
     * Stores the checked rows in one transaction, all or nothing: the rows that passed their checks are still
     * stored (so that each different earlier submission is found and reported on its line), and the whole
     * transaction is rolled back when any row of the file was refused. A row identical to a stored
     * submission, or to an earlier row of the file, is stored once and counts as imported.
     *
     * @param rows   the file's data rows
     * @param errors the refusals found so far (header, reading, checks)
     */
    ImportResult importRows(int rows, List<RowError> errors, List<ImportRow> checked) {
        if (checked.isEmpty()) {
            return result(rows, errors);
        }
        Transactions.Work<ImportResult> work = c -> {
            List<RowError> all = new ArrayList<>(errors);
            for (ImportRow row : checked) {
                try {
                    row.step().store(c);
                } catch (ConflictException e) {
                    all.add(new RowError(row.line(), FieldError.of("nip", "evaluation.duplicate", row.nip(),
                            row.sessionId())));
                }
            }
            if (!all.isEmpty()) {
                throw new Refused(result(rows, all));
            }
            return new ImportResult(rows, checked.size(), List.of());
        };
        try {
            return once(work);
        } catch (Refused r) {
            return r.result;
        }
    }

    /** @return an import that stored nothing (refused, or without data rows), the errors in line order */
    static ImportResult result(int rows, List<RowError> errors) {
        List<RowError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingLong(RowError::line));
        return new ImportResult(rows, 0, sorted);
    }

    /** Rolls back an import that has refused rows. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient ImportResult result;

        Refused(ImportResult result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    private String participant(String field, String text, List<FieldError> errors) {
        String nip = Checks.nip(text);
        if (nip == null || nip.isEmpty()) {
            errors.add(FieldError.of(field, "evaluation.required"));
        } else if (!nip.matches("[0-9]{18}") || registry.find(nip).isEmpty()) {
            errors.add(FieldError.of(field, "evaluation.participantUnknown", nip));
        }
        return nip;
    }

    private static void refuseIf(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static ConflictException duplicate(String what, long sessionId, String nip) {
        return new ConflictException(what + " of " + nip + " in session " + sessionId);
    }

    private static <T> T keepIfSame(T stored, boolean same, String what, long sessionId, String nip) {
        if (!same) {
            throw duplicate(what, sessionId, nip);
        }
        return stored;
    }

    /**
     * Runs a check-then-insert; when a concurrent writer inserted the same key first (unique violation),
     * runs it again so that it sees that row and answers as for a repeat.
     */
    private <T> T once(Transactions.Work<T> work) {
        try {
            return tx.runOrThrow(work);
        } catch (SQLException e) {
            if (Store.uniqueViolation(e)) {
                return tx.run(work);
            }
            throw new id.pembina.platform.api.StorageException("Database error: " + e.getMessage(), e);
        }
    }
}
