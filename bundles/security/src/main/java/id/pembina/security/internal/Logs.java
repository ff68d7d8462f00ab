package id.pembina.security.internal;

/** Makes a client-supplied text safe for a log line: no line breaks or control characters, bounded length. */
final class Logs {

    private static final int MAX = 64;

    private Logs() {
    }

    static String clean(String s) {
        if (s == null) {
            return "-";
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), MAX + 1));
        for (int i = 0; i < s.length() && b.length() < MAX; i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? '?' : c);
        }
        return s.length() > MAX ? b + "…" : b.toString();
    }
}
