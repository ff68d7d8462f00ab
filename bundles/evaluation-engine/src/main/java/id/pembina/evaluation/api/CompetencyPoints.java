package id.pembina.evaluation.api;

import java.math.BigDecimal;

/**
 * The competency dimension's parts: {@code positionTraining} (leadership or functional training matching the post),
 * {@code technical} (technical JP in its window &ge; the minimum), {@code seminar}; {@code total} is their sum capped
 * at the rule set's maximum.
 *
 * @param technicalJp technical JP counted in the technical window
 */
public record CompetencyPoints(BigDecimal positionTraining, BigDecimal technical, BigDecimal seminar,
        BigDecimal technicalJp, BigDecimal total) {
}
