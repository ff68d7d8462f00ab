package id.pembina.catalog.api;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import id.pembina.catalog.spi.BehaviourChecklist;
import id.pembina.catalog.spi.IndexTrainingType;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.platform.api.Page;

/**
 * The training catalog. Refusals are {@code id.pembina.participant.api} exceptions:
 * {@code ValidationException} (with field errors; nothing changed) and {@code NotFoundException}.
 */
@ProviderType
public interface CatalogService {

    /** @return programmes of the modules installed now, by code */
    List<Program> programs();

    /** @return the programme with its instruments, also when its module is not installed now */
    Optional<ProgramDetail> program(String code);

    /** @return a stored version of a programme's reaction questionnaire, also one no module offers now */
    Optional<ReactionQuestionnaire> reaction(String programCode, String version);

    /** @return a stored version of a programme's knowledge test with its answer key */
    Optional<KnowledgeTest> knowledgeTest(String programCode, String version);

    /** @return a stored version of a programme's behaviour checklist */
    Optional<BehaviourChecklist> behaviour(String programCode, String version);

    /**
     * @return the version of the instrument the session's participants (and supervisors) answer: the one its
     *         programme had when the session was scheduled, kept through module upgrades; empty for an unknown
     *         session or a programme without that instrument
     * @since 2.3
     */
    Optional<String> instrumentVersion(long sessionId, InstrumentKind kind);

    /** @return the modules known to the running catalog */
    List<ModuleInfo> modules();

    /**
     * Sets what a programme counts as for the IP ASN index, in place of what its module declares (the setting
     * outlives module upgrades); null returns to the module's declaration.
     *
     * @return the programme as it is now
     * @throws id.pembina.platform.api.NotFoundException no programme has that code
     */
    Program setIndexTrainingType(String programCode, IndexTrainingType type);

    /**
     * Checks a training-module jar as the catalog would on its arrival, without installing it: its
     * manifest (a bundle importing the SPI in a range the running SPI satisfies, a Declarative Services
     * component providing {@code TrainingModule}), then each module created in a class loader of its
     * own (closed before this returns): the definition rules, programme codes another installed
     * module provides, and instrument versions stored with other items.
     *
     * @param jar the jar's bytes; read to the end, not closed
     * @return the findings; {@code problems} is empty when the module would be offered
     */
    ModuleCheck checkModule(InputStream jar);

    TrainingSession createSession(TrainingSession session);

    /** Replaces the session's data; raising the capacity promotes waitlisted participants. */
    TrainingSession updateSession(long id, TrainingSession session);

    Optional<TrainingSession> session(long id);

    Page<TrainingSession> sessions(SessionQuery query);

    /**
     * Enrolls a participant or changes their status. Asking for REGISTERED on a full session gives
     * WAITLISTED; CANCELLED (or NO_SHOW) of a seat holder promotes the first waitlisted participant.
     */
    Enrollment enroll(long sessionId, String nip, EnrollmentStatus status, AbsenceReason reason, String note);

    /**
     * Creates a session and enrolls the participants as REGISTERED, all in one transaction: either the session
     * with every seat, or nothing (for plans accepted as a whole line). The rules are those of
     * {@link #createSession} and {@link #enroll}, checked under the same locks, so a participant booked elsewhere
     * meanwhile refuses the whole.
     *
     * @throws id.pembina.platform.api.ValidationException with the session's errors, else with every refused
     *         participant (unknown, inactive, in an overlapping session, no seat left); nothing is created
     * @since 2.5
     */
    TrainingSession createSessionWithEnrollments(TrainingSession session, List<String> nips);

    List<Enrollment> enrollments(long sessionId);

    /** Records presence per meeting (replacing earlier marks of the same meeting and participant). */
    List<AttendanceSummary> recordAttendance(long sessionId, List<AttendanceMark> marks);

    List<AttendanceSummary> attendance(long sessionId);

    /**
     * Sessions of many participants in one call: those taking place in the period (as {@link SessionQuery}
     * means it; null bounds are open) in which any of the participants has an enrollment of any status.
     *
     * @param nips NIPs as {@link #enroll} takes them; others are skipped
     * @return the sessions as {@link #session} gives them, by start, then id
     * @since 1.1
     */
    List<TrainingSession> sessionsOf(Collection<String> nips, LocalDate from, LocalDate to);

    /**
     * Enrollments of many sessions in one call.
     *
     * @return per session, what {@link #enrollments(long)} gives; unknown sessions and sessions without
     *         enrollments are absent
     * @since 1.1
     */
    Map<Long, List<Enrollment>> enrollments(Collection<Long> sessionIds);

    /**
     * Attendance of many sessions in one call.
     *
     * @return per session, what {@link #attendance(long)} gives; unknown sessions are absent
     * @since 1.1
     */
    Map<Long, List<AttendanceSummary>> attendance(Collection<Long> sessionIds);

    /**
     * The NIPs holding a seat (enrollment REGISTERED or ATTENDED) in many sessions: what
     * {@link #enrollments(Collection)} gives with those statuses, without reading the enrollments' other fields.
     *
     * @return per session, its seat holders' NIPs in NIP order; unknown sessions and sessions without seat holders
     *         are absent; a peserta or pimpinan sees the participants they may see
     * @since 2.6
     */
    Map<Long, List<String>> seatHolders(Collection<Long> sessionIds);

    /**
     * The JP credited by many sessions to each participant present at one meeting at least: the
     * {@code jpCredited} of {@link #attendance(Collection)}'s summaries with {@code meetingsPresent > 0}, read
     * without the summaries' other figures (minutes, ratio, absence reasons).
     *
     * @return per session, NIP to JP credited (0 when present less than the attendance threshold); unknown
     *         sessions and sessions where nobody was present are absent; a peserta or pimpinan sees the
     *         participants they may see
     * @since 2.6
     */
    Map<Long, Map<String, Integer>> jpCredited(Collection<Long> sessionIds);

    /**
     * The sessions of many participants with their seat holders and the JP each credited: for a unit's year, what
     * {@link #sessionsOf}, then {@link #seatHolders} and {@link #jpCredited} of those sessions give, with the
     * sessions' enrollments read once instead of three times and counted once more (a city's root: 200,000
     * enrollments).
     *
     * @param nips NIPs as {@link #enroll} takes them; others are skipped
     * @return the sessions in the period in which any of the participants is enrolled, their seat holders and the
     *         JP credited in them; a peserta or pimpinan sees the participants they may see, as in
     *         {@link #seatHolders} and {@link #jpCredited}
     * @since 2.7
     */
    SessionsAttended sessionsAttended(Collection<String> nips, LocalDate from, LocalDate to);

    /**
     * Certificate numbers of the participants who completed these sessions: credited the session's JP by
     * attendance, once the session has ended. A completion without a number gets one on this read:
     * {@code <prefix>/<year the session ended>/<session id>/<seq>} (prefix: configuration
     * {@code id.pembina.catalog} {@code certificate.prefix}; seq per session in the order issued, NIP order within
     * one read). Numbers are unique and never change; a participant no longer credited (attendance corrected) is
     * left out but keeps the number, should they be credited again.
     *
     * @return per session, NIP to number; sessions without completions (or unknown) are absent; a peserta or
     *         pimpinan sees the participants they may see
     * @since 2.5
     */
    Map<Long, Map<String, String>> certificates(Collection<Long> sessionIds);

    /** @return JP credited to the participant by sessions that ended in the given year (WIB) */
    int creditedJp(String nip, int year);

    /**
     * The competencies a programme develops, as its installed module declares them
     * ({@link id.pembina.catalog.spi.TrainingModule#competencies}, SPI 1.2).
     *
     * @return competency codes, in the module's order, without repeats and without codes that are not codes
     *         (letters, digits, '.', '_', '-', at most 60); empty for an unknown programme, one whose module is
     *         not installed, or a module that declares none
     * @since 2.4
     */
    default List<String> competencies(String programCode) {
        return List.of();
    }
}
