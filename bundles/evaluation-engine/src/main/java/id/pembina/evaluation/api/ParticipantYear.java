package id.pembina.evaluation.api;

import java.util.List;
import java.util.Objects;

/**
 * The facts about one participant for one assessed year. {@code trainings} may hold the whole history (Pembina and
 * external); the engine picks the records inside each rule's window and ignores records dated after the year.
 */
public record ParticipantYear(String participantId, String unitCode, int year, Education education,
        PositionType position, List<TrainingRecord> trainings, PerformanceRating performance,
        DisciplineSanction discipline) {

    public ParticipantYear {
        Checks.text(participantId, "participantId");
        Checks.text(unitCode, "unitCode");
        Objects.requireNonNull(education, "education");
        Objects.requireNonNull(position, "position");
        trainings = List.copyOf(trainings);
        Objects.requireNonNull(performance, "performance");
        Objects.requireNonNull(discipline, "discipline");
    }
}
