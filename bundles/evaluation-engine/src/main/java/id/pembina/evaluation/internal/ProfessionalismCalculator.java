package id.pembina.evaluation.internal;

import java.math.BigDecimal;
import java.util.List;

import id.pembina.evaluation.api.CompetencyPoints;
import id.pembina.evaluation.api.CompetencyRules;
import id.pembina.evaluation.api.ParticipantYear;
import id.pembina.evaluation.api.PositionType;
import id.pembina.evaluation.api.ProfessionalismIndex;
import id.pembina.evaluation.api.RuleSet;
import id.pembina.evaluation.api.TrainingRecord;
import id.pembina.evaluation.api.TrainingType;

/** IP ASN of one participant-year; every number comes from the rule set. */
final class ProfessionalismCalculator {

    private ProfessionalismCalculator() {
    }

    static ProfessionalismIndex compute(ParticipantYear p, RuleSet rules) {
        BigDecimal qualification = rules.qualificationPoints(p.education());
        CompetencyPoints competency = competency(p, rules.competency());
        BigDecimal performance = rules.performancePoints(p.performance());
        BigDecimal discipline = rules.disciplinePoints(p.discipline());
        BigDecimal total = qualification.add(competency.total()).add(performance).add(discipline);
        return new ProfessionalismIndex(p.participantId(), p.unitCode(), p.year(), qualification, competency,
                performance, discipline, total, rules.categoryOf(total), rules.name(), rules.validFrom());
    }

    static CompetencyPoints competency(ParticipantYear p, CompetencyRules r) {
        List<TrainingRecord> trainings = p.trainings();
        int year = p.year();
        BigDecimal technicalJp = trainings.stream()
                .filter(t -> t.type() == TrainingType.TECHNICAL && inWindow(t, year, r.technicalWindowYears()))
                .map(TrainingRecord::jp).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean technical = technicalJp.compareTo(r.technicalMinimumJp()) >= 0;
        boolean seminar = trainings.stream()
                .anyMatch(t -> t.type() == TrainingType.SEMINAR && inWindow(t, year, r.seminarWindowYears()));
        BigDecimal positionPoints = BigDecimal.ZERO;
        BigDecimal technicalPoints;
        BigDecimal seminarPoints;
        if (p.position() == PositionType.PELAKSANA) {
            technicalPoints = technical ? r.pelaksanaTechnicalPoints() : BigDecimal.ZERO;
            seminarPoints = seminar ? r.pelaksanaSeminarPoints() : BigDecimal.ZERO;
        } else {
            if (p.position().leadershipPosition()) {
                positionPoints = matching(trainings, TrainingType.LEADERSHIP, year, r.leadershipWindowYears())
                        ? r.leadershipPoints() : BigDecimal.ZERO;
            } else {
                positionPoints = matching(trainings, TrainingType.FUNCTIONAL, year, r.functionalWindowYears())
                        ? r.functionalPoints() : BigDecimal.ZERO;
            }
            technicalPoints = technical ? r.technicalPoints() : BigDecimal.ZERO;
            seminarPoints = seminar ? r.seminarPoints() : BigDecimal.ZERO;
        }
        BigDecimal total = r.maximum().min(positionPoints.add(technicalPoints).add(seminarPoints));
        return new CompetencyPoints(positionPoints, technicalPoints, seminarPoints, technicalJp, total);
    }

    private static boolean matching(List<TrainingRecord> trainings, TrainingType type, int year, int window) {
        return trainings.stream().anyMatch(t -> t.type() == type && t.matchesPosition() && inWindow(t, year, window));
    }

    /** Calendar years year - window + 1 .. year; window 0 means no lower limit. */
    static boolean inWindow(TrainingRecord t, int year, int window) {
        int y = t.date().getYear();
        return y <= year && (window == 0 || y > year - window);
    }
}
