package id.pembina.reporting.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One typed value of a report; formats write it in the conventions of the language (see {@link CellText}),
 * spreadsheets keep numbers as numbers.
 *
 * @param kind what the value is
 * @param value a String (TEXT), Long (INTEGER), BigDecimal (DECIMAL, PERCENT as a fraction 0..1, MONEY
 *     in rupiah), LocalDate (DATE), Instant (TIMESTAMP); null for an empty cell
 */
public record Cell(Kind kind, Object value) {

    /** The kinds of values. */
    public enum Kind {
        TEXT, INTEGER, DECIMAL, PERCENT, MONEY, DATE, TIMESTAMP
    }

    public Cell {
        if (value != null && !expected(kind).isInstance(value)) {
            throw new IllegalArgumentException(kind + " cell needs " + expected(kind).getSimpleName());
        }
    }

    private static Class<?> expected(Kind kind) {
        return switch (kind) {
            case TEXT -> String.class;
            case INTEGER -> Long.class;
            case DECIMAL, PERCENT, MONEY -> BigDecimal.class;
            case DATE -> LocalDate.class;
            case TIMESTAMP -> Instant.class;
        };
    }

    public static Cell text(String s) {
        return new Cell(Kind.TEXT, s);
    }

    public static Cell integer(long n) {
        return new Cell(Kind.INTEGER, n);
    }

    public static Cell decimal(BigDecimal d) {
        return new Cell(Kind.DECIMAL, d);
    }

    /** @param fraction a share 0..1, written as a percentage */
    public static Cell percent(BigDecimal fraction) {
        return new Cell(Kind.PERCENT, fraction);
    }

    public static Cell money(BigDecimal rupiah) {
        return new Cell(Kind.MONEY, rupiah);
    }

    public static Cell date(LocalDate d) {
        return new Cell(Kind.DATE, d);
    }

    public static Cell timestamp(Instant t) {
        return new Cell(Kind.TIMESTAMP, t);
    }

    public static Cell empty(Kind kind) {
        return new Cell(kind, null);
    }
}
