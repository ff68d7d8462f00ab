package id.pembina.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.pembina.catalog.api.AbsenceReason;
import id.pembina.catalog.api.AttendanceSummary;
import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.Enrollment;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.catalog.api.Meeting;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;

/** The model of a session's page: its data, enrollments with the waitlist, meetings and attendance. */
final class SessionDetail {

    private SessionDetail() {
    }

    static void fill(Map<String, Object> model, TrainingSession s, CatalogService catalog, ParticipantRegistry registry,
            Locale locale) {
        model.put("id", s.id());
        model.put("program", s.programCode());
        model.put("start", Wib.dateTime(s.start(), locale));
        model.put("end", Wib.dateTime(s.end(), locale));
        model.put("venue", s.venue() == null ? "" : s.venue());
        model.put("onlineLink", s.onlineLink() == null ? "" : s.onlineLink());
        model.put("capacity", s.capacity());
        model.put("registered", s.registered());
        model.put("waitlisted", s.waitlisted());
        model.put("facilitators", String.join(", ", s.facilitators()));
        model.put("scheduledJp", s.scheduledJp());
        model.put("totalCost", s.totalCost() == null ? "" : "Rp " + String.format(locale, "%,d", s.totalCost().longValue()));
        model.put("moduleMissing", Boolean.FALSE.equals(s.moduleInstalled()));

        List<Enrollment> enrollments = catalog.enrollments(s.id());
        Map<String, Participant> people = registry.findAll(enrollments.stream().map(Enrollment::nip).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> seated = new ArrayList<>();
        for (Enrollment e : enrollments) {
            Participant p = people.get(e.nip());
            String name = p == null ? "" : p.name();
            rows.add(Map.of("nip", e.nip(), "name", name, "status", "web.enrollment." + e.status().name(),
                    "position", e.waitlistPosition() == null ? "" : e.waitlistPosition().toString()));
            if (e.status().takesSeat()) {
                seated.add(Map.of("nip", e.nip(), "name", name));
            }
        }
        model.put("enrollments", rows);
        model.put("seated", seated);
        model.put("statuses", Options.of(List.of(EnrollmentStatus.values()), Enum::name,
                v -> "web.enrollment." + v.name(), "REGISTERED"));
        model.put("reasons", Options.ofEnum(AbsenceReason.values(), null));

        List<Map<String, Object>> meetings = new ArrayList<>();
        for (Meeting m : s.meetings()) {
            meetings.add(Map.of("number", m.number(), "label", m.number() + ": " + Wib.dateTime(m.start(), locale)));
        }
        model.put("meetings", meetings);
        List<Map<String, Object>> attendance = new ArrayList<>();
        for (AttendanceSummary a : catalog.attendance(s.id())) {
            Participant p = people.get(a.nip());
            attendance.add(Map.of("nip", a.nip(), "name", p == null ? "" : p.name(),
                    "present", a.meetingsPresent() + " / " + a.meetings(),
                    "ratio", a.ratio() == null ? "–" : Wib.percent(a.ratio().doubleValue()), "jp", a.jpCredited()));
        }
        model.put("attendance", attendance);
    }
}
