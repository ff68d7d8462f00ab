package id.pembina.planning.api;

import java.time.LocalDate;

/**
 * A programme an ASN completed recently, with their own results as the evaluation records them (levels 2 and 3;
 * each null when not recorded).
 *
 * @param programCode         the programme
 * @param year                the year the session ended
 * @param lastDay             the day it ended
 * @param learningGoalReached level 2: the participant's normalized gain reached 0.3 (see the evaluation)
 * @param gain                the participant's normalized gain, null when undefined
 * @param applying            level 3: the supervisor's mean rating after the training is at least 3 of 4
 * @param behaviourMean       that mean rating
 */
public record PastTraining(String programCode, int year, LocalDate lastDay, Boolean learningGoalReached, Double gain,
        Boolean applying, Double behaviourMean) {

    /** @return level 2 or 3 was recorded */
    public boolean hasResult() {
        return learningGoalReached != null || applying != null;
    }

    /** @return a result is recorded and no recorded level stayed below its threshold */
    public boolean good() {
        return hasResult() && !Boolean.FALSE.equals(learningGoalReached) && !Boolean.FALSE.equals(applying);
    }
}
