package id.pembina.rest.api;

/** The {@code /api/v1} JAX-RS whiteboard application that every Pembina resource joins. */
public final class RestApplication {

    /** The application's {@code osgi.jaxrs.name}. */
    public static final String NAME = "pembina";

    /** Filter for {@code @JaxrsApplicationSelect} of resources and extensions. */
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";

    private RestApplication() {
    }
}
