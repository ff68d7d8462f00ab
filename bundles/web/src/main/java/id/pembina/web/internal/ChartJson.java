package id.pembina.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Chart.js bar chart configuration as JSON: labels, one or more data sets, a y axis range. Written by
 * hand because it is this one small shape; numbers use a dot whatever the page language.
 */
final class ChartJson {

    private static final String[] COLOURS = { "#1d5fa8", "#c25400", "#2e7d32", "#6a1b9a" };

    private final List<String> labels = new ArrayList<>();
    private final List<String> datasets = new ArrayList<>();
    private Double min;
    private Double max;

    ChartJson labels(List<String> values) {
        labels.addAll(values);
        return this;
    }

    ChartJson dataset(String label, List<Double> values) {
        StringBuilder b = new StringBuilder("{\"label\":").append(string(label)).append(",\"backgroundColor\":\"")
                .append(COLOURS[datasets.size() % COLOURS.length]).append("\",\"data\":[");
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            b.append(i == 0 ? "" : ",").append(v == null || v.isNaN() ? "null" : String.format(Locale.ROOT, "%.4f", v));
        }
        datasets.add(b.append("]}").toString());
        return this;
    }

    ChartJson range(Double from, Double to) {
        this.min = from;
        this.max = to;
        return this;
    }

    boolean isEmpty() {
        return labels.isEmpty() || datasets.isEmpty();
    }

    String toJson() {
        StringBuilder b = new StringBuilder("{\"type\":\"bar\",\"data\":{\"labels\":[");
        for (int i = 0; i < labels.size(); i++) {
            b.append(i == 0 ? "" : ",").append(string(labels.get(i)));
        }
        b.append("],\"datasets\":[").append(String.join(",", datasets)).append("]},\"options\":{\"responsive\":true,"
                + "\"maintainAspectRatio\":false,\"animation\":false,\"scales\":{\"y\":{");
        if (min != null) {
            b.append("\"min\":").append(String.format(Locale.ROOT, "%s", min)).append(max != null ? "," : "");
        }
        if (max != null) {
            b.append("\"max\":").append(String.format(Locale.ROOT, "%s", max));
        }
        return b.append("}}}}").toString();
    }

    static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : (s == null ? "" : s).toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '<' -> b.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
