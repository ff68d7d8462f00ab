package id.pembina.catalog.internal;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import id.pembina.catalog.api.ModuleInfo;
import id.pembina.catalog.spi.TrainingModule;

/**
 * Training modules that never reached the catalog, each with the reason, so that an administrator sees them
 * where the working ones are listed instead of only in karaf.log (status {@code BROKEN}):
 * <ul>
 * <li>a module bundle (named {@code pembina-module-*}, dropped in {@code deploy/}, or declaring a component
 * that provides {@link TrainingModule}) that is not resolved (the imports nobody exports), not started, whose
 * component failed to activate (the exception's message) or waits for a reference, or that registered no
 * module at all;</li>
 * <li>a file in {@code deploy/} that File Install could not install: not a jar, or a jar without a usable
 * OSGi manifest.</li>
 * </ul>
 */
final class ModuleTrouble {

    static final String BROKEN = "BROKEN";
    private static final String MODULE_PREFIX = "pembina-module-";

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final File deploy;

    /**
     * @param scr    may be null (then component failures are not told apart)
     * @param deploy the hot-deploy folder, may be null
     */
    ModuleTrouble(BundleContext context, ServiceComponentRuntime scr, File deploy) {
        this.context = context;
        this.scr = scr;
        this.deploy = deploy;
    }

    /** @param serving the bundles whose module reached the catalog (valid or not) */
    List<ModuleInfo> find(Collection<Long> serving) {
        List<ModuleInfo> out = new ArrayList<>();
        Set<String> locations = new HashSet<>();
        for (Bundle b : context.getBundles()) {
            locations.add(b.getLocation());
            if (serving.contains(b.getBundleId()) || !isModule(b)) {
                continue;
            }
            String reason = reason(b);
            if (reason != null) {
                out.add(new ModuleInfo(null, b.getSymbolicName(), null, b.getBundleId(), b.getSymbolicName(),
                        b.getVersion().toString(), BundleStates.name(b.getState()), List.of(), BROKEN, List.of(reason)));
            }
        }
        // Jars only: deploy/ also takes feature files and configurations, which are not modules.
        File[] files = deploy == null ? null : deploy.listFiles(f -> f.isFile() && f.getName().endsWith(".jar"));
        if (files != null) {
            Arrays.sort(files);
            for (File f : files) {
                if (!locations.contains(f.toURI().normalize().toString()) && !locations.contains(f.getAbsolutePath())) {
                    out.add(new ModuleInfo(null, f.getName(), null, -1, null, null, "NOT_INSTALLED", List.of(), BROKEN,
                            List.of(fileReason(f))));
                }
            }
        }
        return out;
    }

    private boolean isModule(Bundle b) {
        String name = b.getSymbolicName();
        return (name != null && name.startsWith(MODULE_PREFIX)) || b.getLocation().contains("/deploy/")
                || !moduleComponents(b).isEmpty();
    }

    private List<ComponentDescriptionDTO> moduleComponents(Bundle b) {
        if (scr == null || b.getState() != Bundle.ACTIVE) {
            return List.of();
        }
        return scr.getComponentDescriptionDTOs(b).stream()
                .filter(d -> Arrays.asList(d.serviceInterfaces).contains(TrainingModule.class.getName())).toList();
    }

    /** @return why the bundle serves no module, or null when it is on its way (starting) */
    private String reason(Bundle b) {
        switch (b.getState()) {
            case Bundle.INSTALLED:
                return unresolved(b);
            case Bundle.RESOLVED:
                return "the bundle is resolved but not started: its start failed (its Bundle-Activator threw) "
                        + "or it was stopped";
            case Bundle.STARTING:
                return null;
            case Bundle.ACTIVE:
                return active(b);
            default:
                return "the bundle is " + BundleStates.name(b.getState());
        }
    }

    private String unresolved(Bundle b) {
        BundleRevision revision = b.adapt(BundleRevision.class);
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        List<String> missing = new ArrayList<>();
        if (revision != null && wiring != null) {
            for (BundleRequirement r : revision.getDeclaredRequirements(PackageNamespace.PACKAGE_NAMESPACE)) {
                boolean optional = "optional".equals(r.getDirectives().get(PackageNamespace.REQUIREMENT_RESOLUTION_DIRECTIVE));
                if (!optional && wiring.findProviders(r).isEmpty()) {
                    missing.add(r.getDirectives().getOrDefault(PackageNamespace.REQUIREMENT_FILTER_DIRECTIVE, r.toString()));
                }
            }
        }
        return missing.isEmpty() ? "the bundle cannot be resolved"
                : "the bundle cannot be resolved: nothing exports " + String.join(", ", missing);
    }

    private String active(Bundle b) {
        List<String> reasons = new ArrayList<>();
        for (ComponentDescriptionDTO d : moduleComponents(b)) {
            if (!scr.isComponentEnabled(d)) {
                reasons.add("component " + d.name + " is disabled");
                continue;
            }
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                if (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    reasons.add("component " + d.name + " failed to activate: " + firstLine(c.failure));
                } else if (c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                    reasons.add("component " + d.name + " waits for "
                            + Arrays.stream(c.unsatisfiedReferences).map(r -> r.name).toList());
                }
            }
        }
        if (!reasons.isEmpty()) {
            return String.join("; ", reasons);
        }
        // Active without any problem SCR knows of: a module is about to register, unless none ever will.
        return b.getRegisteredServices() == null && moduleComponents(b).isEmpty()
                ? "the bundle is active but registers no TrainingModule service" : null;
    }

    /** An activation failure as one line: its root cause and message (the last "Caused by"), not the stack. */
    private static String firstLine(String failure) {
        if (failure == null || failure.isBlank()) {
            return "(no message)";
        }
        String found = failure.strip().lines().findFirst().orElse("");
        for (String line : failure.lines().toList()) {
            if (line.startsWith("Caused by: ")) {
                found = line.substring("Caused by: ".length());
            }
        }
        return found.length() > 300 ? found.substring(0, 300) + "..." : found;
    }

    private static String fileReason(File f) {
        try (JarFile jar = new JarFile(f)) {
            Manifest mf = jar.getManifest();
            if (mf == null || mf.getMainAttributes().getValue("Bundle-SymbolicName") == null) {
                return "not installed: the jar has no OSGi manifest (Bundle-SymbolicName)";
            }
            return "not installed: the jar's OSGi manifest was refused (see karaf.log for the framework's words)";
        } catch (IOException | SecurityException e) {
            return "not installed: not a readable jar (" + e.getMessage() + ")";
        }
    }
}
