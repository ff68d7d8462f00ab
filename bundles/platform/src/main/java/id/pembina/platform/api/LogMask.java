package id.pembina.platform.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data made fit for a log line (UU 27/2022): a NIP shows its first four and last two digits only,
 * e.g. {@code 1980************01}, enough to tell entries apart without naming a civil servant or their
 * birth date. Use it on anything a log statement prints that may hold a NIP: request paths, keys, messages.
 */
public final class LogMask {

    /**
     * Eighteen digits not part of a longer number, single spaces (or their URL forms {@code %20} and
     * {@code +}) allowed between them as the registry allows them in a typed NIP.
     */
    private static final Pattern NIP = Pattern.compile("(?<![0-9])[0-9](?:(?: |%20|\\+)?[0-9]){17}(?![0-9])");

    private static final Pattern SEPARATOR = Pattern.compile(" |%20|\\+");

    private static final int SHOWN_HEAD = 4;
    private static final int SHOWN_TAIL = 2;

    private LogMask() {
    }

    /** @return {@code text} with every NIP in it masked; null stays null */
    public static String nips(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = NIP.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(mask(SEPARATOR.matcher(m.group()).replaceAll(""))));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /** @return eighteen digits with all but the first four and the last two replaced by {@code *} */
    private static String mask(String digits) {
        return digits.substring(0, SHOWN_HEAD) + "*".repeat(digits.length() - SHOWN_HEAD - SHOWN_TAIL)
                + digits.substring(digits.length() - SHOWN_TAIL);
    }
}
