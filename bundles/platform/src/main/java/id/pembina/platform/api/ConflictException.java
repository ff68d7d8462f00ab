package id.pembina.platform.api;

/** The request clashes with what is stored: e.g. a NIP or a unit code that already exists. */
public class ConflictException extends PembinaException {
    private static final long serialVersionUID = 1L;

    private final String key;

    public ConflictException(String key) {
        super("Already exists: " + key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
