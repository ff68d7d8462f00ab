package id.pembina.participant.api;

import java.util.List;
import java.util.stream.Collectors;

/** Input was refused; nothing was changed. */
public class ValidationException extends RegistryException {
    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message(java.util.Locale.ENGLISH))
                .collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
