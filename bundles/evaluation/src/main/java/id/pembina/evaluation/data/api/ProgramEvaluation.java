package id.pembina.evaluation.data.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Evaluation of a programme over the sessions starting from {@code from} to {@code to} (inclusive, WIB; null
 * bounds are open). Participants are told apart per session, so one person in two sessions counts twice.
 */
public record ProgramEvaluation(String programCode, LocalDate from, LocalDate to, List<Long> sessionIds, int seats,
        LevelResults levels) {

    public ProgramEvaluation {
        sessionIds = List.copyOf(sessionIds);
    }
}
