package id.pembina.forms.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.junit.Test;

import id.pembina.evaluation.data.api.FollowUpPhase;

public class FollowUpDueTest {

    private static final LocalDate END = LocalDate.of(2026, 5, 4);

    @Test
    public void baselineIsOpenUntilTheSessionsLastDay() {
        assertTrue(FollowUpDue.open(FollowUpPhase.BASELINE, END, LocalDate.of(2026, 4, 1)));
        assertTrue(FollowUpDue.open(FollowUpPhase.BASELINE, END, END));
        assertFalse(FollowUpDue.open(FollowUpPhase.BASELINE, END, END.plusDays(1)));
    }

    @Test
    public void afterIsOpenFrom12To104WeeksAfterTheLastDay() {
        // 4 May 2026 + 12 weeks (84 days) = 27 July 2026; + 104 weeks (728 days, over 29 Feb 2028) = 1 May 2028 (365 + 366 - 3 days)
        assertEquals(LocalDate.of(2026, 7, 27), FollowUpDue.afterFrom(END));
        assertFalse(FollowUpDue.open(FollowUpPhase.AFTER, END, LocalDate.of(2026, 7, 26)));
        assertTrue(FollowUpDue.open(FollowUpPhase.AFTER, END, LocalDate.of(2026, 7, 27)));
        assertEquals(12, FollowUpDue.weeksAfter(END, LocalDate.of(2026, 8, 2))); // 90 days = 12 weeks 6 days
        assertTrue(FollowUpDue.open(FollowUpPhase.AFTER, END, LocalDate.of(2028, 5, 7))); // 104 weeks 6 days
        assertFalse(FollowUpDue.open(FollowUpPhase.AFTER, END, LocalDate.of(2028, 5, 8))); // 105 weeks
    }
}
