package id.pembina.evaluation.api;

/** Hake's (1998) bands of the class-average normalized gain. */
public enum GainBand {
    /** &lang;g&rang; &ge; 0.7 */
    HIGH,
    /** 0.3 &le; &lang;g&rang; &lt; 0.7 */
    MEDIUM,
    /** &lang;g&rang; &lt; 0.3 (including negative gains) */
    LOW;

    /** The band of a gain value. */
    public static GainBand of(double gain) {
        if (gain >= 0.7) {
            return HIGH;
        }
        return gain >= 0.3 ? MEDIUM : LOW;
    }
}
