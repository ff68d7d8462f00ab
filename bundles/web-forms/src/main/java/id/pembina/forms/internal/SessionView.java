package id.pembina.forms.internal;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import id.pembina.catalog.api.ProgramDetail;
import id.pembina.catalog.api.TrainingSession;

/** What a page says about a session: programme title and code, dates (e.g. {@code 4 Mei 2026}) and venue. */
final class SessionView {

    private SessionView() {
    }

    static Map<String, Object> of(TrainingSession s, ProgramDetail program, Locale locale) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        String from = s.start().format(date);
        String to = s.end().format(date);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("programCode", s.programCode());
        m.put("title", program == null ? s.programCode() : program.program().title());
        m.put("dates", from.equals(to) ? from : from + " – " + to);
        m.put("venue", s.venue() == null ? "" : s.venue());
        return m;
    }
}
