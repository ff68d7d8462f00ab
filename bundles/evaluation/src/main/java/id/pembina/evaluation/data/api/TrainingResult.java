package id.pembina.evaluation.data.api;

import java.time.LocalDate;

/**
 * One participant's results of one completed Pembina session (attended enough to earn its JP): levels 2 and 3
 * as the evaluation defines them for that participant, each null when not recorded.
 *
 * @param nip              the participant
 * @param sessionId        the session
 * @param programCode      its programme
 * @param year             the year it ended (WIB)
 * @param lastDay          the day it ended
 * @param jp               JP credited to the participant
 * @param prePercent       pre-test score / maximum &times; 100, null without a matched pre/post pair
 * @param postPercent      post-test score / maximum &times; 100, null without a matched pre/post pair
 * @param gain             the normalized gain g = (post% &minus; pre%) / (100 &minus; pre%); null without a pair
 *                         or when pre% = 100
 * @param learningGoalReached level 2: g &ge; {@link #GOAL_GAIN} (Hake's medium band or above), or pre% and post%
 *                         both 100 (nothing left to gain); null without a pair
 * @param behaviourMean    level 3: the mean of the direct supervisor's ratings (1..4) after the training, null
 *                         without a follow-up
 * @param applying         level 3: {@code behaviourMean} &ge; 3 (the evaluation's "applying what was learnt");
 *                         null without a follow-up
 * @since 2.4
 */
public record TrainingResult(String nip, long sessionId, String programCode, int year, LocalDate lastDay, int jp,
        Double prePercent, Double postPercent, Double gain, Boolean learningGoalReached, Double behaviourMean,
        Boolean applying) {

    /** The lowest per-participant gain that reaches the learning goal: Hake's medium band. */
    public static final double GOAL_GAIN = 0.3;

    /** @return whether level 2 or level 3 was recorded */
    public boolean hasResult() {
        return learningGoalReached != null || applying != null;
    }

    /** @return a result is recorded and every recorded level reached its threshold */
    public boolean good() {
        return hasResult() && !Boolean.FALSE.equals(learningGoalReached) && !Boolean.FALSE.equals(applying);
    }
}
