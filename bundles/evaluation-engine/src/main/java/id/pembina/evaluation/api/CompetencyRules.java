package id.pembina.evaluation.api;

import java.math.BigDecimal;

/**
 * Points of the competency dimension. A window of w years for assessed year Y covers training dated in the
 * calendar years Y &minus; w + 1 .. Y; w = 0 means no lower limit. Training dated after Y never counts.
 * <ul>
 * <li>JPT, administrator, pengawas: {@code leadershipPoints} for a leadership training matching the post;</li>
 * <li>fungsional: {@code functionalPoints} for a functional training matching the post;</li>
 * <li>all but pelaksana: {@code technicalPoints} when technical JP in its window &ge; {@code technicalMinimumJp},
 * {@code seminarPoints} for any seminar/workshop/course/internship in its window;</li>
 * <li>pelaksana: {@code pelaksanaTechnicalPoints} and {@code pelaksanaSeminarPoints} under the same conditions;</li>
 * <li>the sum is capped at {@code maximum}.</li>
 * </ul>
 */
public record CompetencyRules(BigDecimal leadershipPoints, int leadershipWindowYears, BigDecimal functionalPoints,
        int functionalWindowYears, BigDecimal technicalPoints, BigDecimal technicalMinimumJp, int technicalWindowYears,
        BigDecimal seminarPoints, int seminarWindowYears, BigDecimal pelaksanaTechnicalPoints,
        BigDecimal pelaksanaSeminarPoints, BigDecimal maximum) {
}
