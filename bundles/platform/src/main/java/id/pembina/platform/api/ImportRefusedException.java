package id.pembina.platform.api;

/** An all-or-nothing import stored nothing; {@link #result()} has every bad line. */
public class ImportRefusedException extends PembinaException {
    private static final long serialVersionUID = 1L;

    private final transient ImportResult result;

    public ImportRefusedException(ImportResult result) {
        super("Import refused: " + result.errors().size() + " errors in " + result.rows() + " rows");
        if (result.succeeded()) {
            throw new IllegalArgumentException("A successful import is not refused");
        }
        this.result = result;
    }

    public ImportResult result() {
        return result;
    }
}
