package id.pembina.planning.api;

import java.util.List;

/**
 * One competency gap across the ASN of a unit's subtree.
 *
 * @param competency   the competency's code
 * @param name         its name
 * @param people       ASN with this gap
 * @param totalSize    the sum of their gap sizes (levels missing)
 * @param largest      the largest single gap
 * @param programCodes programmes that develop it
 * @param trainedNotMastered of the people, those trained for it recently without mastering it (since 1.1)
 */
public record SharedGap(String competency, String name, int people, int totalSize, int largest,
        List<String> programCodes, int trainedNotMastered) {

    public SharedGap {
        programCodes = List.copyOf(programCodes);
    }

    /** Without the trained count, as in 1.0. */
    public SharedGap(String competency, String name, int people, int totalSize, int largest,
            List<String> programCodes) {
        this(competency, name, people, totalSize, largest, programCodes, 0);
    }
}
