package id.pembina.edge.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import id.pembina.platform.api.Languages;
import id.pembina.platform.api.Messages;

/**
 * The problem+json bodies of answers that Jetty or this bundle give before any application sees the
 * request, in the shape of the REST API's problems ({@code type}, {@code title}, {@code status},
 * {@code detail}); texts by status only, never the reason Jetty had (it may name classes or echo input).
 */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    /** The last part of the problem's type URI, as the REST API names it. */
    static String kind(int status) {
        switch (status) {
            case 400: return "bad-request";
            case 401: return "unauthorized";
            case 403: return "forbidden";
            case 404: return "not-found";
            case 405: return "method-not-allowed";
            case 406: return "not-acceptable";
            case 408: return "timeout";
            case 413: return "too-large";
            case 414: return "uri-too-long";
            case 415: return "unsupported-media-type";
            case 431: return "headers-too-large";
            case 503: return "unavailable";
            default: return status >= 500 ? "internal" : "bad-request";
        }
    }

    /** @param detailCode a message code of this bundle; null for the text of the status */
    static byte[] body(Messages messages, Locale locale, int status, String detailCode) {
        String kind = kind(status);
        String title = text(messages, locale, "edge.title." + kind, kind);
        String detail = text(messages, locale, detailCode != null ? detailCode : "edge.detail." + kind, title, status);
        return ("{\"type\":\"urn:pembina:problem:" + kind + "\",\"title\":" + quote(title) + ",\"status\":" + status
                + ",\"detail\":" + quote(detail) + "}").getBytes(StandardCharsets.UTF_8);
    }

    /** @return the language asked for in an Accept-Language header (Bahasa Indonesia unless English is preferred) */
    static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Languages.INDONESIAN;
        }
        try {
            List<Locale> acceptable = Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(r -> Locale.forLanguageTag(r.getRange())).toList();
            return Languages.choose(acceptable);
        } catch (IllegalArgumentException e) {
            return Languages.INDONESIAN;
        }
    }

    /** @return the text of the code with its arguments (the status as {0}); the fallback when none has it */
    private static String text(Messages messages, Locale locale, String code, String fallback, Object... args) {
        String t = messages == null ? code : messages.text(locale, code, args);
        return t == null || t.equals(code) ? fallback : t;
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                default:
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.append('"').toString();
    }
}
