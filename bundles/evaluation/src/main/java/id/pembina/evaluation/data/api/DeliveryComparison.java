package id.pembina.evaluation.data.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import id.pembina.catalog.api.DeliveryMode;
import id.pembina.evaluation.api.GainBand;

/**
 * A programme's sessions in a period grouped by how they were delivered (classroom, blended, e-learning), each
 * group evaluated on its own exactly as a programme evaluation of those sessions would be. Groups without
 * sessions are left out.
 */
public record DeliveryComparison(String programCode, LocalDate from, LocalDate to, List<Group> groups) {

    public DeliveryComparison {
        groups = List.copyOf(groups);
    }

    /**
     * One delivery mode's figures; each is null when its n is 0.
     *
     * @param sessions          sessions delivered this way
     * @param seats             seats held (REGISTERED or ATTENDED; a participant absent from every meeting is
     *                          NO_SHOW and holds none); one person in two sessions counts twice
     * @param pairs             matched pre/post test pairs (n of the gain)
     * @param classGain         Hake's class gain &lang;g&rang; of those pairs, and its band
     * @param ratedParticipants participants with an after-rating by their supervisor (n of the behaviour figures)
     * @param behaviourChange   the mean of the paired (after &minus; before) rating differences over all
     *                          indicators, pooled (scale 1-4)
     * @param shareApplying     the share of after-ratings &ge; 3 (pooled, as at level 3)
     * @param meetingsExpected  meetings the seat holders and no-shows were expected at (each &times; its session's
     *                          meetings)
     * @param meetingsPresent   of those, meetings attended
     * @param attendanceRate    meetingsPresent / meetingsExpected
     * @param costs             the sessions' cost lines summed (rupiah)
     * @param participantJp     &Sigma; seats &times; the session's scheduled JP
     * @param costPerJp         costs / participantJp, rounded once to 2 decimals half up
     */
    public record Group(DeliveryMode mode, int sessions, int seats, int pairs, Double classGain, GainBand gainBand,
            int ratedParticipants, Double behaviourChange, Double shareApplying, int meetingsExpected,
            int meetingsPresent, Double attendanceRate, BigDecimal costs, long participantJp, BigDecimal costPerJp) {
    }
}
