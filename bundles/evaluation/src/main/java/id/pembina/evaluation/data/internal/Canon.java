package id.pembina.evaluation.data.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One instance of each text that repeats across the rows of large reads (NIPs, instrument versions), so that what
 * a call keeps holds each text once. A city root's year reads its 100,000 NIPs from several tables and a version
 * on every row: kept as read, they were most of the strings alive during the call, and the collector copied them
 * all. {@code known} gives the instance the caller holds already (the participants' own NIPs), or null when it
 * has none; every other text is kept here the first time it is seen. One per thread: not safe for concurrent use.
 */
final class Canon {

    private final UnaryOperator<String> known;
    private final Map<String, String> seen = new HashMap<>();
    private String last;

    /** Keeps the first instance of each text. */
    Canon() {
        this(null);
    }

    /** @param known the caller's instance of a NIP ({@link #nip}), or null when it has none (may itself be null) */
    Canon(UnaryOperator<String> known) {
        this.known = known;
    }

    /** The participants' own instance of each of their NIPs: {@code known} for reads of their rows. */
    static UnaryOperator<String> nipsOf(Map<String, id.pembina.participant.api.Participant> byNip) {
        return nip -> {
            id.pembina.participant.api.Participant p = byNip.get(nip);
            return p == null ? null : p.nip();
        };
    }

    /** @return the instance of a NIP this read keeps: the caller's own when it has one; null for null */
    String nip(String nip) {
        if (nip == null) {
            return null;
        }
        if (known != null) {
            String k = known.apply(nip);
            if (k != null) {
                return k;
            }
        }
        return kept(nip);
    }

    /**
     * @return the caller's own instance of a NIP, else {@code nip} itself (nothing kept here: for reads whose rows
     *         name each NIP once); null for null
     */
    String own(String nip) {
        String k = nip == null || known == null ? null : known.apply(nip);
        return k != null ? k : nip;
    }

    /**
     * @return the instance of {@code text} this read keeps (equal to it), for texts the caller holds none of
     *         (versions); null for null
     */
    String of(String text) {
        if (text == null) {
            return null;
        }
        // Rows of one session usually repeat the text just read (their version): no look-up.
        if (!text.equals(last)) {
            last = kept(text);
        }
        return last;
    }

    private String kept(String text) {
        String first = seen.putIfAbsent(text, text);
        return first == null ? text : first;
    }
}
