package id.pembina.web.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.pembina.catalog.api.TrainingSession;

/** A month as weeks of days (Monday first), each day with the sessions that run on it. */
final class SessionCalendar {

    private SessionCalendar() {
    }

    static List<Map<String, Object>> weeks(YearMonth month, List<TrainingSession> sessions, Locale locale) {
        LocalDate first = month.atDay(1);
        LocalDate day = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        LocalDate today = Wib.today();
        List<Map<String, Object>> weeks = new ArrayList<>();
        while (!day.isAfter(month.atEndOfMonth())) {
            List<Map<String, Object>> days = new ArrayList<>();
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("day", day.getDayOfMonth());
                d.put("date", day.toString());
                d.put("inMonth", YearMonth.from(day).equals(month));
                d.put("today", day.equals(today));
                List<Map<String, Object>> on = new ArrayList<>();
                for (TrainingSession s : sessions) {
                    if (!day.isBefore(s.start().toLocalDate()) && !day.isAfter(s.end().toLocalDate())) {
                        on.add(Map.of("id", s.id(), "program", s.programCode()));
                    }
                }
                d.put("sessions", on);
                days.add(d);
            }
            weeks.add(Map.of("days", days));
        }
        return weeks;
    }

    static List<String> dayNames(Locale locale) {
        List<String> names = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            names.add(d.getDisplayName(TextStyle.SHORT, locale));
        }
        return names;
    }
}
