package id.pembina.reporting.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes cells as text in the conventions of the language: in Bahasa Indonesia 1.234,5, Rp 1.250.000,
 * 3 Maret 2026; in English 1,234.5, Rp 1,250,000, 3 March 2026. Times are in WIB (Asia/Jakarta).
 */
public final class CellText {

    /** The agency's time zone. */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private static final String[] BULAN = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
        "Agustus", "September", "Oktober", "November", "Desember"};

    private CellText() {
    }

    /** @return the cell's text; empty for an empty cell */
    public static String of(Cell cell, Locale locale) {
        Object v = cell.value();
        if (v == null) {
            return "";
        }
        boolean id = !"en".equals(locale.getLanguage());
        return switch (cell.kind()) {
            case TEXT -> (String) v;
            case INTEGER -> number(BigDecimal.valueOf((Long) v), 0, id);
            case DECIMAL -> number((BigDecimal) v, 2, id);
            case PERCENT -> number(((BigDecimal) v).movePointRight(2), 1, id) + " %";
            case MONEY -> "Rp " + number(((BigDecimal) v).setScale(0, RoundingMode.HALF_UP), 0, id);
            case DATE -> date((LocalDate) v, id);
            case TIMESTAMP -> timestamp((Instant) v, id);
        };
    }

    /** @return the number with at most {@code maxFraction} decimals, grouped, in the language's symbols */
    public static String number(BigDecimal n, int maxFraction, boolean indonesian) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(indonesian ? '.' : ',');
        symbols.setDecimalSeparator(indonesian ? ',' : '.');
        symbols.setMinusSign('-');
        DecimalFormat f = new DecimalFormat("#,##0", symbols);
        f.setMaximumFractionDigits(maxFraction);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(n);
    }

    private static String date(LocalDate d, boolean indonesian) {
        return indonesian
            ? d.getDayOfMonth() + " " + BULAN[d.getMonthValue() - 1] + " " + d.getYear()
            : d.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    }

    private static String timestamp(Instant t, boolean indonesian) {
        var local = t.atZone(WIB);
        return date(local.toLocalDate(), indonesian) + " "
            + local.format(DateTimeFormatter.ofPattern("HH:mm")) + " WIB";
    }
}
