package id.pembina.planning.api;

/**
 * Where a reached competency level comes from. When several exist for one ASN and competency, the latest
 * ASSESSMENT wins, else the latest SUPERVISOR rating, else the latest SELF assessment (an assessment centre's
 * result is the most independent evidence, a self-assessment the least).
 */
public enum LevelSource {
    SELF, SUPERVISOR, ASSESSMENT;

    /** @return the rank in the precedence, higher wins */
    public int weight() {
        return ordinal();
    }
}
