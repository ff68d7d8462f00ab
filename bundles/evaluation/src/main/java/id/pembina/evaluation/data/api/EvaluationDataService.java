package id.pembina.evaluation.data.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import id.pembina.evaluation.api.RuleSets;

/**
 * Captures evaluation data and computes evaluations with the evaluation engine.
 * <p>
 * Submissions are validated completely before anything is stored; a refusal changes nothing:
 * {@code ValidationException} lists every {@code FieldError} (texts in {@link EvaluationMessages}),
 * {@code NotFoundException} names an unknown session, programme, unit or participant. A response is
 * accepted once per session, participant and phase: an identical repeat returns the stored one
 * (idempotent), a different one is refused with {@code DuplicateException}. Only participants holding a
 * seat (REGISTERED or ATTENDED) in the session may answer or be rated.
 */
@ProviderType
public interface EvaluationDataService {

    /** Weeks after the session of a follow-up that names none. */
    int DEFAULT_FOLLOW_UP_WEEKS = 12;

    // ---- capture ----

    /** Stores a reaction response; without the NIP when the questionnaire version is anonymous. */
    ReactionResponse submitReaction(long sessionId, ReactionSubmission submission);

    /** Stores pre-test or post-test answers, scored with the key of the version they name. */
    TestAnswers submitTest(long sessionId, TestPhase phase, TestSubmission submission);

    /** Stores a direct supervisor's behaviour ratings. */
    FollowUp submitFollowUp(FollowUpSubmission submission);

    /**
     * Stores unit indicator values, all or none (errors name {@code entries[i].field}). A value for the same
     * unit, programme, indicator, period and phase is stored once: identical repeats are accepted, a
     * different value is refused with {@code DuplicateException}.
     */
    List<IndicatorEntry> recordIndicators(List<IndicatorEntry> entries);

    /** Sets (or replaces) a participant's performance rating and discipline sanction of a year. */
    YearFacts recordYearFacts(YearFacts facts);

    /** Adds an external training; an identical repeat with the same certificate number returns the stored one. */
    ExternalTraining addExternalTraining(ExternalTraining training);

    /** Records a monetised benefit of a session (rupiah, not negative, at most two decimals). */
    Benefit recordBenefit(long sessionId, String description, BigDecimal amount);

    // ---- reading ----

    List<ReactionResponse> reactionResponses(long sessionId);

    List<TestAnswers> testAnswers(long sessionId);

    List<FollowUp> followUps(long sessionId);

    List<IndicatorEntry> indicatorValues(String programCode);

    Optional<YearFacts> yearFacts(String nip, int year);

    List<ExternalTraining> externalTrainings(String nip);

    List<Benefit> benefits(long sessionId);

    // ---- evaluation ----

    /**
     * Replaces the IP ASN rule sets used from now on, e.g. with those an edge reads from ConfigAdmin; null
     * goes back to the engine's shipped defaults ({@code RuleSet.defaults()}).
     */
    void useRuleSets(RuleSets rules);

    /** @return the IP ASN rule sets in use */
    RuleSets ruleSets();

    /** Levels 1-5 of one session. */
    SessionEvaluation evaluateSession(long sessionId);

    /** Levels 1-5 over a programme's sessions starting in the range (inclusive, WIB; null bounds are open). */
    ProgramEvaluation evaluateProgram(String programCode, LocalDate from, LocalDate to);

    /** IP ASN distribution, 20 JP compliance and leadership involvement of a unit (and the units below it). */
    UnitEvaluation evaluateUnit(String unitCode, int year);

    /** A participant's training history with the JP and the IP ASN breakdown of a year. */
    Transcript transcript(String nip, int year);
}
