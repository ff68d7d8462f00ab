package id.pembina.evaluation.data.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.pembina.catalog.api.AttendanceSummary;
import id.pembina.catalog.api.DeliveryMode;
import id.pembina.catalog.api.Enrollment;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.evaluation.api.IndicatorBehaviour;
import id.pembina.evaluation.api.NormalizedGain;
import id.pembina.evaluation.data.api.DeliveryComparison;
import id.pembina.evaluation.data.api.LevelResults;

/** One delivery mode's figures from its sessions, their seats and attendance, and their evaluation. */
final class DeliveryFigures {

    private DeliveryFigures() {
    }

    /**
     * @param seats       per session, the seat holders evaluated (REGISTERED or ATTENDED)
     * @param enrollments per session, its enrolments: seat holders and NO_SHOW are expected at every meeting
     * @param attendance  per session, the catalog's attendance summaries
     */
    static DeliveryComparison.Group group(DeliveryMode mode, List<TrainingSession> sessions,
            Map<Long, List<String>> seats, Map<Long, List<Enrollment>> enrollments,
            Map<Long, List<AttendanceSummary>> attendance, LevelResults lv) {
        int seatCount = 0;
        int expected = 0;
        int present = 0;
        long participantJp = 0;
        BigDecimal costs = BigDecimal.ZERO.setScale(2);
        for (TrainingSession s : sessions) {
            List<String> holders = seats.getOrDefault(s.id(), List.of());
            seatCount += holders.size();
            int meetings = s.meetings().isEmpty() ? 1 : s.meetings().size();
            Map<String, Integer> presentOf = new HashMap<>();
            attendance.getOrDefault(s.id(), List.of()).forEach(a -> presentOf.put(a.nip(), a.meetingsPresent()));
            for (Enrollment e : enrollments.getOrDefault(s.id(), List.of())) {
                if (e.status().takesSeat() || e.status() == EnrollmentStatus.NO_SHOW) {
                    expected += meetings;
                    present += presentOf.getOrDefault(e.nip(), 0);
                }
            }
            participantJp += (long) holders.size() * (s.scheduledJp() == null ? 0 : s.scheduledJp());
            costs = costs.add(s.totalCost() == null ? BigDecimal.ZERO : s.totalCost());
        }
        NormalizedGain gain = lv.learning().classGain();
        long paired = 0;
        double changeSum = 0;
        for (IndicatorBehaviour i : lv.behaviour().indicators()) {
            if (i.change() != null) {
                paired += i.nPaired();
                changeSum += i.change() * i.nPaired();
            }
        }
        return new DeliveryComparison.Group(mode, sessions.size(), seatCount, lv.learning().n(),
                gain == null ? null : gain.value(), gain == null ? null : gain.band(),
                lv.behaviour().responsesReceived(), paired == 0 ? null : changeSum / paired,
                lv.behaviour().shareApplying(), expected, present,
                expected == 0 ? null : (double) present / expected, costs, participantJp,
                participantJp == 0 ? null : costs.divide(BigDecimal.valueOf(participantJp), 2, RoundingMode.HALF_UP));
    }
}
