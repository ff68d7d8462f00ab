package id.pembina.evaluation.data.internal;

/**
 * Reads ratings packed by {@link Tallies#pack} ({@code item:rating} joined by commas) without splitting the text:
 * a city's year has hundreds of thousands of packed responses over a few dozen item ids, so each id is made a
 * string once per reader and shared by every response it reads. Not thread-safe: one reader per read.
 */
final class PackedRatings {

    /** One rating of a packed response. */
    interface Visitor {
        void rating(String item, int rating);
    }

    /** The item ids met so far, by the hash of their text; open addressing, at most half full. */
    private String[] names = new String[64];
    private int size;

    /**
     * Hands each rating of {@code packed} to {@code visitor} in the packed order.
     *
     * @throws IllegalArgumentException when a pair has no {@code :} or its rating is not a whole number
     */
    void forEach(String packed, Visitor visitor) {
        int n = packed.length();
        int from = 0;
        while (from < n) {
            int comma = packed.indexOf(',', from);
            int end = comma < 0 ? n : comma;
            int colon = packed.lastIndexOf(':', end - 1);
            if (colon < from) {
                throw new IllegalArgumentException("not packed ratings: " + packed);
            }
            visitor.rating(name(packed, from, colon), Integer.parseInt(packed, colon + 1, end, 10));
            from = end + 1;
        }
    }

    /** The shared string of {@code text[from, to)}. */
    String name(String text, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int mask = names.length - 1;
        int at = mix(hash) & mask;
        int length = to - from;
        for (String known = names[at]; known != null; known = names[at]) {
            if (known.length() == length && text.regionMatches(from, known, 0, length)) {
                return known;
            }
            at = (at + 1) & mask;
        }
        String name = text.substring(from, to);
        names[at] = name;
        if (++size * 2 > names.length) {
            grow();
        }
        return name;
    }

    private void grow() {
        String[] old = names;
        names = new String[old.length * 2];
        int mask = names.length - 1;
        for (String name : old) {
            if (name != null) {
                int at = mix(name.hashCode()) & mask;
                while (names[at] != null) {
                    at = (at + 1) & mask;
                }
                names[at] = name;
            }
        }
    }

    private static int mix(int hash) {
        return hash ^ (hash >>> 16);
    }
}
