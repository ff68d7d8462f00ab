package id.pembina.evaluation.data.api;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import id.pembina.evaluation.api.ParticipantJp;
import id.pembina.evaluation.api.RuleSets;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.Page;

/**
 * Captures evaluation data and computes evaluations with the evaluation engine.
 * <p>
 * Submissions are validated completely before anything is stored; a refusal changes nothing:
 * {@code ValidationException} lists every {@code FieldError} (texts in the bundle's messages ({@code id.pembina.platform.api.Messages})),
 * {@code NotFoundException} names an unknown session, programme, unit or participant. A response is
 * accepted once per session, participant and phase: an identical repeat returns the stored one
 * (idempotent), a different one is refused with {@code ConflictException}. Only participants holding a
 * seat (REGISTERED or ATTENDED) in the session may answer or be rated.
 * <p>
 * <b>CSV imports</b> ({@code import*}) read UTF-8 text (a byte order mark is skipped) with a header row naming
 * the columns in any order; values are trimmed, empty lines are skipped. Every row is checked exactly as the
 * matching {@code submit*} call would check it, and the file is stored in one transaction, all or nothing: when
 * any row is refused nothing is stored, {@link ImportResult#imported()} is 0 and {@link ImportResult#errors()}
 * lists every refusal with the row's physical line (the header is line 1) and a {@code FieldError} whose field
 * is the CSV column (an item refusal names the item's column, e.g. {@code r1}, not {@code values.r1}). A row
 * identical to a stored submission (or to an earlier row of the file) is not stored twice and counts as
 * imported, so re-importing a file is idempotent; a row that differs from a stored submission of the same
 * participant (session and phase) is refused with {@code evaluation.duplicate}. Header and file refusals use
 * the registry's {@code csv.*} codes ({@code csv.missingColumn}, {@code csv.duplicateColumn},
 * {@code csv.unnamedColumn}, {@code csv.columnCount}, {@code csv.unclosedQuote}, ...); an item column that
 * belongs to none of the instrument versions the rows answer is refused on line 1 with
 * {@code evaluation.columnUnknown}. A blank {@code version} cell means the programme's current version.
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
     * Stores a participant's rating of their own behaviour on the programme's checklist (self-assessment, level
     * 3 beside the supervisor's follow-up), with the rules of {@link #submitFollowUp} except that the rater is the
     * participant: {@code supervisorNip} must be null or the participant's own NIP, and the stored one is the
     * participant's. Needs an admin or operator (entry on the participant's behalf).
     *
     * @since 2.3
     */
    FollowUp submitSelfAssessment(FollowUpSubmission submission);

    /** @return a session's self-assessments (since 2.3) */
    List<FollowUp> selfAssessments(long sessionId);

    /**
     * Stores unit indicator values, all or none (errors name {@code entries[i].field}). A value for the same
     * unit, programme, indicator, period and phase is stored once: identical repeats are accepted, a
     * different value is refused with {@code ConflictException}.
     */
    List<IndicatorEntry> recordIndicators(List<IndicatorEntry> entries);

    /** Sets (or replaces) a participant's performance rating and discipline sanction of a year. */
    YearFacts recordYearFacts(YearFacts facts);

    /** Adds an external training; an identical repeat with the same certificate number returns the stored one. */
    ExternalTraining addExternalTraining(ExternalTraining training);

    /** Records a monetised benefit of a session (rupiah, not negative, at most two decimals). */
    Benefit recordBenefit(long sessionId, String description, BigDecimal amount);

    // ---- CSV import ----

    /**
     * Imports reaction answers of a session. Header: {@code nip,version,<itemId>...,comment}; {@code nip} is
     * required, {@code version} and {@code comment} are optional, every other column is a Likert item
     * (1..5) of the questionnaire version. A blank item cell is a missing answer (refused as by
     * {@link #submitReaction}). The NIP is not stored when the version is anonymous.
     *
     * @throws id.pembina.platform.api.NotFoundException for an unknown session
     */
    ImportResult importReactions(long sessionId, Reader csv);

    /**
     * Imports pre-test or post-test answers of a session, each row scored with the key of the version it
     * names. Header: {@code nip,version,<itemId>...}; a cell holds the chosen option as its 0-based index
     * ({@code 0}, {@code 1}, ...) or as a letter {@code a}..{@code d} (case-insensitive: a = 0, b = 1, c = 2,
     * d = 3); a blank cell marks the item unanswered (scored as incorrect).
     *
     * @throws id.pembina.platform.api.NotFoundException for an unknown session
     */
    ImportResult importTests(long sessionId, TestPhase phase, Reader csv);

    /**
     * Imports supervisors' follow-ups, possibly of several sessions. Header:
     * {@code sessionId,nip,supervisorNip,phase,weeksAfterSession,version,<indicatorId>...}; {@code sessionId},
     * {@code nip}, {@code supervisorNip} and {@code phase} ({@code BASELINE} or {@code AFTER},
     * case-insensitive) are required columns, a blank {@code weeksAfterSession} means
     * {@link #DEFAULT_FOLLOW_UP_WEEKS} after the session; every other column is a behaviour indicator rated
     * 1..4. An unknown session is a row refusal ({@code evaluation.sessionUnknown}).
     */
    ImportResult importFollowUps(Reader csv);

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

    /**
     * {@link #evaluateProgram(String, LocalDate, LocalDate)} with, when {@code fullyLoaded}, the participants' time
     * away from duty ({@link LevelResults#timeAway()}) as a cost line of the ROI (Phillips' fully loaded costs).
     *
     * @since 2.3
     */
    ProgramEvaluation evaluateProgram(String programCode, LocalDate from, LocalDate to, boolean fullyLoaded);

    /**
     * A programme's sessions starting in the range compared by delivery mode: gain, behaviour change, attendance
     * and cost per JP, with n per group. Staff and pimpinan may read it.
     *
     * @since 2.3
     */
    DeliveryComparison compareDelivery(String programCode, LocalDate from, LocalDate to);

    /**
     * IP ASN distribution, 20 JP compliance, leadership involvement and levels 1-5 of a unit (and the units below
     * it) in a calendar year; see {@link UnitEvaluation} for which sessions and answers the levels take.
     */
    UnitEvaluation evaluateUnit(String unitCode, int year);

    /**
     * {@link #evaluateUnit} in figures only, for answers whose size must not grow with the participants
     * (see {@link UnitEvaluationSummary}); every figure equals the one {@link #evaluateUnit} gives.
     *
     * @throws id.pembina.platform.api.ValidationException for a year outside 2000-2100
     * @throws id.pembina.platform.api.NotFoundException for an unknown unit
     * @since 2.2
     */
    default UnitEvaluationSummary evaluateUnitSummary(String unitCode, int year) {
        return UnitEvaluationSummary.of(evaluateUnit(unitCode, year));
    }

    /**
     * One page of the active participants of a unit (and the units below it) whose JP in the year stays
     * below the minimum of the year's rule set: {@code evaluateUnit(unitCode, year).jp().belowMinimum()} from
     * {@code offset}, at most {@code limit} of them, in the same order (unit code, then NIP); {@code total}
     * counts them all.
     *
     * @throws id.pembina.platform.api.ValidationException for a year outside 2000-2100, a negative offset or a
     *                             limit outside 1..{@value #MAX_PAGE}
     * @throws id.pembina.platform.api.NotFoundException for an unknown unit
     * @since 2.2
     */
    default Page<ParticipantJp> belowMinimumJp(String unitCode, int year, int offset, int limit) {
        Pages.check(offset, limit, MAX_PAGE);
        List<ParticipantJp> all = evaluateUnit(unitCode, year).jp().belowMinimum();
        return Pages.of(all, offset, limit);
    }

    /** The largest page of {@link #belowMinimumJp}. */
    int MAX_PAGE = 1000;

    /**
     * The unit's IP ASN distribution and 20 JP compliance year by year, equal to those of
     * {@link #evaluateUnit} for each year, read in one pass (members, training and external training
     * once; facts once per year) and without the Kirkpatrick levels.
     *
     * @throws id.pembina.platform.api.ValidationException when {@code fromYear > toYear}, the range spans more than 20 years, or
     *                             a year lies outside 2000-2100
     * @throws id.pembina.platform.api.NotFoundException for an unknown unit
     * @since 2.1
     */
    List<UnitYearIndex> unitTrend(String unitCode, int fromYear, int toYear);

    /** A participant's training history with the JP and the IP ASN breakdown of a year. */
    Transcript transcript(String nip, int year);
}
