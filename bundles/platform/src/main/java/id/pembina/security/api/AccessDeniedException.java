package id.pembina.security.api;

import id.pembina.platform.api.PembinaException;

/**
 * The caller may not do this (REST 403). {@link #code()} is a message code of the bundle that refused
 * (e.g. {@code registry.denied.unit}) or {@link #NO_CALLER} when no caller was on the thread.
 * Nothing was changed.
 */
public class AccessDeniedException extends PembinaException {
    private static final long serialVersionUID = 1L;

    /** No caller on the thread: an edge forgot to enter one, or the request was not authenticated. */
    public static final String NO_CALLER = "security.noCaller";

    /** The generic refusal text (platform messages). */
    public static final String DENIED = "security.denied";

    private final String code;
    private final transient Object[] args;

    public AccessDeniedException(String code, Object... args) {
        super("Access denied: " + code);
        this.code = code;
        this.args = args.clone();
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
