package id.pembina.web.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and numbers as the agency reads them: WIB (Asia/Jakarta), Indonesian or English forms. */
final class Wib {

    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private Wib() {
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    static String date(java.time.temporal.TemporalAccessor date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(date);
    }

    static String dateTime(java.time.LocalDateTime time, Locale locale) {
        return time == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale).format(time);
    }

    /** An instant as the agency's local date and time, e.g. "3 Mar 2027 14:05". */
    static String dateTime(java.time.Instant time, Locale locale) {
        return time == null ? "" : dateTime(java.time.LocalDateTime.ofInstant(time, ZONE), locale);
    }

    /** Rupiah without cents, grouped as the language writes it: "Rp 1.250.000" or "Rp 1,250,000". */
    static String rupiah(java.math.BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "–";
        }
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(
                Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("id-ID"));
        f.setMaximumFractionDigits(0);
        return "Rp " + f.format(amount);
    }

    /** A share 0..1 as a whole percentage, e.g. 0.756 as "76%". */
    static String percent(Double share) {
        return share == null ? "–" : Math.round(share * 100) + "%";
    }

    static String decimal(Double value, Locale locale) {
        return value == null ? "–" : String.format(locale, "%.2f", value);
    }

    static int year(String given) {
        try {
            int y = Integer.parseInt(given);
            return y >= 2000 && y <= 2100 ? y : today().getYear();
        } catch (NumberFormatException e) {
            return today().getYear();
        }
    }
}
