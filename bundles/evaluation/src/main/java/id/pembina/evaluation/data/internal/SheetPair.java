package id.pembina.evaluation.data.internal;

import id.pembina.evaluation.data.api.TestPhase;

/**
 * One participant's pre-test and post-test sheets of a session, either of which may be missing; a later sheet of a
 * phase replaces the earlier one. Two fields instead of a map per participant: a city's year holds some 100,000 of
 * them for the whole evaluation, and a map with its table and two entries is about nine times the size (some 216
 * bytes against 24).
 */
final class SheetPair {

    private Tallies.Sheet pre;
    private Tallies.Sheet post;

    /** @return the sheet of {@code phase}, or null */
    Tallies.Sheet get(TestPhase phase) {
        return switch (phase) {
            case PRE -> pre;
            case POST -> post;
        };
    }

    void put(TestPhase phase, Tallies.Sheet sheet) {
        switch (phase) {
            case PRE -> pre = sheet;
            case POST -> post = sheet;
            default -> throw new IllegalArgumentException("Unknown test phase " + phase);
        }
    }
}
