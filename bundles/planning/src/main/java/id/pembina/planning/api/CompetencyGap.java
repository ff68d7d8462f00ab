package id.pembina.planning.api;

import java.util.List;

/**
 * One competency an ASN's position requires above the level the ASN has reached.
 *
 * @param competency   the competency's code (as the programmes declare it)
 * @param name         its name, for people
 * @param required     the level the position requires
 * @param reached      the level reached (0 when never assessed)
 * @param programCodes programmes that develop this competency, may be empty
 * @param trainedNotMastered the latest recent programme for this competency the ASN completed whose result stayed
 *                     below the threshold ("trained, not yet mastered"), null otherwise (since 1.1)
 */
public record CompetencyGap(String competency, String name, int required, int reached, List<String> programCodes,
        PastTraining trainedNotMastered) {

    public CompetencyGap {
        programCodes = List.copyOf(programCodes);
    }

    /** A gap without training evidence, as in 1.0. */
    public CompetencyGap(String competency, String name, int required, int reached, List<String> programCodes) {
        this(competency, name, required, reached, programCodes, null);
    }

    /** @return levels missing, at least 0 */
    public int size() {
        return Math.max(0, required - reached);
    }
}
