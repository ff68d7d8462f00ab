package id.pembina.planning.api;

/**
 * A competency whose level stays below the requirement but that a recent programme with good results covers (no
 * level assessed since says otherwise): not ranked as an open need (see docs/planning.md).
 *
 * @param competency the competency's code
 * @param name       its name
 * @param required   the level the position requires
 * @param reached    the level reached before the training
 * @param training   the programme that covers it
 */
public record CoveredCompetency(String competency, String name, int required, int reached, PastTraining training) {
}
