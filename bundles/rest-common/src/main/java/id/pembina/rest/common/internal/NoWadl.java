package id.pembina.rest.common.internal;

import id.pembina.rest.api.RestApplication;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;

import org.apache.cxf.jaxrs.model.wadl.WadlGenerator;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Switches off CXF's WADL answers ({@code ?_wadl}). CXF runs its WADL generator before every
 * other filter, so it would describe the API to anyone without login; a provider of this type
 * takes its place and lets the request go on to {@link BasicAuthFilter} and the resources.
 */
@Component(immediate = true, service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName("pembina.nowadl")
@JaxrsApplicationSelect(RestApplication.SELECT)
@PreMatching
public class NoWadl extends WadlGenerator {

    @Override
    public void filter(ContainerRequestContext context) {
        // no WADL: the request is handled like any other; as the first filter of every request it also spares
        // CXF a class loader lookup per request (BusClassLoader)
        BusClassLoader.pin();
    }
}
