package id.pembina.catalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The clauses of an OSGi manifest header such as {@code Import-Package}: paths with attributes and directives. */
final class ManifestClauses {

    /** One path of a clause with its attributes ({@code a=v}) and directives ({@code d:=v}), quotes removed. */
    record Clause(String path, Map<String, String> attributes, Map<String, String> directives) {
    }

    private ManifestClauses() {
    }

    static List<Clause> parse(String header) {
        List<Clause> out = new ArrayList<>();
        if (header == null) {
            return out;
        }
        for (String clause : split(header, ',')) {
            List<String> paths = new ArrayList<>();
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, String> directives = new LinkedHashMap<>();
            for (String part : split(clause, ';')) {
                int d = part.indexOf(":=");
                int a = part.indexOf('=');
                if (d > 0 && d <= a) {
                    directives.put(part.substring(0, d).strip(), unquote(part.substring(d + 2)));
                } else if (a > 0) {
                    attributes.put(part.substring(0, a).strip(), unquote(part.substring(a + 1)));
                } else if (!part.isBlank()) {
                    paths.add(part.strip());
                }
            }
            paths.forEach(p -> out.add(new Clause(p, attributes, directives)));
        }
        return out;
    }

    /** Splits at the separator where it is outside double quotes. */
    private static List<String> split(String s, char separator) {
        List<String> out = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == separator && !quoted) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    private static String unquote(String v) {
        String s = v.strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
