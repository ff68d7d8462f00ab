package id.pembina.persistence.api;

/** A change log could not be read or one of its change sets failed. */
public class SchemaMigrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SchemaMigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
