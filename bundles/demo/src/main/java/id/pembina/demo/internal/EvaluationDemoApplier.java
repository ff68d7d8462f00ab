package id.pembina.demo.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.pembina.platform.api.LogMask;
import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.catalog.api.Program;
import id.pembina.catalog.api.ProgramDetail;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.demo.internal.MarelanEvaluationDemo.BenefitPlan;
import id.pembina.demo.internal.MarelanEvaluationDemo.EnrollmentPlan;
import id.pembina.demo.internal.MarelanEvaluationDemo.FollowUpPlan;
import id.pembina.demo.internal.MarelanEvaluationDemo.Instruments;
import id.pembina.demo.internal.MarelanEvaluationDemo.Plan;
import id.pembina.demo.internal.MarelanEvaluationDemo.SessionPlan;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.ExternalTraining;
import id.pembina.evaluation.data.api.IndicatorEntry;
import id.pembina.evaluation.data.api.ReactionSubmission;
import id.pembina.evaluation.data.api.TestPhase;
import id.pembina.evaluation.data.api.TestSubmission;
import id.pembina.evaluation.data.api.YearFacts;
import id.pembina.platform.api.ValidationException;

/**
 * Stores the {@link MarelanEvaluationDemo evaluation demo} through the catalog's and the evaluation service's
 * public APIs: waits (bounded) for the seed programmes, which their module bundles bring asynchronously, then
 * creates the sessions and records enrollments, attendance, answers, follow-ups, indicators, benefits, yearly
 * facts and external training. A refused submission is counted and skipped (the first one is logged with its
 * field errors); the rest go on.
 */
final class EvaluationDemoApplier {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationDemoApplier.class);

    /** How long the loader waits for the seed programmes by default. */
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(120);
    static final Duration POLL = Duration.ofMillis(500);

    /** What was stored: sessions created, submissions accepted and refused. */
    record Result(boolean programsFound, int sessions, int accepted, int refused) {

        static final Result NO_PROGRAMS = new Result(false, 0, 0, 0);
    }

    private final CatalogService catalog;
    private final EvaluationDataService evaluation;
    private int accepted;
    private int refused;

    private EvaluationDemoApplier(CatalogService catalog, EvaluationDataService evaluation) {
        this.catalog = catalog;
        this.evaluation = evaluation;
    }

    /**
     * Waits up to {@code wait} for the seed programmes, plans the year and stores it. Never throws; an
     * interruption stops it between two submissions.
     */
    static Result load(MarelanDemoData data, CatalogService catalog, EvaluationDataService evaluation, Duration wait) {
        try {
            Map<String, Instruments> instruments = awaitPrograms(catalog, wait, POLL);
            if (instruments == null) {
                return Result.NO_PROGRAMS;
            }
            long start = System.nanoTime();
            Plan plan = MarelanEvaluationDemo.plan(data, instruments);
            Result result = new EvaluationDemoApplier(catalog, evaluation).apply(plan);
            LOG.info("Demo evaluation data stored: {} sessions, {} submissions accepted, {} refused, in {} ms",
                    result.sessions(), result.accepted(), result.refused(), (System.nanoTime() - start) / 1_000_000);
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("Storing the demo evaluation data stopped (component deactivated); what was stored stays");
            return Result.NO_PROGRAMS;
        } catch (RuntimeException e) {
            LOG.error("Storing the demo evaluation data failed; what was stored before stays", e);
            return Result.NO_PROGRAMS;
        }
    }

    /**
     * Polls the catalog until it offers every seed programme.
     *
     * @return the programmes' current instruments, or null when they did not all come in time
     */
    static Map<String, Instruments> awaitPrograms(CatalogService catalog, Duration wait, Duration poll)
            throws InterruptedException {
        AtomicReference<Set<String>> offered = new AtomicReference<>(Set.of());
        boolean[] logged = {false};
        Set<String> all = Await.until(wait, poll, () -> {
            try {
                offered.set(catalog.programs().stream().map(Program::code).collect(Collectors.toSet()));
            } catch (RuntimeException e) {
                LOG.debug("The catalog could not list its programmes yet", e);
            }
            if (offered.get().containsAll(MarelanEvaluationDemo.PROGRAMS)) {
                return offered.get();
            }
            if (!logged[0]) {
                LOG.info("Waiting up to {} s for the seed programmes {} in the catalog", wait.toSeconds(),
                        MarelanEvaluationDemo.PROGRAMS);
                logged[0] = true;
            }
            return null;
        });
        if (all == null) {
            LOG.warn("Demo evaluation data not stored: the seed programmes {} did not all appear in the catalog"
                    + " within {} s (offered: {}); install their modules and load the demo into an empty"
                    + " database again", MarelanEvaluationDemo.PROGRAMS, wait.toSeconds(), offered.get());
            return null;
        }
        Map<String, Instruments> out = new LinkedHashMap<>();
        for (String code : MarelanEvaluationDemo.PROGRAMS) {
            ProgramDetail detail = catalog.program(code)
                    .orElseThrow(() -> new IllegalStateException("The catalog lists " + code + " but has no detail"));
            out.put(code, Instruments.of(detail));
        }
        return out;
    }

    private Result apply(Plan plan) throws InterruptedException {
        int sessions = 0;
        for (SessionPlan s : plan.sessions()) {
            checkInterrupt();
            TrainingSession created = submit("session " + s.key(), () -> catalog.createSession(s.session()));
            if (created == null) {
                continue;
            }
            sessions++;
            long id = created.id();
            for (EnrollmentPlan e : s.enrollments()) {
                submit("enrollment of " + e.nip() + " in " + s.key(),
                        () -> catalog.enroll(id, e.nip(), EnrollmentStatus.REGISTERED, null, null));
            }
            for (EnrollmentPlan e : s.enrollments()) {
                if (e.cancelled()) {
                    submit("cancellation of " + e.nip() + " in " + s.key(),
                            () -> catalog.enroll(id, e.nip(), EnrollmentStatus.CANCELLED, e.cancelReason(), e.note()));
                }
            }
            if (!s.attendance().isEmpty()) {
                submit("attendance of " + s.key(), () -> catalog.recordAttendance(id, s.attendance()));
            }
            checkInterrupt();
            for (TestSubmission t : s.preTests()) {
                submit("pre-test of " + t.nip() + " in " + s.key(), () -> evaluation.submitTest(id, TestPhase.PRE, t));
            }
            for (TestSubmission t : s.postTests()) {
                submit("post-test of " + t.nip() + " in " + s.key(), () -> evaluation.submitTest(id, TestPhase.POST, t));
            }
            for (ReactionSubmission r : s.reactions()) {
                submit("reaction of " + r.nip() + " in " + s.key(), () -> evaluation.submitReaction(id, r));
            }
            checkInterrupt();
            for (FollowUpPlan f : s.followUps()) {
                submit(f.phase() + " follow-up of " + f.nip() + " in " + s.key(),
                        () -> evaluation.submitFollowUp(f.submission(id)));
            }
            for (BenefitPlan b : s.benefits()) {
                submit("benefit of " + s.key(), () -> evaluation.recordBenefit(id, b.description(), b.amount()));
            }
        }
        checkInterrupt();
        // Indicators per programme, each list all or nothing.
        Map<String, List<IndicatorEntry>> byProgram = plan.indicators().stream()
                .collect(Collectors.groupingBy(IndicatorEntry::programCode, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<IndicatorEntry>> e : byProgram.entrySet()) {
            submit("indicators of " + e.getKey(), () -> evaluation.recordIndicators(e.getValue()));
        }
        for (YearFacts f : plan.yearFacts()) {
            submit("year facts of " + f.nip() + " " + f.year(), () -> evaluation.recordYearFacts(f));
        }
        checkInterrupt();
        for (ExternalTraining t : plan.externalTrainings()) {
            submit("external training of " + t.nip(), () -> evaluation.addExternalTraining(t));
        }
        return new Result(true, sessions, accepted, refused);
    }

    private static void checkInterrupt() throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
        }
    }

    /** @return the service's answer, or null when it refused (counted; the first refusal is logged) */
    private <T> T submit(String what, Supplier<T> call) {
        try {
            T answer = call.get();
            accepted++;
            return answer;
        } catch (RuntimeException e) {
            refused++;
            if (refused == 1) {
                LOG.error("Demo evaluation data: the {} was refused{}; going on with the rest", what, describe(e), e);
            } else {
                LOG.debug("Demo evaluation data: the {} was refused{}", what, describe(e));
            }
            return null;
        }
    }

    /** The refusal for a log line: its field errors or the exception, NIPs masked. */
    private static String describe(RuntimeException e) {
        if (e instanceof ValidationException v) {
            return ": " + LogMask.nips(v.errors().stream()
                    .map(f -> f.field() + " " + f.code() + (f.args().isEmpty() ? "" : " " + f.args()))
                    .collect(Collectors.joining("; ")));
        }
        return ": " + LogMask.nips(e.toString());
    }
}
