package id.pembina.evaluation.api;

import java.util.List;

/** A participant's training records (Pembina and external) for JP crediting. */
public record ParticipantTrainings(String participantId, String unitCode, List<TrainingRecord> trainings) {
    public ParticipantTrainings {
        Checks.text(participantId, "participantId");
        Checks.text(unitCode, "unitCode");
        trainings = List.copyOf(trainings);
    }
}
