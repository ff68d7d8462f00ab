package id.pembina.web.internal;

import static org.junit.Assert.assertEquals;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.Test;

import id.pembina.catalog.api.TrainingSession;

public class SessionCalendarTest {

    @Test
    public void decemberTwentyTwentySixFromMondayTheThirtiethOfNovember() {
        // 1 December 2026 is a Tuesday: the grid starts on Monday 30 November and ends on Sunday 3 January,
        // 35 days = 5 weeks. A session from 1 to 2 December shows on both days and nowhere else.
        TrainingSession s = new TrainingSession(7L, "KOM-PELAYANAN", LocalDateTime.of(2026, 12, 1, 8, 0),
                LocalDateTime.of(2026, 12, 2, 16, 0), null, null, 20, null, null, null, null, null, null, null, null);
        List<Map<String, Object>> weeks = SessionCalendar.weeks(YearMonth.of(2026, 12), List.of(s), Locale.ENGLISH);
        assertEquals(5, weeks.size());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> first = (List<Map<String, Object>>) weeks.get(0).get("days");
        assertEquals("2026-11-30", first.get(0).get("date"));
        assertEquals(false, first.get(0).get("inMonth"));
        assertEquals(List.of(), first.get(0).get("sessions"));
        assertEquals(List.of(Map.of("id", 7L, "program", "KOM-PELAYANAN")), first.get(1).get("sessions"));
        assertEquals(List.of(Map.of("id", 7L, "program", "KOM-PELAYANAN")), first.get(2).get("sessions"));
        assertEquals(List.of(), first.get(3).get("sessions"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> last = (List<Map<String, Object>>) weeks.get(4).get("days");
        assertEquals("2027-01-03", last.get(6).get("date"));
        assertEquals(List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), SessionCalendar.dayNames(Locale.ENGLISH));
    }
}
