package id.pembina.evaluation.data.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pembina.catalog.api.AbsenceReason;
import id.pembina.catalog.api.AttendanceSummary;
import id.pembina.catalog.api.Enrollment;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.evaluation.api.EvaluationEngine;
import id.pembina.evaluation.api.ImprovementPoint;
import id.pembina.evaluation.api.IndicatorBehaviour;
import id.pembina.evaluation.data.api.LevelResults;
import id.pembina.evaluation.data.api.Recommendation;
import id.pembina.evaluation.data.api.Recommendation.Kind;
import id.pembina.participant.api.Participant;

/** Recommendations drawn from a programme's figures, each against a stated threshold. */
final class Recommender {

    /** Below this class gain the learning is low (Hake 1998). */
    static final double LOW_GAIN = 0.3;
    /** Below this share of after-ratings &ge; 3 an indicator is not applied. */
    static final double APPLIED = 0.5;
    /** Below this share of the participants' supervisors taking part, leaders are absent. */
    static final double LEADERS = 0.5;
    /** From this share of enrolments missing meetings or seats for workload, workload is a problem. */
    static final double WORKLOAD = 0.1;

    private Recommender() {
    }

    /**
     * @param sessions    the sessions evaluated, with their roles
     * @param enrollments their enrolments
     * @param attendance  their attendance
     * @param supervisors the seat holders' registry entries (for their supervisors)
     */
    static List<Recommendation> of(LevelResults lv, Collection<TrainingSession> sessions,
            Map<Long, List<Enrollment>> enrollments, Map<Long, List<AttendanceSummary>> attendance,
            Map<String, Participant> seatHolders) {
        List<Recommendation> out = new ArrayList<>();
        double threshold = EvaluationEngine.DEFAULT_IMPROVEMENT_THRESHOLD;
        for (ImprovementPoint p : lv.reaction().improvementPoints()) {
            out.add(new Recommendation(Kind.ITEM_BELOW_THRESHOLD, p.itemCode(), p.mean(), threshold,
                    "evaluation.rec.item"));
        }
        if (lv.learning().classGain() != null && lv.learning().classGain().value() != null
                && lv.learning().classGain().value() < LOW_GAIN) {
            out.add(new Recommendation(Kind.LOW_GAIN, null, lv.learning().classGain().value(), LOW_GAIN,
                    "evaluation.rec.gain"));
        }
        for (IndicatorBehaviour i : lv.behaviour().indicators()) {
            if (i.shareApplying() != null && i.shareApplying() < APPLIED) {
                out.add(new Recommendation(Kind.LOW_APPLICATION, i.indicator().code(), i.shareApplying(), APPLIED,
                        "evaluation.rec.application"));
            }
        }
        // Leaders: the seat holders' direct supervisors who held a seat or a role in any of the sessions.
        Set<String> supervisors = new HashSet<>();
        seatHolders.values().forEach(p -> {
            if (p.supervisorNip() != null) {
                supervisors.add(p.supervisorNip());
            }
        });
        Set<String> present = new HashSet<>(seatHolders.keySet());
        sessions.forEach(s -> s.roles().forEach(r -> present.add(r.nip())));
        if (!supervisors.isEmpty()) {
            long involved = supervisors.stream().filter(present::contains).count();
            double share = (double) involved / supervisors.size();
            if (share < LEADERS) {
                out.add(new Recommendation(Kind.LEADERS_ABSENT, null, share, LEADERS, "evaluation.rec.leaders"));
            }
        }
        // Workload: enrolments that kept or gave up a seat, and of them those missing a meeting or the seat for it.
        int enrolled = 0;
        int workload = 0;
        for (TrainingSession s : sessions) {
            Set<String> missedMeetings = new HashSet<>();
            attendance.getOrDefault(s.id(), List.of()).stream()
                    .filter(a -> a.absencesByReason().getOrDefault(AbsenceReason.WORKLOAD, 0) > 0)
                    .forEach(a -> missedMeetings.add(a.nip()));
            for (Enrollment e : enrollments.getOrDefault(s.id(), List.of())) {
                if (e.status().takesSeat() || e.status() == EnrollmentStatus.NO_SHOW
                        || e.status() == EnrollmentStatus.CANCELLED) {
                    enrolled++;
                    if (e.absenceReason() == AbsenceReason.WORKLOAD || missedMeetings.contains(e.nip())) {
                        workload++;
                    }
                }
            }
        }
        if (enrolled > 0 && (double) workload / enrolled >= WORKLOAD) {
            out.add(new Recommendation(Kind.WORKLOAD_ABSENCES, null, (double) workload / enrolled, WORKLOAD,
                    "evaluation.rec.workload"));
        }
        return out;
    }
}
