package id.pembina.security.internal;

import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.pembina.security.api.Authenticator;

/**
 * The JAAS realm {@code karaf} over Pembina's accounts, ranked above Karaf's own (users.properties, rank 0):
 * SSH, JMX and anything else asking the {@code karaf} realm logs in with a Pembina account, throttled like
 * the REST API. While this bundle is stopped, Karaf's own realm (etc/users.properties) answers again: the
 * fallback for whoever has the server's files.
 */
@Component(service = JaasRealm.class, immediate = true)
public class PembinaRealm implements JaasRealm {

    static final String NAME = "karaf";
    static final int RANK = 10;

    private final AppConfigurationEntry[] entries;

    @Activate
    public PembinaRealm(BundleContext context, @Reference Authenticator authenticator) {
        Map<String, Object> options = Map.of(
                ProxyLoginModule.PROPERTY_MODULE, PembinaLoginModule.class.getName(),
                ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()),
                PembinaLoginModule.AUTHENTICATOR, authenticator);
        entries = new AppConfigurationEntry[] {
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.REQUIRED, options) };
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return RANK;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries.clone();
    }
}
