package id.pembina.rest.common.internal;

import id.pembina.rest.api.RestApplication;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

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
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/health}: 200 when all Pembina bundles are ACTIVE and no Declarative Services
 * component of theirs is unsatisfied or failed, 503 otherwise. Without login the answer is the
 * status and the class of reason only; an admin's login adds every bundle and component with its state.
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
            if (b.getSymbolicName() != null && b.getSymbolicName().startsWith(PREFIX)) {
                pembina.add(b);
                bundles.add(new BundleState(b.getBundleId(), b.getSymbolicName(), b.getVersion().toString(),
                        state(b.getState())));
            }
        }
        List<ComponentState> components = new ArrayList<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(pembina.toArray(new Bundle[0]))) {
            String bundle = context.getBundle(d.bundle.id).getSymbolicName();
            if (!scr.isComponentEnabled(d)) {
                components.add(new ComponentState(d.name, bundle, "DISABLED"));
                continue;
            }
            var configs = scr.getComponentConfigurationDTOs(d);
            if (configs.isEmpty()) {
                // Not yet configured (configuration policy REQUIRE) or waiting: not a failure.
                components.add(new ComponentState(d.name, bundle,
                        "require".equals(d.configurationPolicy) ? "UNCONFIGURED" : "WAITING"));
            }
            for (ComponentConfigurationDTO c : configs) {
                components.add(new ComponentState(d.name, bundle, componentState(c.state)));
            }
        }
        bundles.sort(Comparator.comparing(BundleState::symbolicName));
        components.sort(Comparator.comparing(ComponentState::name));
        String reason = bundles.stream().allMatch(b -> b.state().equals("ACTIVE")) ? null : "BUNDLE_NOT_ACTIVE";
        if (reason == null && components.stream().anyMatch(c -> c.state().equals("UNSATISFIED_REFERENCE")
                || c.state().equals("UNSATISFIED_CONFIGURATION") || c.state().equals("FAILED_ACTIVATION"))) {
            reason = "COMPONENT_NOT_SATISFIED";
        }
        boolean up = reason == null;
        boolean detail = login != null && login.isUserInRole("admin");
        return Response.status(up ? 200 : 503).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Health(up ? "UP" : "DOWN", reason, detail ? bundles : null, detail ? components : null))
                .build();
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

    /** The health answer; bundles and components only for an admin. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Health(String status, String reason, List<BundleState> bundles, List<ComponentState> components) {
    }

    /** A Pembina bundle. */
    public record BundleState(long id, String symbolicName, String version, String state) {
    }

    /** A DS component of a Pembina bundle. */
    public record ComponentState(String name, String bundle, String state) {
    }
}
