package id.pembina.platform.api;

import java.util.List;

/**
 * Outcome of an all-or-nothing import: either every row was stored ({@code errors} empty) or
 * none was, and {@code errors} lists every bad row.
 */
public record ImportResult(int rows, int imported, List<RowError> errors) {

    public ImportResult {
        errors = List.copyOf(errors);
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }

    /**
     * A refused row: {@code line} is the physical line in the file, the header being line 1 (for
     * imports from a list, the position in the list; 0 for the whole request).
     */
    public record RowError(long line, FieldError error) {
    }
}
