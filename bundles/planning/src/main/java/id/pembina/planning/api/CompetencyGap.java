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
 */
public record CompetencyGap(String competency, String name, int required, int reached, List<String> programCodes) {

    public CompetencyGap {
        programCodes = List.copyOf(programCodes);
    }

    /** @return levels missing, at least 0 */
    public int size() {
        return Math.max(0, required - reached);
    }
}
