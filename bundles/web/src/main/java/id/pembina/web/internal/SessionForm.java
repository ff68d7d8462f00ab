package id.pembina.web.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import id.pembina.catalog.api.TrainingSession;
import id.pembina.platform.api.FieldError;

/** The session form: read into a {@link TrainingSession} (keeping the costs and meetings of an edited one). */
final class SessionForm {

    static final List<String> FIELDS = List.of("programCode", "start", "end", "venue", "onlineLink", "capacity",
            "facilitators");

    final TrainingSession session;
    final List<FieldError> errors;

    private SessionForm(TrainingSession session, List<FieldError> errors) {
        this.session = session;
        this.errors = errors;
    }

    static SessionForm read(HttpServletRequest request, TrainingSession existing) {
        List<FieldError> errors = new ArrayList<>();
        LocalDateTime start = time(request, "start", errors);
        LocalDateTime end = time(request, "end", errors);
        Integer capacity = null;
        String cap = ParticipantForm.value(request, "capacity");
        if (cap != null) {
            try {
                capacity = Integer.valueOf(cap);
            } catch (NumberFormatException e) {
                errors.add(FieldError.of("capacity", "web.session.number", cap));
            }
        }
        String fac = ParticipantForm.value(request, "facilitators");
        List<String> facilitators = fac == null ? List.of()
                : Arrays.stream(fac.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        TrainingSession s = new TrainingSession(null, ParticipantForm.value(request, "programCode"), start, end,
                ParticipantForm.value(request, "venue"), ParticipantForm.value(request, "onlineLink"), capacity,
                facilitators, existing == null ? List.of() : existing.costs(),
                existing == null ? List.of() : existing.meetings(), null, null, null, null, null);
        return new SessionForm(s, errors);
    }

    static Map<String, String> values(TrainingSession s) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("programCode", s.programCode());
        v.put("start", s.start() == null ? "" : s.start().toString());
        v.put("end", s.end() == null ? "" : s.end().toString());
        v.put("venue", s.venue() == null ? "" : s.venue());
        v.put("onlineLink", s.onlineLink() == null ? "" : s.onlineLink());
        v.put("capacity", s.capacity() == null ? "" : s.capacity().toString());
        v.put("facilitators", String.join(", ", s.facilitators()));
        return v;
    }

    static Map<String, String> values(HttpServletRequest request) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String f : FIELDS) {
            String s = ParticipantForm.value(request, f);
            v.put(f, s == null ? "" : s);
        }
        return v;
    }

    private static LocalDateTime time(HttpServletRequest request, String name, List<FieldError> errors) {
        String v = ParticipantForm.value(request, name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(name, "web.session.dateTime", v));
            return null;
        }
    }
}
