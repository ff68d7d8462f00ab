package id.pembina.evaluation.api;

import java.math.BigDecimal;

import java.time.LocalDate;

/**
 * IP ASN of one participant and year: the four dimensions, the total, its category and the rule set used. Points
 * are decimals since some published tables use half points (22.5, 17.5).
 */
public record ProfessionalismIndex(String participantId, String unitCode, int year, BigDecimal qualification,
        CompetencyPoints competency, BigDecimal performance, BigDecimal discipline, BigDecimal total,
        Category category, String ruleSet, LocalDate ruleSetValidFrom) {
}
