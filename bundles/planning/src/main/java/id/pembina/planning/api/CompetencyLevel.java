package id.pembina.planning.api;

import java.time.LocalDate;

/**
 * A competency level an ASN reached, with where it comes from.
 *
 * @param nip        the ASN
 * @param competency the competency's code
 * @param level      the level reached, 0-5
 * @param source     self-assessment, supervisor or assessment result
 * @param assessedOn the day of the assessment
 */
public record CompetencyLevel(String nip, String competency, int level, LevelSource source, LocalDate assessedOn) {
}
