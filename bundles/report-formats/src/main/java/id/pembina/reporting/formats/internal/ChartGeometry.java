package id.pembina.reporting.formats.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.pembina.reporting.api.CellText;
import id.pembina.reporting.api.ReportDocument.Chart;
import id.pembina.reporting.api.ReportDocument.ChartKind;

/**
 * Where a chart's bars, lines and labels go on a canvas of {@link #WIDTH} x {@link #HEIGHT}: computed once, then
 * drawn as SVG by the HTML template or as a PNG for the PDF. Values run from 0 to the largest value.
 */
public record ChartGeometry(String title, List<Bar> bars, List<Line> lines, List<Label> categoryLabels,
        List<Label> ticks, List<Legend> legend, String valueLabel) {

    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    static final int LEFT = 56;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 72;
    static final String[] COLOURS = {"#1f5fa8", "#e08a1e", "#3a9a5b", "#b8403a", "#7a5aa6"};

    /** A bar with its value written above it. */
    public record Bar(int x, int y, int width, int height, String colour, String value, int valueX, int valueY) {
    }

    /** A polyline of one series ("x,y x,y ..."). */
    public record Line(String points, String colour, List<int[]> xy) {
    }

    public record Label(int x, int y, String text) {
    }

    public record Legend(int x, int y, String colour, String text) {
    }

    static int plotBottom() {
        return HEIGHT - BOTTOM;
    }

    static ChartGeometry of(Chart chart, Locale locale) {
        double max = 0;
        for (var s : chart.series()) {
            for (Double v : s.values()) {
                if (v != null) {
                    max = Math.max(max, v);
                }
            }
        }
        max = niceCeiling(max);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int categories = Math.max(1, chart.categories().size());
        int series = Math.max(1, chart.series().size());
        double group = (double) plotWidth / categories;
        List<Bar> bars = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (int j = 0; j < chart.series().size(); j++) {
            String colour = COLOURS[j % COLOURS.length];
            List<Double> values = chart.series().get(j).values();
            StringBuilder points = new StringBuilder();
            List<int[]> xy = new ArrayList<>();
            for (int i = 0; i < values.size() && i < categories; i++) {
                Double v = values.get(i);
                if (v == null) {
                    continue;
                }
                int h = (int) Math.round(v / max * plotHeight);
                if (chart.kind() == ChartKind.BAR) {
                    int w = (int) Math.max(2, group * 0.8 / series);
                    int x = (int) Math.round(LEFT + i * group + group * 0.1 + j * w);
                    bars.add(new Bar(x, plotBottom() - h, w, h, colour, number(v, locale), x + w / 2, plotBottom() - h - 4));
                } else {
                    int x = (int) Math.round(LEFT + (i + 0.5) * group);
                    points.append(points.length() == 0 ? "" : " ").append(x).append(',').append(plotBottom() - h);
                    xy.add(new int[] {x, plotBottom() - h});
                }
            }
            if (chart.kind() == ChartKind.LINE) {
                lines.add(new Line(points.toString(), colour, xy));
            }
        }
        List<Label> categoryLabels = new ArrayList<>();
        for (int i = 0; i < chart.categories().size(); i++) {
            categoryLabels.add(new Label((int) Math.round(LEFT + (i + 0.5) * group), plotBottom() + 16,
                    shorten(chart.categories().get(i))));
        }
        List<Label> ticks = new ArrayList<>();
        for (int k = 0; k <= 4; k++) {
            double v = max * k / 4;
            ticks.add(new Label(LEFT - 6, plotBottom() - (int) Math.round(plotHeight * k / 4.0) + 4, number(v, locale)));
        }
        List<Legend> legend = new ArrayList<>();
        for (int j = 0; j < chart.series().size(); j++) {
            legend.add(new Legend(LEFT + j * 160, HEIGHT - 20, COLOURS[j % COLOURS.length],
                    shorten(chart.series().get(j).name())));
        }
        return new ChartGeometry(chart.title(), bars, lines, categoryLabels, ticks, legend, chart.valueLabel());
    }

    /** The axis top: the value rounded up to 1, 2, 2.5 or 5 times a power of ten (4.5 gives 5, 87 gives 100). */
    static double niceCeiling(double v) {
        if (v <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (v <= step * power + 1e-9 * power) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String number(double v, Locale locale) {
        return CellText.number(java.math.BigDecimal.valueOf(v), 2, !"en".equals(locale.getLanguage()));
    }

    private static String shorten(String s) {
        return s == null ? "" : s.length() > 24 ? s.substring(0, 23) + "…" : s;
    }
}
