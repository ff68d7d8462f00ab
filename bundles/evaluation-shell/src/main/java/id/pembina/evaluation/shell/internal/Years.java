package id.pembina.evaluation.shell.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import id.pembina.participant.api.Nip;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ValidationException;

/** Years as the evaluation REST resources read them, so that a command and its resource agree. */
final class Years {

    /** The longest trend, in years. */
    static final int MAX_SPAN = 20;

    private Years() {
    }

    /**
     * @param text a year 1900..9999, or null for this year (WIB)
     * @throws ValidationException naming {@code field} for anything else
     */
    static int year(String field, String text) {
        if (text == null || text.isBlank()) {
            return LocalDate.now(Nip.WIB).getYear();
        }
        try {
            int y = Integer.parseInt(text.strip());
            if (y >= 1900 && y <= 9999) {
                return y;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new ValidationException(List.of(FieldError.of(field, "evaluation.console.invalid", text)));
    }

    /**
     * The years of a trend: {@code to} defaults to this year, {@code from} to four years before {@code to}.
     *
     * @throws ValidationException for a bad year, {@code from} after {@code to} or more than {@link #MAX_SPAN} years
     */
    static List<Integer> range(String from, String to) {
        int last = year("to", to);
        int first = from == null || from.isBlank() ? last - 4 : year("from", from);
        if (first > last || last - first >= MAX_SPAN) {
            throw new ValidationException(List.of(FieldError.of("from", "evaluation.console.invalid", from)));
        }
        return IntStream.rangeClosed(first, last).boxed().toList();
    }
}
