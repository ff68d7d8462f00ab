package id.pembina.evaluation.api;

import java.time.LocalDate;

/** IP ASN of one participant and year: the four dimensions, the total, its category and the rule set used. */
public record ProfessionalismIndex(String participantId, String unitCode, int year, int qualification,
        CompetencyPoints competency, int performance, int discipline, int total, Category category,
        String ruleSet, LocalDate ruleSetValidFrom) {
}
