package id.pembina.participant.api;

/** No participant with this NIP, or no unit with this code. */
public class NotFoundException extends RegistryException {
    private static final long serialVersionUID = 1L;

    private final String key;

    public NotFoundException(String key) {
        super("Not found: " + key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
