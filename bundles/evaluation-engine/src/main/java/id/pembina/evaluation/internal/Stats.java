package id.pembina.evaluation.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Descriptive statistics and input checks shared by the calculators. */
final class Stats {

    private Stats() {
    }

    /** Arithmetic mean, null for no values. */
    static Double mean(double[] values) {
        if (values.length == 0) {
            return null;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Sample standard deviation (n - 1), two-pass so that equal values give exactly 0; null for n &lt; 2. */
    static Double sampleSd(double[] values) {
        if (values.length < 2) {
            return null;
        }
        double mean = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }

    /** count / n, null when n = 0. */
    static Double share(int count, int n) {
        return n == 0 ? null : (double) count / n;
    }

    /** Refuses a second element with the same key. */
    /**
     * The number of {@code key} in {@code numbers}: the next one ({@code numbers.size()}) when it is new. Without a
     * lambda, so numbering a million ratings allocates nothing per rating.
     */
    static int number(Map<String, Integer> numbers, String key) {
        Integer known = numbers.get(key);
        if (known == null) {
            known = numbers.size();
            numbers.put(key, known);
        }
        return known;
    }

    static <T> void unique(Collection<T> elements, Function<T, ?> key, String what) {
        // Sized for every key at once: a city's 100,000 participants are not rehashed on the way.
        Set<Object> seen = new HashSet<>(Math.max(16, (int) (elements.size() / 0.75f) + 1));
        for (T element : elements) {
            if (!seen.add(key.apply(element))) {
                throw new IllegalArgumentException("duplicate " + what + ": " + key.apply(element));
            }
        }
    }
}
