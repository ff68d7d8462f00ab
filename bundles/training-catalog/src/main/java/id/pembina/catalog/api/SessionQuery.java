package id.pembina.catalog.api;

import java.time.LocalDate;

/** Session search; null criteria are not applied. Dates are WIB and inclusive. */
public record SessionQuery(String programCode, LocalDate from, LocalDate to, int offset, int limit) {
}
