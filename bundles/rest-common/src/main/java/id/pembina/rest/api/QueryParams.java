package id.pembina.rest.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ValidationException;

/** Query and path parameters read the same way by every resource; a bad value is a 400 naming the parameter. */
public final class QueryParams {

    private QueryParams() {
    }

    /** @throws ValidationException {@code field.invalid} for anything but a whole number */
    public static int integer(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new ValidationException(FieldError.of(name, "field.invalid", value));
        }
    }

    /** @throws ValidationException {@code field.invalid} for anything but true or false (any case) */
    public static boolean bool(String name, String value) {
        if (value != null && "true".equalsIgnoreCase(value.strip())) {
            return true;
        }
        if (value != null && "false".equalsIgnoreCase(value.strip())) {
            return false;
        }
        throw new ValidationException(FieldError.of(name, "field.invalid", value));
    }

    /** @return the ISO date, or null for a missing or blank value; @throws ValidationException {@code invalidDate} */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(FieldError.of(name, "invalidDate", value));
        }
    }
}
