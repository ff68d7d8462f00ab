package id.pembina.security.internal;

import java.nio.file.Path;
import java.security.Principal;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.apache.karaf.jaas.boot.principal.GroupPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure an administrator can log in without any well-known password: on the first start
 * it creates user {@code admin} in the {@code karaf} realm with a random password written to
 * {@code data/pembina/admin-password} (mode 600). When {@code PEMBINA_ADMIN_PASSWORD} is set,
 * that password is given to {@code admin} instead, at every start.
 */
@Component(immediate = true)
public class AdminBootstrap {

    static final String USER = "admin";
    static final String GROUP = "admingroup";
    static final String ENV = "PEMBINA_ADMIN_PASSWORD";
    private static final String REALM = "karaf";
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final List<JaasRealm> realms = new CopyOnWriteArrayList<>();
    private final List<BackingEngineFactory> factories = new CopyOnWriteArrayList<>();
    private volatile boolean active;
    private volatile boolean done;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addRealm(JaasRealm realm) {
        realms.add(realm);
        attempt();
    }

    void removeRealm(JaasRealm realm) {
        realms.remove(realm);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addFactory(BackingEngineFactory factory) {
        factories.add(factory);
        attempt();
    }

    void removeFactory(BackingEngineFactory factory) {
        factories.remove(factory);
    }

    @Activate
    void activate() {
        active = true;
        attempt();
    }

    /** Runs once, as soon as the karaf realm and its user store are both known. */
    private synchronized void attempt() {
        if (!active || done) {
            return;
        }
        BackingEngine engine = engine();
        if (engine == null) {
            return;
        }
        done = true;
        try {
            ensureAdmin(engine, System.getenv(ENV),
                    Path.of(System.getProperty("karaf.data", "data"), "pembina", "admin-password"));
        } catch (Exception e) {
            LOG.error("Could not set up the Pembina admin account", e);
            return;
        }
        // Karaf's automatic encryption may rewrite the file from a stale copy: check until it is quiet
        // (10 whole checks 0.5 s apart, at most 2 minutes), off the component's thread.
        AdminRepair.Settling settling = new AdminRepair.Settling(this::engine, USER, GROUP, 10, 240);
        ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pembina-admin-settle");
            t.setDaemon(true);
            return t;
        });
        checks.scheduleWithFixedDelay(() -> {
            boolean finished;
            try {
                finished = settling.step();
            } catch (RuntimeException e) {
                LOG.error("Could not check the Pembina admin account", e);
                finished = true;
            }
            if (finished) {
                if (settling.repairs() > 0) {
                    LOG.warn("Pembina: the admin account lost its group while Karaf rewrote the users file; "
                            + "repaired {} time(s)", settling.repairs());
                }
                checks.shutdown();
            }
        }, 500, 500, TimeUnit.MILLISECONDS);
    }

    private BackingEngine engine() {
        for (JaasRealm realm : realms) {
            if (!REALM.equals(realm.getName())) {
                continue;
            }
            for (AppConfigurationEntry entry : realm.getEntries()) {
                Object module = entry.getOptions().get(ProxyLoginModule.PROPERTY_MODULE);
                for (BackingEngineFactory f : factories) {
                    if (f.getModuleClass().equals(module)) {
                        @SuppressWarnings("unchecked")
                        Map<String, ?> options = (Map<String, ?>) entry.getOptions();
                        return f.build(options);
                    }
                }
            }
        }
        return null;
    }

    static void ensureAdmin(BackingEngine engine, String fromEnvironment, Path passwordFile) throws Exception {
        boolean exists = engine.listUsers().stream().map(Principal::getName).anyMatch(USER::equals);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            engine.addUser(USER, fromEnvironment);
            joinAdminGroup(engine);
            LOG.info("Pembina: password of user '{}' set from {}", USER, ENV);
            return;
        }
        if (exists) {
            LOG.info("Pembina: user '{}' exists; its password is unchanged", USER);
            return;
        }
        String password = AdminPassword.generate();
        AdminPassword.write(passwordFile, password);
        engine.addUser(USER, password);
        joinAdminGroup(engine);
        LOG.warn("Pembina: created user '{}'; its password is in {} (readable by its owner only)", USER,
                passwordFile.toAbsolutePath());
    }

    private static void joinAdminGroup(BackingEngine engine) {
        var user = engine.lookupUser(USER);
        boolean member = engine.listGroups(user).stream().map(GroupPrincipal::getName).anyMatch(GROUP::equals);
        if (!member) {
            engine.addGroup(USER, GROUP);
        }
    }
}
