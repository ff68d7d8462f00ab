package id.pembina.catalog.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.pembina.catalog.api.AttendanceMark;
import id.pembina.catalog.api.AttendanceSummary;
import id.pembina.catalog.api.Enrollment;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.catalog.api.Meeting;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ValidationException;

/** Records attendance marks: all of a request or none. */
final class AttendanceTaking {

    private static final Set<EnrollmentStatus> MARKABLE = Set.of(EnrollmentStatus.REGISTERED, EnrollmentStatus.ATTENDED,
            EnrollmentStatus.NO_SHOW);

    private final CatalogServiceImpl catalog;
    private final SessionStore sessions;
    private final Clock clock;

    AttendanceTaking(CatalogServiceImpl catalog, SessionStore sessions, Clock clock) {
        this.catalog = catalog;
        this.sessions = sessions;
        this.clock = clock;
    }

    List<AttendanceSummary> record(long sessionId, List<AttendanceMark> marks) {
        if (marks == null || marks.isEmpty()) {
            throw new ValidationException(List.of(FieldError.of("", "attendance.empty")));
        }
        return catalog.inTransaction(c -> {
            SessionStore.Row row = sessions.lock(c, sessionId).orElseThrow(() -> CatalogServiceImpl.notFound(sessionId));
            Set<Integer> meetings = sessions.meetings(c, sessionId).stream().map(Meeting::number).collect(Collectors.toSet());
            Map<String, EnrollmentStatus> status = new HashMap<>();
            for (Enrollment e : sessions.enrollments(c, sessionId)) {
                status.put(e.nip(), e.status());
            }
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < marks.size(); i++) {
                AttendanceMark m = marks.get(i);
                String at = "[" + i + "]";
                if (m == null || m.nip() == null) {
                    errors.add(FieldError.of(at + ".nip", "required"));
                    continue;
                }
                String nip = m.nip().replace(" ", "");
                if (!meetings.contains(m.meeting())) {
                    errors.add(FieldError.of(at + ".meeting", "attendance.meetingUnknown", m.meeting()));
                }
                EnrollmentStatus current = status.get(nip);
                if (current == null || !MARKABLE.contains(current)) {
                    errors.add(FieldError.of(at + ".nip", "attendance.notEnrolled", nip));
                }
                FieldError noteError = SessionRules.noteError(at + ".note", m.note());
                if (noteError != null) {
                    errors.add(noteError);
                }
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            Instant now = clock.instant();
            for (AttendanceMark m : marks) {
                sessions.mark(c, sessionId, new AttendanceMark(m.nip().replace(" ", ""), m.meeting(), m.present(),
                        m.absenceReason(), m.note()), now);
            }
            // Status follows the marks: present at any meeting is ATTENDED, absent at every meeting NO_SHOW.
            var presence = sessions.presence(c, sessionId);
            for (String nip : marks.stream().map(m -> m.nip().replace(" ", "")).collect(Collectors.toSet())) {
                Map<Integer, Boolean> p = presence.getOrDefault(nip, Map.of());
                EnrollmentStatus next = p.containsValue(Boolean.TRUE) ? EnrollmentStatus.ATTENDED
                        : p.keySet().containsAll(meetings) ? EnrollmentStatus.NO_SHOW : EnrollmentStatus.REGISTERED;
                if (next != status.get(nip)) {
                    sessions.saveStatus(c, sessionId, nip, next, now);
                }
            }
            return catalog.summaries(c, row);
        });
    }
}
