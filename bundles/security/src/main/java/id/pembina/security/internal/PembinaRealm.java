package id.pembina.security.internal;

import java.util.Arrays;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.pembina.security.api.Authenticator;

/**
 * The JAAS realm {@code karaf} over Pembina's accounts, ranked above Karaf's own (users.properties, rank 0):
 * SSH, JMX and anything else asking the {@code karaf} realm logs in with a Pembina account, throttled like
 * the REST API. SSH public keys listed in etc/keys.properties still log in (Karaf's own public-key module,
 * second), as with Karaf's realm. While this bundle is stopped, Karaf's own realm (etc/users.properties)
 * answers again: the fallback for whoever has the server's files.
 */
@Component(service = JaasRealm.class, immediate = true)
public class PembinaRealm implements JaasRealm {

    static final String NAME = "karaf";
    static final int RANK = 10;
    private static final String KARAF_MODULES = "org.apache.karaf.jaas.modules";
    private static final String PUBLIC_KEYS = "org.apache.karaf.jaas.modules.publickey.PublickeyLoginModule";

    private final AppConfigurationEntry[] entries;

    @Activate
    public PembinaRealm(BundleContext context, @Reference Authenticator authenticator) {
        Map<String, Object> options = Map.of(
                ProxyLoginModule.PROPERTY_MODULE, PembinaLoginModule.class.getName(),
                ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()),
                PembinaLoginModule.AUTHENTICATOR, authenticator);
        Bundle karafModules = Arrays.stream(context.getBundles())
                .filter(b -> KARAF_MODULES.equals(b.getSymbolicName())).findFirst().orElse(null);
        AppConfigurationEntry accounts = new AppConfigurationEntry(ProxyLoginModule.class.getName(),
                LoginModuleControlFlag.SUFFICIENT, options);
        entries = karafModules == null ? new AppConfigurationEntry[] { accounts } : new AppConfigurationEntry[] {
            accounts,
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.SUFFICIENT, Map.of(
                    ProxyLoginModule.PROPERTY_MODULE, PUBLIC_KEYS,
                    ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(karafModules.getBundleId()),
                    "users", System.getProperty("karaf.etc", "etc") + "/keys.properties")) };
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
