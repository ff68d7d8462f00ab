package id.pembina.planning.rest.internal;

import java.time.LocalDate;

import id.pembina.participant.api.Nip;
import id.pembina.rest.api.QueryParams;

/** The {@code year} query parameter: this year in WIB when missing, else a whole number. */
final class Years {

    private Years() {
    }

    static int of(String value) {
        return value == null || value.isBlank() ? LocalDate.now(Nip.WIB).getYear() : QueryParams.integer("year", value);
    }

    static String unit(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
