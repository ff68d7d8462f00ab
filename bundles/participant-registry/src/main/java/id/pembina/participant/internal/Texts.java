package id.pembina.participant.internal;

/**
 * The registry's one place for free text: what counts as blank, how text is trimmed, and which
 * characters are refused.
 */
final class Texts {

    private Texts() {
    }

    /** @return the text without surrounding white space, or null when nothing else is left */
    static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** @return true for null, the empty string or white space only */
    static boolean isBlank(String s) {
        return trimToNull(s) == null;
    }

    /**
     * Control characters (Unicode category Cc: U+0000 to U+001F and U+007F to U+009F, tab and line
     * breaks included) have no place in names, titles or codes; PostgreSQL refuses U+0000 in text
     * outright.
     *
     * @return true when the text holds a control character
     */
    static boolean hasControl(String s) {
        return s != null && s.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL);
    }
}
