package id.pembina.rest.common.internal;

import id.pembina.rest.api.RestApplication;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import javax.sql.DataSource;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/health}: 200 when all Pembina bundles are ACTIVE, no Declarative Services component of
 * theirs is unsatisfied or failed and the database answers; 503 otherwise, with the reason classes in
 * {@code reasons}: {@code database}, {@code bundles}, {@code components}. Without login the answer is the
 * status and the reason classes only; an admin's login adds every bundle and component with its state.
 */
@Component(immediate = true, service = HealthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("health")
public class HealthResource {

    static final String PREFIX = "pembina-";

    private final BundleContext context;

    @Reference
    private ServiceComponentRuntime scr;

    @Reference(target = "(dataSourceName=pembina)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    private volatile DataSource dataSource;

    private final DatabaseProbe database = new DatabaseProbe();

    @Activate
    public HealthResource(BundleContext context) {
        this.context = context;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health(@Context SecurityContext login) {
        List<BundleState> bundles = new ArrayList<>();
        List<Bundle> pembina = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            // Pembina's bundles, and whatever was dropped into deploy/ (training modules of an agency)
            if ((b.getSymbolicName() != null && b.getSymbolicName().startsWith(PREFIX))
                    || b.getLocation().contains("/deploy/")) {
                pembina.add(b);
                bundles.add(new BundleState(b.getBundleId(), b.getSymbolicName(), b.getVersion().toString(),
                        state(b.getState())));
            }
        }
        List<ComponentState> components = new ArrayList<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(pembina.toArray(new Bundle[0]))) {
            String bundle = context.getBundle(d.bundle.id).getSymbolicName();
            if (!scr.isComponentEnabled(d)) {
                components.add(new ComponentState(d.name, bundle, "DISABLED", null));
                continue;
            }
            var configs = scr.getComponentConfigurationDTOs(d);
            if (configs.isEmpty()) {
                // Not yet configured (configuration policy REQUIRE) or waiting: not a failure.
                components.add(new ComponentState(d.name, bundle,
                        "require".equals(d.configurationPolicy) ? "UNCONFIGURED" : "WAITING", null));
            }
            for (ComponentConfigurationDTO c : configs) {
                components.add(new ComponentState(d.name, bundle, componentState(c.state),
                        c.state == ComponentConfigurationDTO.FAILED_ACTIVATION ? firstLine(c.failure) : null));
            }
        }
        bundles.sort(Comparator.comparing(BundleState::symbolicName));
        components.sort(Comparator.comparing(ComponentState::name));
        List<String> reasons = new ArrayList<>();
        if (database.problem(dataSource) != null) {
            reasons.add("database");
        }
        if (!bundles.stream().allMatch(b -> b.state().equals("ACTIVE"))) {
            reasons.add("bundles");
        }
        if (components.stream().anyMatch(c -> c.state().equals("UNSATISFIED_REFERENCE")
                || c.state().equals("UNSATISFIED_CONFIGURATION") || c.state().equals("FAILED_ACTIVATION"))) {
            reasons.add("components");
        }
        boolean up = reasons.isEmpty();
        boolean detail = login != null && login.isUserInRole("admin");
        return Response.status(up ? 200 : 503).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Health(up ? "UP" : "DOWN", up ? null : reasons, detail ? bundles : null,
                        detail ? components : null))
                .build();
    }

    /** An activation failure as one line: its root cause and message (the last "Caused by"), not the stack. */
    static String firstLine(String failure) {
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

    private static String state(int s) {
        switch (s) {
            case Bundle.ACTIVE: return "ACTIVE";
            case Bundle.RESOLVED: return "RESOLVED";
            case Bundle.INSTALLED: return "INSTALLED";
            case Bundle.STARTING: return "STARTING";
            case Bundle.STOPPING: return "STOPPING";
            default: return "UNINSTALLED";
        }
    }

    private static String componentState(int s) {
        switch (s) {
            case ComponentConfigurationDTO.ACTIVE: return "ACTIVE";
            case ComponentConfigurationDTO.SATISFIED: return "SATISFIED";
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION: return "UNSATISFIED_CONFIGURATION";
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE: return "UNSATISFIED_REFERENCE";
            case ComponentConfigurationDTO.FAILED_ACTIVATION: return "FAILED_ACTIVATION";
            default: return "UNKNOWN";
        }
    }

    /** The health answer; reasons only when DOWN, bundles and components only for an admin. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Health(String status, List<String> reasons, List<BundleState> bundles,
            List<ComponentState> components) {
    }

    /** A Pembina bundle. */
    public record BundleState(long id, String symbolicName, String version, String state) {
    }

    /** A DS component of a Pembina bundle; {@code failure} says why it failed to activate. */
    public record ComponentState(String name, String bundle, String state, String failure) {
    }
}
