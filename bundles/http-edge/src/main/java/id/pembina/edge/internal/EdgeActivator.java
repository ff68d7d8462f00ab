package id.pembina.edge.internal;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs when the bundle starts, which the feature places below Pax Web's start level: the TLS key
 * pair exists before Jetty opens its HTTPS port, and the files holding personal data or secrets are
 * closed to other users of the machine before anything serves them.
 */
public class EdgeActivator implements BundleActivator {

    private static final Logger LOG = LoggerFactory.getLogger(EdgeActivator.class);

    @Override
    public void start(BundleContext context) throws Exception {
        Path etc = Path.of(property(context, "karaf.etc", "etc"));
        Path data = Path.of(property(context, "karaf.data", "data"));
        if (TlsKeystore.ensure(etc, new SecureRandom(), Instant.now())) {
            LOG.info("Made a self-signed TLS key pair in {} (to use the agency's certificate: docs/operations.md)",
                    etc.resolve(TlsKeystore.KEYSTORE));
        }
        OwnerOnly.restrict(etc.resolve("users.properties"), data, data.resolve("log"), data.resolve("pembina"));

    }

    @Override
    public void stop(BundleContext context) {
        // nothing running
    }

    private static String property(BundleContext context, String name, String fallback) {
        String value = context.getProperty(name);
        return value == null ? fallback : value;
    }
}
