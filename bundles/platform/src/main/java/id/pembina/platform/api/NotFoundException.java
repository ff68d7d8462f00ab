package id.pembina.platform.api;

/** Nothing is known under this key (a NIP, a unit code, a session number, ...). */
public class NotFoundException extends PembinaException {
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
