package id.pembina.participant.api;

/** A participant with this NIP, or a unit with this code, already exists. */
public class DuplicateException extends RegistryException {
    private static final long serialVersionUID = 1L;

    private final String key;

    public DuplicateException(String key) {
        super("Already registered: " + key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
