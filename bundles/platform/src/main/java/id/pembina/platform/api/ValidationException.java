package id.pembina.platform.api;

import java.util.List;
import java.util.stream.Collectors;

/** Input was refused; nothing was changed. {@link #errors()} lists every reason. */
public class ValidationException extends PembinaException {
    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.code() + e.args()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public ValidationException(FieldError error) {
        this(List.of(error));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
