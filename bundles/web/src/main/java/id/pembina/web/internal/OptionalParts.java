package id.pembina.web.internal;

import java.util.function.Function;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;
import org.osgi.util.tracker.ServiceTracker;

import id.pembina.catalog.api.CatalogService;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.Messages;

/**
 * Registers the parts that need an optional service (the reports page, the forms link, the planning,
 * scheduling and duty pages)
 * while that service is there, and unregisters them when it goes. The services are tracked by class name,
 * so this class never loads the optional packages.
 *
 * <p>The parts are registered as ready-made objects, in the thread that registered the optional service.
 * They used to be disabled DS components switched on with {@code enableComponent}, which Felix SCR does on
 * its own actor thread: Pax Web's servlet tracker then made the page and its dependencies there while the
 * feature installer made others, and the two threads could wait on each other's services for ever (a boot
 * that never finished; see docs/development.md).
 */
@Component(immediate = true)
public class OptionalParts {

    private final ServiceTracker<Object, ServiceRegistration<?>> reports;
    private final ServiceTracker<Object, ServiceRegistration<?>> forms;
    private final ServiceTracker<Object, ServiceRegistration<?>> planning;
    private final ServiceTracker<Object, ServiceRegistration<?>> schedules;
    private final ServiceTracker<Object, ServiceRegistration<?>> duties;

    @Activate
    public OptionalParts(BundleContext context, @Reference Pages pages, @Reference CatalogService catalog,
            @Reference ParticipantRegistry registry, @Reference Messages messages) throws InvalidSyntaxException {
        reports = track(context, "id.pembina.reporting.api.Reports",
                service -> ReportsServlet.register(context, service, pages, catalog, registry));
        forms = track(context, "id.pembina.forms.api.FormLinks",
                service -> SessionFormLinks.register(context, service, messages));
        planning = track(context, "id.pembina.planning.api.Plans",
                service -> PlanningServlet.register(context, service, pages, registry));
        schedules = track(context, "id.pembina.planning.schedule.api.Scheduler",
                service -> SchedulesServlet.register(context, service, pages, registry));
        duties = track(context, "id.pembina.planning.schedule.api.DutyRoster",
                service -> DutiesServlet.register(context, service, pages, registry));
    }

    /** Registers one part per tracked service (there is normally one). */
    private static ServiceTracker<Object, ServiceRegistration<?>> track(BundleContext context, String service,
            Function<Object, ServiceRegistration<?>> part) throws InvalidSyntaxException {
        ServiceTracker<Object, ServiceRegistration<?>> tracker = new ServiceTracker<>(context,
                FrameworkUtil.createFilter("(objectClass=" + service + ")"), null) {
            @Override
            public ServiceRegistration<?> addingService(ServiceReference<Object> reference) {
                Object found = context.getService(reference);
                if (found == null) {
                    return null; // gone meanwhile, or not of our class space
                }
                try {
                    return part.apply(found);
                } catch (ClassCastException | NoClassDefFoundError e) {
                    context.ungetService(reference); // another version of the package than ours
                    return null;
                }
            }

            @Override
            public void removedService(ServiceReference<Object> reference, ServiceRegistration<?> registration) {
                try {
                    registration.unregister();
                } catch (IllegalStateException alreadyGone) {
                    // the bundle is stopping: the framework unregistered it
                }
                context.ungetService(reference);
            }
        };
        tracker.open(true); // by class name: our bundle imports the package only when it loads it
        return tracker;
    }

    @Deactivate
    void deactivate() {
        reports.close();
        forms.close();
        planning.close();
        schedules.close();
        duties.close();
    }

    /**
     * The whiteboard properties of a servlet registered as a plain object.
     *
     * @param maxBytes the largest upload (multipart enabled), or 0 for a servlet that takes none
     */
    static java.util.Dictionary<String, Object> servlet(String name, long maxBytes, String... patterns) {
        java.util.Dictionary<String, Object> properties = new java.util.Hashtable<>();
        properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME, name);
        properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN, patterns);
        if (maxBytes > 0) {
            properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_MULTIPART_ENABLED, Boolean.TRUE);
            properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_MULTIPART_MAXFILESIZE, maxBytes);
            properties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_MULTIPART_MAXREQUESTSIZE, maxBytes + 65536);
        }
        return properties;
    }
}
