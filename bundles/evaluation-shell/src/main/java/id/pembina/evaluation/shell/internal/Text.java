package id.pembina.evaluation.shell.internal;

import java.math.BigDecimal;
import java.util.Locale;

/** Figures as the console prints them: two decimals, whole percentages, plain rupiah, "-" for none. */
final class Text {

    private Text() {
    }

    static String num(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.2f", d);
    }

    static String pct(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.0f%%", d * 100);
    }

    static String plain(BigDecimal d) {
        return d == null ? "-" : d.toPlainString();
    }
}
