package id.pembina.platform.api;

/**
 * Base of every refusal a Pembina service gives: the request was wrong or does not fit the data,
 * and nothing was changed. Edges turn the subtypes into their answers (HTTP 400/404/409, console
 * texts); anything else that escapes a service is a fault.
 */
public abstract class PembinaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected PembinaException(String message) {
        super(message);
    }
}
