package id.pembina.persistence.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Many keys in one query: {@code WHERE key IN (...)} with the keys in slices and as checked literals,
 * the same on H2 and PostgreSQL.
 */
public final class KeyLists {

    /** Keys go to the database in IN lists of at most this many values. */
    public static final int CHUNK = 500;

    /**
     * Slices this long when a query reads a large share of its table for many keys: PostgreSQL scans the whole
     * table for such a slice of {@link #CHUNK} as for all of them, so fewer slices mean fewer scans.
     *
     * @since 1.5
     */
    public static final int LARGE_CHUNK = 5_000;

    /** Only numbers and plain codes are written into SQL, so nothing can be injected. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]+");

    private KeyLists() {
    }

    /** @return the distinct keys, in their first order, in slices of at most {@link #CHUNK} */
    public static <T> List<List<T>> chunks(Collection<T> keys) {
        return chunks(keys, CHUNK);
    }

    /**
     * @return the distinct keys, in their first order, in slices of at most {@code size}
     * @throws IllegalArgumentException if {@code size} is not positive
     * @since 1.5
     */
    public static <T> List<List<T>> chunks(Collection<T> keys, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("slice size " + size);
        }
        List<T> all = new ArrayList<>(new LinkedHashSet<>(keys));
        List<List<T>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            out.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return out;
    }

    /**
     * The keys as the inside of an IN list of literals. Literals, not parameters: H2 checks a row against an
     * IN list of parameters one by one (500 comparisons a row for a chunk of 500) but against constants in
     * a hash set, and plans a join by the values.
     *
     * @throws IllegalArgumentException for anything but an Integer, a Long or a plain code
     */
    public static String literals(Collection<?> keys) {
        StringBuilder b = new StringBuilder();
        for (Object k : keys) {
            if (b.length() > 0) {
                b.append(',');
            }
            if (k instanceof Long || k instanceof Integer) {
                b.append(k);
            } else if (k instanceof String s && KEY.matcher(s).matches()) {
                b.append('\'').append(s).append('\'');
            } else {
                throw new IllegalArgumentException("Not a key: " + k);
            }
        }
        return b.toString();
    }
}
