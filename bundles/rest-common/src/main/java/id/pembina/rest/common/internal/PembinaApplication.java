package id.pembina.rest.common.internal;

import javax.ws.rs.core.Application;

import id.pembina.rest.api.RestApplication;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The {@code /api/v1} application. Resources and extensions join it through the JAX-RS
 * whiteboard by selecting {@link RestApplication#SELECT}; it waits for JSON support and the login filter.
 */
@Component(immediate = true, service = Application.class)
@JaxrsName(RestApplication.NAME)
@JaxrsApplicationBase("api/v1")
@JaxrsExtensionSelect({ "(osgi.jaxrs.name=pembina.json)", "(osgi.jaxrs.name=pembina.auth)",
    "(osgi.jaxrs.name=pembina.nowadl)" })
public class PembinaApplication extends Application {

}
