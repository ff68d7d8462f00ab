package id.pembina.forms.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.FollowUpPhase;

/**
 * When a supervisor's rating of a participant of a session is due: the baseline until the session's last day,
 * the rating after the training from {@link EvaluationDataService#DEFAULT_FOLLOW_UP_WEEKS} weeks after that day
 * for as long as the service takes it (104 weeks).
 */
final class FollowUpDue {

    static final int LAST_WEEK = 104;

    private FollowUpDue() {
    }

    /** @return true when the phase may be rated on {@code today} for a session that ends on {@code end} */
    static boolean open(FollowUpPhase phase, LocalDate end, LocalDate today) {
        if (phase == FollowUpPhase.BASELINE) {
            return !today.isAfter(end);
        }
        long weeks = weeksAfter(end, today);
        return weeks >= EvaluationDataService.DEFAULT_FOLLOW_UP_WEEKS && weeks <= LAST_WEEK;
    }

    /** @return the first day on which the rating after the training is due */
    static LocalDate afterFrom(LocalDate end) {
        return end.plusWeeks(EvaluationDataService.DEFAULT_FOLLOW_UP_WEEKS);
    }

    /** @return whole weeks from the session's last day to today (what the service records for AFTER) */
    static long weeksAfter(LocalDate end, LocalDate today) {
        return ChronoUnit.WEEKS.between(end, today);
    }
}
