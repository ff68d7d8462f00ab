package id.pembina.web.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Switches on the components that need an optional service (the reports page, the forms link, the planning page) while that
 * service is registered, and off when it goes. Off, they are disabled rather than unsatisfied, so that
 * the health check does not count a missing optional part as a fault. The services are tracked by class
 * name: this class never loads the optional packages.
 */
@Component(immediate = true)
public class OptionalParts {

    private final ServiceTracker<Object, Object> reports;
    private final ServiceTracker<Object, Object> forms;
    private final ServiceTracker<Object, Object> planning;

    @Activate
    public OptionalParts(ComponentContext component) throws InvalidSyntaxException {
        BundleContext context = component.getBundleContext();
        reports = track(component, context, "id.pembina.reporting.api.Reports", ReportsServlet.class.getName());
        forms = track(component, context, "id.pembina.forms.api.FormLinks", SessionFormLinks.class.getName());
        planning = track(component, context, "id.pembina.planning.api.Plans", PlanningServlet.class.getName());
    }

    private static ServiceTracker<Object, Object> track(ComponentContext component, BundleContext context,
            String service, String part) throws InvalidSyntaxException {
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context,
                FrameworkUtil.createFilter("(objectClass=" + service + ")"), null) {
            @Override
            public Object addingService(ServiceReference<Object> reference) {
                component.enableComponent(part);
                return reference;
            }

            @Override
            public void removedService(ServiceReference<Object> reference, Object service) {
                if (size() == 0) {
                    component.disableComponent(part);
                }
            }
        };
        tracker.open(true);
        return tracker;
    }

    @Deactivate
    void deactivate() {
        reports.close();
        forms.close();
        planning.close();
    }
}
