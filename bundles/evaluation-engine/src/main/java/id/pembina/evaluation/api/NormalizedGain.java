package id.pembina.evaluation.api;

/**
 * Hake's class-average normalized gain &lang;g&rang; = (&lang;post%&rang; &minus; &lang;pre%&rang;) / (100 &minus;
 * &lang;pre%&rang;). {@code value} and {@code band} are null with a reason when n = 0 ({@link UndefinedReason#NO_DATA})
 * or &lang;pre%&rang; = 100 ({@link UndefinedReason#PRE_AT_MAXIMUM}).
 */
public record NormalizedGain(Double value, GainBand band, UndefinedReason undefinedReason) {
}
