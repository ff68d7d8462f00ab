package id.pembina.forms.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.http.context.ServletContextHelper;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContext;

/**
 * This bundle's own servlet context at {@code /pembina/forms}, apart from the staff's web pages at
 * {@code /pembina/}: the forms work whether or not the staff's web bundle is installed.
 */
@Component(service = ServletContextHelper.class, scope = ServiceScope.BUNDLE)
@HttpWhiteboardContext(name = FormsContext.NAME, path = FormPaths.CONTEXT)
public class FormsContext extends ServletContextHelper {

    static final String NAME = "pembina-forms";
}
