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
