package id.pembina.catalog.spi;

import java.util.List;

/**
 * A programme as a module defines it.
 *
 * @param code                unique programme code, upper-case letters, digits and '-', e.g. {@code KOM-PELAYANAN}
 * @param title               title, Bahasa Indonesia
 * @param description         what the programme is about
 * @param competencyType      technical, managerial or socio-cultural
 * @param deliveryMethod      training, seminar, workshop, ...
 * @param jp                  length in JP (jam pelajaran), at least 1
 * @param objectives          learning objectives, at least one
 * @param reaction            the Kirkpatrick level-1 questionnaire
 * @param knowledgeTest       the pre/post knowledge test (level 2)
 * @param behaviour           indicators the supervisor rates weeks after the training (level 3)
 * @param results             unit results indicators the programme should move (level 4)
 * @param indexTrainingType   what the programme counts as for the IP ASN index; null gives
 *                            {@link IndexTrainingType#defaultFor} the delivery method (technical or seminar)
 */
public record ProgramDefinition(
        String code,
        String title,
        String description,
        CompetencyType competencyType,
        DeliveryMethod deliveryMethod,
        int jp,
        List<String> objectives,
        ReactionQuestionnaire reaction,
        KnowledgeTest knowledgeTest,
        BehaviourChecklist behaviour,
        List<ResultsIndicator> results,
        IndexTrainingType indexTrainingType) {

    public ProgramDefinition {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        results = results == null ? List.of() : List.copyOf(results);
        indexTrainingType = indexTrainingType == null ? IndexTrainingType.defaultFor(deliveryMethod)
                : indexTrainingType;
    }

    /** A programme that declares no IP ASN training type (SPI 1.0): technical or seminar by its delivery method. */
    public ProgramDefinition(String code, String title, String description, CompetencyType competencyType,
            DeliveryMethod deliveryMethod, int jp, List<String> objectives, ReactionQuestionnaire reaction,
            KnowledgeTest knowledgeTest, BehaviourChecklist behaviour, List<ResultsIndicator> results) {
        this(code, title, description, competencyType, deliveryMethod, jp, objectives, reaction, knowledgeTest,
                behaviour, results, null);
    }
}
